package dk.omsorg.ownpayment.web;

import dk.omsorg.ownpayment.OwnPaymentRegulation;
import dk.omsorg.ownpayment.RequireOwnPaymentRegulation;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.List;

/**
 * The page of a new yearly own-payment level: make the drafts (before → after per citizen), then approve them. A
 * refusal (approved already, a stale draft) is shown in Danish; nothing changed.
 */
@Controller
@RequireOwnPaymentRegulation
class OwnPaymentRegulationController {

    private final OwnPaymentRegulation regulation;
    private final Messages messages;

    OwnPaymentRegulationController(OwnPaymentRegulation regulation, Messages messages) {
        this.regulation = regulation;
        this.messages = messages;
    }

    @GetMapping("/own-payments/regulations")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate level,
                Model model) {
        return show(level, model, List.of());
    }

    @PostMapping("/own-payments/regulations")
    String create(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate level, Model model,
                  HttpServletResponse response) {
        try {
            regulation.createDrafts(level);
            return "redirect:/own-payments/regulations?level=" + level;
        } catch (DomainException e) {
            return refused(level, model, response, e);
        }
    }

    @PostMapping("/own-payments/regulations/approval")
    String approve(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate level, Model model,
                   HttpServletResponse response) {
        try {
            regulation.approve(level);
            return "redirect:/own-payments/regulations?level=" + level;
        } catch (DomainException e) {
            return refused(level, model, response, e);
        }
    }

    private String refused(LocalDate level, Model model, HttpServletResponse response, DomainException e) {
        response.setStatus(e instanceof dk.omsorg.shared.ConflictException ? 409 : 400);
        return show(level, model, e.violations().stream().map(v -> messages.text(v.messageKey(), v.args())).toList());
    }

    private String show(LocalDate level, Model model, List<String> errors) {
        List<LocalDate> levels = regulation.levels();
        LocalDate chosen = level != null ? level : levels.isEmpty() ? null : levels.get(0);
        model.addAttribute("levels", levels);
        model.addAttribute("level", chosen);
        model.addAttribute("drafts", chosen == null || !levels.contains(chosen) ? List.of() : regulation.drafts(chosen));
        model.addAttribute("errors", errors);
        return "ownpayment/regulation";
    }
}
