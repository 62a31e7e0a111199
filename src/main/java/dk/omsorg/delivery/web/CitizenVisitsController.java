package dk.omsorg.delivery.web;

import dk.omsorg.delivery.Absence;
import dk.omsorg.delivery.Absences;
import dk.omsorg.delivery.ReassessmentFlags;
import dk.omsorg.security.RequireCitizenAccess;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Municipal staff's view of a citizen's planned and delivered time (caseworker, leader, supervisor and coordinator
 * of the citizen's municipality): {@code /citizens/{id}/visits?week=2026-W05}. The citizen overview's "Levering"
 * section is the same week as a fragment, with the citizen's reassessment flags and absences under it (issue 15).
 */
@Controller
@RequireCitizenAccess
class CitizenVisitsController {

    private final CitizenVisitWeeks weeks;
    private final ReassessmentFlags flags;
    private final Absences absences;

    CitizenVisitsController(CitizenVisitWeeks weeks, ReassessmentFlags flags, Absences absences) {
        this.weeks = weeks;
        this.flags = flags;
        this.absences = absences;
    }

    @GetMapping("/citizens/{citizenId}/visits")
    String week(@PathVariable long citizenId, @RequestParam(required = false) String week, Model model) {
        model.addAttribute("week", weeks.week(citizenId, week));
        return "delivery/citizen-visits";
    }

    /** The overview's section (hx-get), or another week within it. */
    @HxRequest
    @GetMapping("/citizens/{citizenId}/visits")
    String section(@PathVariable long citizenId, @RequestParam(required = false) String week, Model model) {
        model.addAttribute("week", weeks.week(citizenId, week));
        model.addAttribute("citizenId", citizenId);
        model.addAttribute("flags", flags.forCitizen(citizenId));
        model.addAttribute("absences", absences.forCitizen(citizenId).stream().filter(a -> !a.cancelled()).toList());
        return "delivery/citizen-visits :: delivery";
    }

    /** The overview's warning: hospitalised or away today; empty when the citizen is not. */
    @GetMapping("/citizens/{citizenId}/absences/today")
    String absentToday(@PathVariable long citizenId, Model model) {
        java.util.List<Absence> today = absences.today(citizenId);
        model.addAttribute("absences", today);
        return "delivery/absence-warning :: warning";
    }
}
