package dk.omsorg.citizen.web;

import dk.omsorg.citizen.Citizens;
import dk.omsorg.security.RequireCitizenAccess;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The overview's section for the adult social area (issue 16): where the citizen's § 100 calculation, pools, own
 * payment and BPA budget are kept. Plain links, so this module depends on none of those modules; each page audits
 * its own reads. The citizen is read here (audited) so another municipality's citizen answers 404 like elsewhere.
 */
@Controller
class SocialAreaController {

    private final Citizens citizens;

    SocialAreaController(Citizens citizens) {
        this.citizens = citizens;
    }

    @HxRequest
    @GetMapping("/citizens/{citizenId}/social")
    @RequireCitizenAccess
    String section(@PathVariable long citizenId, Model model) {
        model.addAttribute("citizen", citizens.read(citizenId));
        return "citizen/social :: social";
    }

    @GetMapping("/citizens/{citizenId}/social")
    @RequireCitizenAccess
    String page(@PathVariable long citizenId, Model model) {
        model.addAttribute("citizen", citizens.read(citizenId));
        return "citizen/social";
    }
}
