package dk.omsorg.complaint.web;

import dk.omsorg.complaint.Complaints;
import dk.omsorg.decision.Decisions;
import dk.omsorg.security.RequireCitizenAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The complaints on one decision version, as a section the decision page loads (hx-get): the decision module does
 * not know complaints, so the complaint module serves the section, as the notice module does for its notices.
 */
@Controller
class DecisionComplaintsController {

    private final Complaints complaints;
    private final Decisions decisions;

    DecisionComplaintsController(Complaints complaints, Decisions decisions) {
        this.complaints = complaints;
        this.decisions = decisions;
    }

    @GetMapping("/decisions/{id}/complaints")
    @RequireCitizenAccess
    String section(@PathVariable long id, Model model) {
        long citizenId = decisions.read(id).citizenId();
        model.addAttribute("complaints", complaints.forCitizen(citizenId).stream()
                .filter(c -> c.decisionId() == id).toList());
        return "complaint/decision-complaints :: complaints";
    }
}
