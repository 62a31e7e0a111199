package dk.omsorg.bpa.web;

import dk.omsorg.bpa.Bpas;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The citizen's BPA page: granted hours, the budget year, the next yearly follow-up and the team report (flagged for
 * the caseworker after the policy's weeks); and the municipality's list of flagged arrangements.
 */
@Controller
@RequireCitizenAccess
class BpaController {

    private final Bpas bpas;
    private final Messages messages;

    BpaController(Bpas bpas, Messages messages) {
        this.bpas = bpas;
        this.messages = messages;
    }

    @GetMapping("/citizens/{citizenId}/bpa")
    String page(@PathVariable long citizenId, Model model) {
        return show(citizenId, model, List.of());
    }

    @PostMapping("/citizens/{citizenId}/bpa")
    String save(@PathVariable long citizenId, @RequestParam(required = false) String hoursPerDay,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
                @RequestParam(required = false) Integer version, @RequestParam(required = false) String grantKey,
                Model model, HttpServletResponse response) {
        List<String> errors = new ArrayList<>();
        try {
            BigDecimal hours = hoursPerDay == null || hoursPerDay.isBlank() ? null
                    : new BigDecimal(hoursPerDay.strip().replace(',', '.'));
            bpas.save(citizenId, hours, startDate, dk.omsorg.decision.GrantReferences.key(grantKey), version);
            return "redirect:/citizens/" + citizenId + "/bpa";
        } catch (NumberFormatException e) {
            errors.add(messages.text("bpa.hours.range"));
        } catch (DomainException e) {
            e.violations().forEach(v -> errors.add(messages.text(v.messageKey(), v.args())));
        }
        response.setStatus(400);
        return show(citizenId, model, errors);
    }

    @PostMapping("/citizens/{citizenId}/bpa/team-report")
    String reportTeam(@PathVariable long citizenId,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate teamNotKeptFrom,
                      @RequestParam(required = false) Integer version, Model model, HttpServletResponse response) {
        try {
            bpas.reportTeam(citizenId, teamNotKeptFrom, version);
            return "redirect:/citizens/" + citizenId + "/bpa";
        } catch (DomainException e) {
            List<String> errors = new ArrayList<>();
            e.violations().forEach(v -> errors.add(messages.text(v.messageKey(), v.args())));
            response.setStatus(400);
            return show(citizenId, model, errors);
        }
    }

    @GetMapping("/bpa/team-not-kept")
    String teamNotKept(Model model) {
        model.addAttribute("flagged", bpas.teamNotKept());
        return "bpa/team-not-kept";
    }

    private String show(long citizenId, Model model, List<String> errors) {
        model.addAttribute("citizenId", citizenId);
        model.addAttribute("bpa", bpas.find(citizenId).orElse(null));
        model.addAttribute("today", bpas.today());
        model.addAttribute("grants", bpas.grantsToChoose(citizenId));
        model.addAttribute("errors", errors);
        return "bpa/page";
    }
}
