package dk.omsorg.additionalcosts.web;

import dk.omsorg.additionalcosts.AdditionalCosts;
import dk.omsorg.additionalcosts.ExpenseLine;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The caseworker's page of a citizen's § 100 calculations, each shown as the letter shows it, with the form for a new
 * one (expense lines, deductions, start month): a refused form comes back with the Danish error by its field and what
 * was typed, and nothing is stored.
 */
@Controller
@RequireCitizenAccess
class AdditionalCostsController {

    private final AdditionalCosts additionalCosts;
    private final Messages messages;
    private final Clock clock;

    AdditionalCostsController(AdditionalCosts additionalCosts, Messages messages, Clock clock) {
        this.additionalCosts = additionalCosts;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/citizens/{citizenId}/additional-costs")
    String page(@PathVariable long citizenId, Model model) {
        model.addAttribute("form", CalculationForm.blank(LocalDate.now(clock)));
        return render(citizenId, model);
    }

    @PostMapping("/citizens/{citizenId}/additional-costs")
    @RequireCaseworker
    String calculate(@PathVariable long citizenId, @ModelAttribute("form") CalculationForm form, BindingResult binding,
                     Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                var stored = additionalCosts.calculate(citizenId, form.toRequest());
                redirect.addFlashAttribute("success", messages.text("additionalCosts.web.form.saved",
                        stored.calculation().monthlyAllowance().danish()));
                return "redirect:/citizens/" + citizenId + "/additional-costs";
            } catch (DomainException e) {
                messages.reject(binding, e);
            }
        }
        form.fill();
        response.setStatus(400);
        return render(citizenId, model);
    }

    private String render(long citizenId, Model model) {
        model.addAttribute("citizen", additionalCosts.citizen(citizenId));
        model.addAttribute("calculations", additionalCosts.ofCitizen(citizenId));
        model.addAttribute("kinds", ExpenseLine.ExpenseKind.values());
        model.addAttribute("periods", ExpenseLine.Period.values());
        model.addAttribute("evidences", ExpenseLine.Evidence.values());
        return "additionalcosts/citizen";
    }
}
