package dk.omsorg.places.api;

import dk.omsorg.places.NursingHomeGuarantee;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The plejeboliggaranti (serviceloven § 192 a) over REST: the general list's deadlines and the breaches. */
@RestController
@RequestMapping("/api/v1/nursing-home-guarantee")
@Tag(name = "Pladser", description = "Units for temporary stays, interval stays, nursing homes and ældreboliger")
class GuaranteeApi {

    private final NursingHomeGuarantee guarantee;
    private final CurrentUsers users;
    private final Clock clock;

    GuaranteeApi(NursingHomeGuarantee guarantee, CurrentUsers users, Clock clock) {
        this.guarantee = guarantee;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER','LEADER','SUPERVISOR')")
    @Operation(summary = "The live entries of the general nursing-home list with the offer-by and ready-by dates and the "
            + "days left (nearest first); the specific-list entries, to which the guarantee does not apply")
    NursingHomeGuarantee.Overview overview() {
        return guarantee.overview(users.current().municipalityId(), today());
    }

    @GetMapping("/breaches")
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER','LEADER','SUPERVISOR')")
    @Operation(summary = "Breaches of the guarantee with the days over: NOT_OFFERED (no offer by the offer-by date, as of "
            + "today), OFFER_LATE and MOVE_IN_LATE for offers made in [from, to] (default: the last 365 days)")
    List<NursingHomeGuarantee.Breach> breaches(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate today = today();
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(365) : from;
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "placeGuarantee.window.order");
        }
        return guarantee.breaches(users.current().municipalityId(), today, start, end);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DanishTime.ZONE));
    }
}
