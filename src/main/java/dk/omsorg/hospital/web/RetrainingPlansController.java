package dk.omsorg.hospital.web;

import dk.omsorg.hospital.RetrainingPlans;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The citizen's genoptræningsplaner from the hospitals: read, download, forward as an order to a provider. */
@Controller
class RetrainingPlansController {

    private final RetrainingPlans plans;

    RetrainingPlansController(RetrainingPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/citizens/{citizenId}/retraining-plans")
    String list(@PathVariable long citizenId, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("citizenId", citizenId);
        model.addAttribute("plans", plans.ofCitizen(citizenId));
        model.addAttribute("providers", plans.providers());
        model.addAttribute("suggested", plans.suggestedProvider(citizenId));
        // the citizen overview's section "Genoptræningsplaner" loads the panel alone (htmx)
        return htmx != null ? "hospital/retraining-plans :: panel" : "hospital/retraining-plans";
    }

    @GetMapping("/citizens/{citizenId}/retraining-plans/{planId}/file")
    org.springframework.http.ResponseEntity<byte[]> file(@PathVariable long citizenId, @PathVariable long planId) {
        return Downloads.of(plans.attachment(citizenId, planId));
    }

    @PostMapping("/citizens/{citizenId}/retraining-plans/{planId}/forward")
    String forward(@PathVariable long citizenId, @PathVariable long planId,
                   @RequestParam(required = false) Long providerId, RedirectAttributes redirect) {
        plans.forward(citizenId, planId, providerId);
        redirect.addFlashAttribute("forwarded", true);
        return "redirect:/citizens/" + citizenId + "/retraining-plans";
    }
}
