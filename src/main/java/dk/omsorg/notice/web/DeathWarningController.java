package dk.omsorg.notice.web;

import dk.omsorg.notice.CaseworkerNotices;
import dk.omsorg.notice.ConfirmingDeaths;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen overview's warning that a provider has reported the citizen dead (issue 15), naming who reported it and
 * when, empty when none has; and the caseworker's confirmation of it (issue 20): the death is recorded on the citizen
 * and all help ends the day after the death.
 */
@Controller
class DeathWarningController {

    private final CaseworkerNotices notices;
    private final ConfirmingDeaths confirming;
    private final Messages messages;

    DeathWarningController(CaseworkerNotices notices, ConfirmingDeaths confirming, Messages messages) {
        this.notices = notices;
        this.confirming = confirming;
        this.messages = messages;
    }

    @GetMapping("/citizens/{citizenId}/notices/death")
    @RequireCitizenAccess
    String warning(@PathVariable long citizenId, Model model) {
        var reported = notices.deathsReported(citizenId);
        model.addAttribute("death", reported.isEmpty() ? null : reported.get(0));
        model.addAttribute("citizenId", citizenId);
        return "notice/death-warning :: warning";
    }

    /** "Bekræft dødsfaldet og afslut al hjælp": records the death and ends the grants; a second click changes nothing. */
    @PostMapping("/citizens/{citizenId}/notices/death/{noticeId}/confirm")
    @RequireCaseworker
    String confirm(@PathVariable long citizenId, @PathVariable long noticeId, RedirectAttributes redirect) {
        boolean recorded = confirming.confirm(citizenId, noticeId);
        redirect.addFlashAttribute("success", messages.text(recorded ? "notice.death.confirmed" : "notice.death.alreadyRecorded"));
        return "redirect:/citizens/" + citizenId;
    }
}
