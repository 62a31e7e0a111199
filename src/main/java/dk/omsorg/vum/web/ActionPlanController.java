package dk.omsorg.vum.web;

import dk.omsorg.citizen.Citizens;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.web.Messages;
import dk.omsorg.vum.ActionPlan;
import dk.omsorg.vum.ActionPlans;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The caseworker's form for a new handleplan (serviceloven § 141): the course, one or two goals (what, how it is
 * measured, by when — seed 001's aftaleark), up to two review dates, when it was offered and the citizen's answer.
 * Errors come back in Danish with what was typed; nothing is stored. Later versions: {@link ActionPlanRevisionController}.
 */
@Controller
class ActionPlanController {

    private final ActionPlans plans;
    private final Citizens citizens;
    private final Messages messages;
    private final Clock clock;

    ActionPlanController(ActionPlans plans, Citizens citizens, Messages messages, Clock clock) {
        this.plans = plans;
        this.citizens = citizens;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/citizens/{citizenId}/action-plans/new")
    @RequireCaseworker
    String form(@PathVariable long citizenId, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("offeredOn", LocalDate.now(clock).toString());
        return page(model, citizenId, values, Map.of());
    }

    @PostMapping("/citizens/{citizenId}/action-plans")
    @RequireCaseworker
    String create(@PathVariable long citizenId, @RequestParam MultiValueMap<String, String> params, Model model,
                  HttpServletResponse response) {
        Map<String, String> values = params.toSingleValueMap();
        Map<String, String> errors = new LinkedHashMap<>();
        ActionPlan.Draft draft = ActionPlanForm.parse(values, null, messages, errors);
        if (draft != null) {
            try {
                plans.create(citizenId, draft);
                return "redirect:/citizens/" + citizenId + "?section=assessments";
            } catch (InvalidInputException e) {
                ActionPlanForm.violations(e, messages, errors);
            }
        }
        response.setStatus(400);
        return page(model, citizenId, values, errors);
    }

    private String page(Model model, long citizenId, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("citizen", citizens.read(citizenId));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "vum/action-plan-form";
    }
}
