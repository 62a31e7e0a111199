package dk.omsorg.notice.web;

import dk.omsorg.notice.NoticeKind;
import dk.omsorg.notice.ProviderInbox;
import dk.omsorg.notice.Views.NoticeLine;
import dk.omsorg.notice.Views.StartLine;
import dk.omsorg.security.RequireProvider;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.web.Messages;
import org.springframework.format.annotation.DateTimeFormat;
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
import java.util.UUID;

/**
 * The provider's screens (leverandørens indbakke): the inbox, a notice with acknowledgement, the
 * citizens it serves, a citizen with the grants it delivers and the form to notify the authority, and
 * the start deadlines. Which notices and citizens are the provider's own is checked by
 * {@link ProviderInbox}, per request.
 */
@Controller
@RequireProvider
class ProviderInboxController {

    private final ProviderInbox inbox;
    private final Messages messages;
    private final Clock clock;

    ProviderInboxController(ProviderInbox inbox, Messages messages, Clock clock) {
        this.inbox = inbox;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute("today")
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DanishTime.ZONE);
    }

    @GetMapping("/provider/inbox")
    String inbox(@RequestParam(defaultValue = "ALL") ProviderInbox.Filter status, Model model) {
        model.addAttribute("provider", inbox.provider());
        model.addAttribute("status", status);
        model.addAttribute("lines", inbox.notices(status));
        return "notice/provider-inbox";
    }

    @GetMapping("/provider/notices/{noticeId}")
    String notice(@PathVariable long noticeId, Model model) {
        model.addAttribute("provider", inbox.provider());
        model.addAttribute("line", inbox.notice(noticeId));
        return "notice/provider-notice";
    }

    @PostMapping("/provider/notices/{noticeId}/acknowledge")
    String acknowledge(@PathVariable long noticeId, RedirectAttributes redirect) {
        inbox.acknowledge(noticeId);
        redirect.addFlashAttribute("success", messages.text("notice.acknowledged"));
        return "redirect:/provider/notices/" + noticeId;
    }

    @GetMapping("/provider/citizens")
    String citizens(Model model) {
        model.addAttribute("provider", inbox.provider());
        model.addAttribute("citizens", inbox.citizens());
        return "notice/provider-citizens";
    }

    @GetMapping("/provider/citizens/{citizenId}")
    String citizen(@PathVariable long citizenId, Model model) {
        model.addAttribute("provider", inbox.provider());
        model.addAttribute("view", inbox.citizen(citizenId));
        model.addAttribute("kinds", NoticeKind.fromProvider());
        return "notice/provider-citizen";
    }

    @PostMapping("/provider/citizens/{citizenId}/notices")
    String report(@PathVariable long citizenId, @RequestParam(required = false) NoticeKind kind,
                  @RequestParam(required = false) UUID grantKey, @RequestParam(required = false) String text,
                  RedirectAttributes redirect) {
        try {
            NoticeLine sent = inbox.report(citizenId, kind, grantKey, text);
            redirect.addFlashAttribute("success", messages.text("notice.report.sent",
                    messages.text("notice.kind." + sent.notice().kind())));
        } catch (DomainException e) {
            DomainException.Violation v = e.violations().get(0);
            redirect.addFlashAttribute("reportError", messages.text(v.messageKey(), v.args()));
            redirect.addFlashAttribute("reportKind", kind);
            redirect.addFlashAttribute("reportGrantKey", grantKey);
            redirect.addFlashAttribute("reportText", text);
        }
        return "redirect:/provider/citizens/" + citizenId + "#report";
    }

    @PostMapping("/provider/grants/{grantKey}/start")
    String confirmStart(@PathVariable UUID grantKey,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
                        @RequestParam(required = false) Long noticeId, @RequestParam(required = false) Long citizenId,
                        RedirectAttributes redirect) {
        // back to where the form was: the notice, the citizen, or the list of starts
        String back = noticeId != null ? "redirect:/provider/notices/" + noticeId
                : citizenId != null ? "redirect:/provider/citizens/" + citizenId : "redirect:/provider/starts";
        try {
            StartLine start = inbox.confirmStart(grantKey, startedOn);
            redirect.addFlashAttribute("success", messages.text("notice.start.confirmed",
                    start.start().interventionName(), start.start().startedOn()));
        } catch (DomainException e) {
            DomainException.Violation v = e.violations().get(0);
            redirect.addFlashAttribute("startError", messages.text(v.messageKey(), v.args()));
        }
        return back;
    }

    @GetMapping("/provider/starts")
    String starts(Model model) {
        model.addAttribute("provider", inbox.provider());
        model.addAttribute("starts", inbox.starts());
        return "notice/provider-starts";
    }
}
