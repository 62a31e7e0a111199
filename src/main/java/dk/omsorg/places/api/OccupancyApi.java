package dk.omsorg.places.api;

import dk.omsorg.places.Occupancy;
import dk.omsorg.shared.DanishTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Occupancy per unit and day, and the days citizens ready for discharge waited in hospital. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Pladser")
class OccupancyApi {

    private final Occupancy occupancy;
    private final Clock clock;

    OccupancyApi(Occupancy occupancy, Clock clock) {
        this.occupancy = occupancy;
        this.clock = clock;
    }

    @GetMapping("/place-units/{code}/occupancy")
    @Operation(summary = "Per day from..to (both included; default today and 13 days on, at most 366 days): places, "
            + "occupied (STAYING or ENDED stays covering the day), booked (PLANNED) and free = places − occupied − booked")
    List<Occupancy.Day> occupancy(@PathVariable String code,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate start = from != null ? from : LocalDate.now(clock.withZone(DanishTime.ZONE));
        return occupancy.perDay(code, start, to != null ? to : start.plusDays(13));
    }

    @GetMapping("/place-units/hospital-waits")
    @Operation(summary = "Citizens on the temporary-stay list as ready for discharge (HOSPITAL_DISCHARGE_READY): days "
            + "waited in hospital since inHospitalSince, until today or until the move-in (movedInOn) once placed")
    List<Occupancy.HospitalWait> hospitalWaits() {
        return occupancy.hospitalWaits();
    }
}
