package dk.omsorg.places.api;

import dk.omsorg.places.PlacePolicies;
import dk.omsorg.places.PlacePolicy;
import dk.omsorg.places.PlaceUnit;
import dk.omsorg.security.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** The municipality's place units over REST, for its staff (a provider's users get 403). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Pladser", description = "Units for temporary stays, interval stays, nursing homes and ældreboliger")
class PlaceUnitApi {

    private final PlacePolicies places;
    private final CurrentUsers users;
    private final java.time.Clock clock;

    PlaceUnitApi(PlacePolicies places, CurrentUsers users, java.time.Clock clock) {
        this.clock = clock;
        this.places = places;
        this.users = users;
    }

    record UnitDto(String code, String name, String kind, int places, String district, LocalDate validFrom,
                   LocalDate validTo, List<String> waitingLists) {
        static UnitDto of(PlaceUnit u) {
            return new UnitDto(u.code(), u.name(), u.kind().name(), u.places(), u.district(), u.validFrom(), u.validTo(),
                    u.waitingLists().stream().map(Enum::name).toList());
        }
    }

    @GetMapping("/place-units")
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER','LEADER','SUPERVISOR','FINANCE')")
    @Operation(summary = "The units of the user's municipality (from its places.yaml), with kind, places, district, "
            + "validity and the waiting lists each serves")
    List<UnitDto> units() {
        return places.units(users.current().municipalityId()).stream().map(UnitDto::of).toList();
    }

    record PriorityClassDto(int rank, String code, String name) {
    }

    @GetMapping("/place-units/priority-classes")
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER','LEADER','SUPERVISOR','FINANCE')")
    @Operation(summary = "The temporary-stay list's priority classes in force today, most urgent first")
    List<PriorityClassDto> priorityClasses() {
        List<PlacePolicy.PriorityClass> classes = places.forMunicipality(users.current().municipalityId())
                .flatMap(p -> p.prioritiesOn(LocalDate.now(clock))).map(PlacePolicy.Priorities::classes).orElse(List.of());
        return java.util.stream.IntStream.range(0, classes.size())
                .mapToObj(i -> new PriorityClassDto(i + 1, classes.get(i).code(), classes.get(i).name())).toList();
    }
}
