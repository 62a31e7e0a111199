package dk.omsorg.delivery.web;

import dk.omsorg.security.RequireCitizenAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Municipal staff's view of a citizen's planned and delivered time (caseworker, leader, supervisor and coordinator
 * of the citizen's municipality): {@code /citizens/{id}/visits?week=2026-W05}.
 */
@Controller
@RequireCitizenAccess
class CitizenVisitsController {

    private final CitizenVisitWeeks weeks;

    CitizenVisitsController(CitizenVisitWeeks weeks) {
        this.weeks = weeks;
    }

    @GetMapping("/citizens/{citizenId}/visits")
    String week(@PathVariable long citizenId, @RequestParam(required = false) String week, Model model) {
        model.addAttribute("week", weeks.week(citizenId, week));
        return "delivery/citizen-visits";
    }
}
