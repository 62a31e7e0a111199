package dk.omsorg.decision.web;

import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.Grant;
import dk.omsorg.decision.GrantWarnings;
import dk.omsorg.decision.SpecialCaseLookup;
import dk.omsorg.decision.WeeklyTime;
import dk.omsorg.security.RequireCitizenAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;

/**
 * The decision module's parts of the citizen overview's summary (issue 15): the current grants with their weekly
 * time, and the warnings the grants give. Small fragments the overview loads with htmx; each read is audited as the
 * decisions section's is ({@link Decisions#forCitizen}).
 */
@Controller
class GrantSummaryController {

    private final Decisions decisions;
    private final ObjectProvider<SpecialCaseLookup> specialCases;

    GrantSummaryController(Decisions decisions, ObjectProvider<SpecialCaseLookup> specialCases) {
        this.decisions = decisions;
        this.specialCases = specialCases;
    }

    /** The grants in force or to come, each with its weekly time as decided (an average), and the total. */
    @GetMapping("/citizens/{citizenId}/grants/summary")
    @RequireCitizenAccess
    String summary(@PathVariable long citizenId, Model model) {
        List<Grant> current = Decisions.currentGrants(decisions.forCitizen(citizenId), decisions.today());
        model.addAttribute("citizenId", citizenId);
        model.addAttribute("grants", current);
        model.addAttribute("weekly", WeeklyTime.of(current));
        model.addAttribute("today", decisions.today());
        return "decision/grant-summary :: summary";
    }

    /** Terminal care from the grants in force today, and an open special 1:1 case; nothing when neither. */
    @GetMapping("/citizens/{citizenId}/grants/warnings")
    @RequireCitizenAccess
    String warnings(@PathVariable long citizenId, Model model) {
        List<Grant> current = Decisions.currentGrants(decisions.forCitizen(citizenId), decisions.today());
        boolean openSpecialCase = specialCases.orderedStream().anyMatch(s -> s.hasOpenCase(citizenId));
        var warnings = GrantWarnings.of(current, decisions.today(), openSpecialCase);
        model.addAttribute("specialCase", warnings.contains(GrantWarnings.Warning.SPECIAL_CASE));
        model.addAttribute("terminalCare", warnings.contains(GrantWarnings.Warning.TERMINAL_CARE));
        return "decision/grant-summary :: warnings";
    }
}
