package dk.omsorg.provider.web;

import dk.omsorg.provider.CitizenProviders;
import dk.omsorg.security.RequireCitizenAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The provider module's part of the citizen overview's summary (issue 15): who delivers, and what each delivers, today
 * (or from a grant's start), the coordinating provider first. Read and audited as the providers section is
 * ({@link CitizenProviders#overview}).
 */
@Controller
class ProviderSummaryController {

    private final CitizenProviders citizenProviders;

    ProviderSummaryController(CitizenProviders citizenProviders) {
        this.citizenProviders = citizenProviders;
    }

    @GetMapping("/citizens/{citizenId}/providers/summary")
    @RequireCitizenAccess
    String summary(@PathVariable long citizenId, Model model) {
        model.addAttribute("overview", citizenProviders.overview(citizenId));
        return "provider/summary :: summary";
    }
}
