package dk.omsorg.places.api;

import dk.omsorg.places.IntervalBooking;
import dk.omsorg.places.IntervalCalendar;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Interval places over REST (seed 002 "Intervalophold i midlertidig bolig"): the calendar of booked and free periods,
 * the citizens on the interval list, booking a free period and the share of nights that stood empty.
 */
@RestController
@RequestMapping("/api/v1/interval-calendar")
@Tag(name = "Pladser", description = "Units for temporary stays, interval stays, nursing homes and ældreboliger")
class IntervalCalendarApi {

    private final IntervalCalendar calendar;
    private final IntervalBooking booking;
    private final CurrentUsers users;
    private final Clock clock;

    IntervalCalendarApi(IntervalCalendar calendar, IntervalBooking booking, CurrentUsers users, Clock clock) {
        this.calendar = calendar;
        this.booking = booking;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER','LEADER','SUPERVISOR')")
    @Operation(summary = "The interval units' places in a window [from, from + weeks·7): per place the stays (citizen "
            + "names) and the free periods [from, to) (to = move-out day), with the empty share per unit and in all. "
            + "Defaults: from today, 12 weeks")
    IntervalCalendar.Calendar calendar(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(defaultValue = "12") int weeks) {
        LocalDate start = from == null ? LocalDate.now(clock) : from;
        return calendar.calendar(users.current().municipalityId(),
                IntervalCalendar.window(start, start.plusWeeks(Math.max(weeks, 0))));
    }

    record SharesDto(LocalDate from, LocalDate to, Map<String, IntervalCalendar.EmptyShare> units, IntervalCalendar.EmptyShare total) {
    }

    @GetMapping("/empty-share")
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER','LEADER','SUPERVISOR','FINANCE')")
    @Operation(summary = "For the nights [from, to): per interval unit (by code) and in all, the nights that stood empty "
            + "÷ the place-nights (seed 002 asks to keep it low)")
    SharesDto emptyShare(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        IntervalCalendar.Period period = IntervalCalendar.window(from, to);
        Map<String, IntervalCalendar.EmptyShare> shares = calendar.emptyShares(users.current().municipalityId(), period);
        return new SharesDto(period.from(), period.to(), shares, IntervalCalendar.total(shares));
    }

    @GetMapping("/eligible")
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER','LEADER','SUPERVISOR')")
    @Operation(summary = "The citizens on the interval list, oldest list date first, with the units where a stay suits "
            + "best and those they refuse (names)")
    List<IntervalCalendar.Eligible> eligible() {
        return calendar.eligible(users.current().municipalityId());
    }

    @GetMapping("/candidates")
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER','LEADER','SUPERVISOR')")
    @Operation(summary = "Whom a free period can be booked for: live interval entries and waiting temporary-stay entries, "
            + "with the entry version to book with")
    List<IntervalBooking.Candidate> candidates() {
        return booking.candidates(users.current().municipalityId());
    }

    record BookedDto(long stayId) {
    }

    @PostMapping("/bookings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER','LEADER')")
    @Operation(summary = "Book a free period [from, to) of an interval place for a citizen on the interval or "
            + "temporary-stay list: a planned stay. 400 with the field for a refused unit, a period outside the unit's "
            + "validity or to not after from; 409 when the period is not free or the entry changed since entryVersion")
    BookedDto book(@RequestBody IntervalBooking.Request body) {
        CurrentUser user = users.current();
        return new BookedDto(booking.book(user.municipalityId(), body, user.username()));
    }
}
