package dk.omsorg.notice.web;

import dk.omsorg.notice.CaseworkerNotices;
import dk.omsorg.security.RequireCitizenAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The citizen overview's warning that a provider has reported the citizen dead (issue 15): the system records a death
 * only as the provider's notice, so the warning names who reported it and when. Empty when none has.
 */
@Controller
class DeathWarningController {

    private final CaseworkerNotices notices;

    DeathWarningController(CaseworkerNotices notices) {
        this.notices = notices;
    }

    @GetMapping("/citizens/{citizenId}/notices/death")
    @RequireCitizenAccess
    String warning(@PathVariable long citizenId, Model model) {
        var reported = notices.deathsReported(citizenId);
        model.addAttribute("death", reported.isEmpty() ? null : reported.get(0));
        model.addAttribute("citizenId", citizenId);
        return "notice/death-warning :: warning";
    }
}
