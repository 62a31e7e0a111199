package dk.omsorg.hospital.web;

import dk.omsorg.hospital.RehabilitationPlans;
import dk.omsorg.security.RequireProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The provider's orders of training: the genoptræningsplaner the visitation forwarded to it, to read and download. */
@Controller
@RequireProvider
class ProviderRehabilitationPlansController {

    private final RehabilitationPlans plans;

    ProviderRehabilitationPlansController(RehabilitationPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/provider/rehabilitation-plans")
    String list(Model model) {
        model.addAttribute("plans", plans.orders());
        return "hospital/provider-rehabilitation-plans";
    }

    @GetMapping("/provider/rehabilitation-plans/{planId}/file")
    ResponseEntity<byte[]> file(@PathVariable long planId) {
        return Downloads.of(plans.orderAttachment(planId));
    }
}
