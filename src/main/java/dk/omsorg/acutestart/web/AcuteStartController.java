package dk.omsorg.acutestart.web;

import dk.omsorg.acutestart.AcuteStart;
import dk.omsorg.acutestart.AcuteStarts;
import dk.omsorg.decision.Decisions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The authority's page "Akut opstart": the providers' acute starts, open ones by deadline, and the decision on each. */
@Controller
class AcuteStartController {

    private final AcuteStarts starts;
    private final Decisions decisions;

    AcuteStartController(AcuteStarts starts, Decisions decisions) {
        this.starts = starts;
        this.decisions = decisions;
    }

    @GetMapping("/acute-starts")
    String list(Model model) {
        model.addAttribute("starts", starts.list());
        return "acutestart/list";
    }

    @GetMapping("/acute-starts/{id}")
    String read(@PathVariable long id, Model model) {
        AcuteStart start = starts.read(id);
        model.addAttribute("s", start);
        model.addAttribute("decisions", start.open() ? decisions.forCitizen(start.citizenId()).stream()
                .filter(d -> d.isCurrent()).toList() : java.util.List.of());
        return "acutestart/detail";
    }

    @PostMapping("/acute-starts/{id}/grant")
    String grant(@PathVariable long id, @RequestParam(required = false) Long decisionId, @RequestParam Integer version) {
        starts.grant(id, decisionId, version);
        return "redirect:/acute-starts/" + id;
    }

    @PostMapping("/acute-starts/{id}/refuse")
    String refuse(@PathVariable long id, @RequestParam(required = false) String reason, @RequestParam Integer version) {
        starts.refuse(id, reason, version);
        return "redirect:/acute-starts/" + id;
    }
}
