package dk.omsorg.places.web;

import dk.omsorg.places.Occupancy;
import dk.omsorg.places.PlacePolicies;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The page "Belægning": a unit's places per day (occupied, booked, free) and the hospital waits. */
@Controller
class OccupancyController {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    private final Occupancy occupancy;
    private final PlacePolicies places;
    private final CurrentUsers users;
    private final MessageSource messages;
    private final Clock clock;

    OccupancyController(Occupancy occupancy, PlacePolicies places, CurrentUsers users, MessageSource messages, Clock clock) {
        this.occupancy = occupancy;
        this.places = places;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/places/units/{code}/occupancy")
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER','LEADER','SUPERVISOR')")
    String occupancy(@PathVariable String code,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     Model model) {
        var unit = places.units(users.current().municipalityId()).stream().filter(u -> u.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("place.unit.notFound"));
        LocalDate start = from != null ? from : LocalDate.now(clock.withZone(DanishTime.ZONE));
        LocalDate end = to != null ? to : start.plusDays(13);
        model.addAttribute("unit", unit);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        try {
            model.addAttribute("days", occupancy.perDay(code, start, end));
        } catch (DomainException e) {
            model.addAttribute("days", List.of());
            model.addAttribute("errors", e.violations().stream()
                    .map(v -> messages.getMessage(v.messageKey(), v.args(), DANISH)).toList());
        }
        model.addAttribute("waits", occupancy.hospitalWaits());
        return "places/occupancy";
    }
}
