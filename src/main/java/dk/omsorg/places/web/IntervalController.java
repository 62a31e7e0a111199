package dk.omsorg.places.web;

import dk.omsorg.places.IntervalBooking;
import dk.omsorg.places.IntervalCalendar;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page "Intervalophold" (seed 002): the calendar of the interval places with booked and free periods, the empty
 * share, the citizens on the interval list, and a form to book a free period for a citizen.
 */
@Controller
class IntervalController {

    private final IntervalCalendar calendar;
    private final IntervalBooking booking;
    private final CurrentUsers users;
    private final Messages messages;
    private final Clock clock;

    IntervalController(IntervalCalendar calendar, IntervalBooking booking, CurrentUsers users, Messages messages, Clock clock) {
        this.calendar = calendar;
        this.booking = booking;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
    }

    /** The booking form as typed; {@code entry} is "entry id:version" from the select. */
    record BookingForm(String entry, String unitCode, Integer placeNo, LocalDate from, LocalDate to) {
    }

    @GetMapping("/places/interval")
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER','LEADER','SUPERVISOR')")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(defaultValue = "12") int weeks,
                @RequestParam(required = false) String unit, @RequestParam(required = false) Integer place,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate bookFrom,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate bookTo,
                Model model) {
        return show(from, weeks, new BookingForm(null, unit, place, bookFrom, bookTo), model);
    }

    @PostMapping("/places/interval/bookings")
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER','LEADER')")
    String book(@RequestParam(required = false) String entry, @RequestParam(required = false) String unitCode,
                @RequestParam(required = false) Integer placeNo,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser user = users.current();
        Long entryId = null;
        Integer version = null;
        if (entry != null && entry.matches("\\d{1,18}:\\d{1,9}")) {
            entryId = Long.parseLong(entry.substring(0, entry.indexOf(':')));
            version = Integer.parseInt(entry.substring(entry.indexOf(':') + 1));
        }
        try {
            booking.book(user.municipalityId(), new IntervalBooking.Request(entryId, version, unitCode, placeNo, from, to),
                    user.username());
            redirect.addFlashAttribute("success", messages.text("placeInterval.bookedDone"));
            return "redirect:/places/interval" + (from == null ? "" : "?from=" + from);
        } catch (DomainException e) {
            Map<String, String> byField = new LinkedHashMap<>();
            e.violations().forEach(v -> byField.putIfAbsent(v.field() == null ? "form" : v.field(),
                    messages.text(v.messageKey(), v.args())));
            model.addAttribute("fieldErrors", byField);
            response.setStatus(e instanceof dk.omsorg.shared.ConflictException ? 409 : 400);
            return show(from, 12, new BookingForm(entry, unitCode, placeNo, from, to), model);
        }
    }

    private String show(LocalDate from, int weeks, BookingForm form, Model model) {
        int municipality = users.current().municipalityId();
        LocalDate start = from == null ? LocalDate.now(clock) : from;
        int shown = Math.max(1, Math.min(weeks, IntervalCalendar.MAX_DAYS / 7));
        model.addAttribute("from", start);
        model.addAttribute("weeks", shown);
        model.addAttribute("calendar", calendar.calendar(municipality, IntervalCalendar.window(start, start.plusWeeks(shown))));
        model.addAttribute("eligible", calendar.eligible(municipality));
        List<IntervalBooking.Candidate> candidates = booking.candidates(municipality);
        model.addAttribute("candidates", candidates);
        model.addAttribute("form", form);
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        return "places/interval";
    }
}
