package dk.omsorg.places.web;

import dk.omsorg.places.PlacePolicies;
import dk.omsorg.places.PlacePolicy;
import dk.omsorg.security.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.LocalDate;
import java.util.List;

/** The page "Pladser": the municipality's units and the temporary-stay priority classes in order. */
@Controller
class PlacesController {

    private final PlacePolicies places;
    private final CurrentUsers users;
    private final java.time.Clock clock;

    PlacesController(PlacePolicies places, CurrentUsers users, java.time.Clock clock) {
        this.clock = clock;
        this.places = places;
        this.users = users;
    }

    @GetMapping("/places")
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER','LEADER','SUPERVISOR','FINANCE')")
    String list(Model model) {
        int municipality = users.current().municipalityId();
        model.addAttribute("units", places.units(municipality));
        model.addAttribute("districts", places.districtNames(municipality));
        model.addAttribute("classes", places.forMunicipality(municipality).flatMap(p -> p.prioritiesOn(LocalDate.now(clock)))
                .map(PlacePolicy.Priorities::classes).orElse(List.of()));
        model.addAttribute("waitingLists", places.forMunicipality(municipality)
                .map(p -> p.lists().stream().map(dk.omsorg.places.ListRule::list).toList()).orElse(List.of()));
        model.addAttribute("listSlugs", java.util.Arrays.stream(dk.omsorg.places.WaitingList.values())
                .collect(java.util.stream.Collectors.toMap(l -> l, PlaceListsController::slug)));
        return "places/list";
    }
}
