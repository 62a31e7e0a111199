package dk.omsorg.notice.web;

import dk.omsorg.notice.CaseworkerNotices;
import dk.omsorg.security.RequireCitizenAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The special case's list of the care centre's reports of minutes beyond the normal frame (issue 17), a fragment the
 * case page loads with htmx, so the special-case module does not depend on this one.
 */
@Controller
class ExtraMinutesController {

    private final CaseworkerNotices notices;

    ExtraMinutesController(CaseworkerNotices notices) {
        this.notices = notices;
    }

    @GetMapping("/citizens/{citizenId}/notices/extra-minutes")
    @RequireCitizenAccess
    String list(@PathVariable long citizenId, Model model) {
        model.addAttribute("reports", notices.extraMinutesReported(citizenId));
        return "notice/extra-minutes :: list";
    }
}
