package dk.omsorg.hospital.web;

import dk.omsorg.hospital.RetrainingPlans;
import dk.omsorg.security.RequireProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The provider's orders of training: the genoptræningsplaner the visitation forwarded to it, to read and download. */
@Controller
@RequireProvider
class ProviderRetrainingPlansController {

    private final RetrainingPlans plans;

    ProviderRetrainingPlansController(RetrainingPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/provider/retraining-plans")
    String list(Model model) {
        model.addAttribute("plans", plans.orders());
        return "hospital/provider-retraining-plans";
    }

    @GetMapping("/provider/retraining-plans/{planId}/file")
    ResponseEntity<byte[]> file(@PathVariable long planId) {
        return Downloads.of(plans.orderAttachment(planId));
    }
}
