package dk.omsorg.additionalcosts.web;

import dk.omsorg.additionalcosts.AdditionalCosts;
import dk.omsorg.security.RequireCitizenAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The caseworker's page of a citizen's § 100 calculations, each shown as the letter shows it. */
@Controller
@RequireCitizenAccess
class AdditionalCostsController {

    private final AdditionalCosts additionalCosts;

    AdditionalCostsController(AdditionalCosts additionalCosts) {
        this.additionalCosts = additionalCosts;
    }

    @GetMapping("/citizens/{citizenId}/additional-costs")
    String page(@PathVariable long citizenId, Model model) {
        model.addAttribute("citizen", additionalCosts.citizen(citizenId));
        model.addAttribute("calculations", additionalCosts.ofCitizen(citizenId));
        return "additionalcosts/citizen";
    }
}
