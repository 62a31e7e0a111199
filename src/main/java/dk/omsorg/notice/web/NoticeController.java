package dk.omsorg.notice.web;

import dk.omsorg.notice.CaseworkerNotices;
import dk.omsorg.notice.Views.NoticeLine;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.web.Messages;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The caseworker's notice screens: notices to providers not yet acknowledged, notices from providers,
 * start deadlines, and the sections the citizen page and the decision page load with htmx.
 */
@Controller
class NoticeController {

    private final CaseworkerNotices notices;
    private final Messages messages;
    private final Clock clock;

    NoticeController(CaseworkerNotices notices, Messages messages, Clock clock) {
        this.notices = notices;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute("today")
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DanishTime.ZONE);
    }

    @GetMapping("/notices/unacknowledged")
    @RequireCitizenAccess
    String unacknowledged(Model model) {
        model.addAttribute("lines", notices.unacknowledged());
        return "notice/unacknowledged";
    }

    @GetMapping("/notices/from-providers")
    @RequireCitizenAccess
    String fromProviders(@RequestParam(defaultValue = "false") boolean all, Model model) {
        model.addAttribute("all", all);
        model.addAttribute("lines", notices.fromProviders(all));
        return "notice/from-providers";
    }

    @PostMapping("/notices/{noticeId}/acknowledge")
    @RequireCaseworker
    String acknowledge(@PathVariable long noticeId, @RequestParam(required = false) String back,
                       RedirectAttributes redirect) {
        NoticeLine line = notices.acknowledge(noticeId);
        redirect.addFlashAttribute("success", messages.text("notice.acknowledged"));
        // only the two places the button is on; never an address from the request
        return "citizen".equals(back) ? "redirect:/citizens/" + line.notice().citizenId()
                : "redirect:/notices/from-providers";
    }

    @GetMapping("/notices/start-deadlines")
    @RequireCitizenAccess
    String startDeadlines(@RequestParam(defaultValue = "false") boolean breached, Model model) {
        model.addAttribute("breached", breached);
        model.addAttribute("starts", notices.startDeadlines(breached));
        return "notice/start-deadlines";
    }

    /** The citizen page's section, as a page of its own. */
    @GetMapping("/citizens/{citizenId}/notices")
    @RequireCitizenAccess
    String citizen(@PathVariable long citizenId, Model model) {
        model.addAttribute("view", notices.forCitizen(citizenId));
        return "notice/citizen";
    }

    /** The citizen page loads this fragment (hx-get). */
    @HxRequest
    @GetMapping("/citizens/{citizenId}/notices")
    @RequireCitizenAccess
    String citizenSection(@PathVariable long citizenId, Model model) {
        model.addAttribute("view", notices.forCitizen(citizenId));
        return "notice/citizen :: notices";
    }

    @GetMapping("/decisions/{decisionId}/notices")
    @RequireCitizenAccess
    String decision(@PathVariable long decisionId, Model model) {
        model.addAttribute("view", notices.forDecision(decisionId));
        return "notice/decision";
    }

    /** The decision page loads this fragment (hx-get), and polls it while the notices are on their way. */
    @HxRequest
    @GetMapping("/decisions/{decisionId}/notices")
    @RequireCitizenAccess
    String decisionSection(@PathVariable long decisionId, Model model) {
        model.addAttribute("view", notices.forDecision(decisionId));
        return "notice/decision :: notices";
    }
}
