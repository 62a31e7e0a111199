package dk.omsorg.vum.web;

import dk.omsorg.citizen.Citizens;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.web.Messages;
import dk.omsorg.vum.ActionPlan;
import dk.omsorg.vum.ActionPlans;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Revidér handleplan" (serviceloven § 141): the form starts from the version in force and saves a new version; the
 * earlier versions stay and are shown read-only under the form, so what the citizen was offered and answered can
 * always be read. A colleague's revision since the form was read answers 409 with what was typed and a Danish message.
 */
@Controller
class ActionPlanRevisionController {

    private final ActionPlans plans;
    private final Citizens citizens;
    private final Messages messages;

    ActionPlanRevisionController(ActionPlans plans, Citizens citizens, Messages messages) {
        this.plans = plans;
        this.citizens = citizens;
        this.messages = messages;
    }

    @GetMapping("/action-plans/{id}/revise")
    @RequireCaseworker
    String form(@PathVariable long id, Model model) {
        ActionPlan plan = plans.read(id);
        return page(model, plan, ActionPlanForm.values(plan.current()), Map.of());
    }

    @PostMapping("/action-plans/{id}/revisions")
    @RequireCaseworker
    String revise(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
                  HttpServletResponse response) {
        ActionPlan plan = plans.read(id);
        Map<String, String> values = params.toSingleValueMap();
        Map<String, String> errors = new LinkedHashMap<>();
        ActionPlan.Draft draft = ActionPlanForm.parse(values, plan.vumAssessmentId(), messages, errors);
        if (draft != null) {
            try {
                plans.revise(id, version(values.get("version")), draft);
                return "redirect:/citizens/" + plan.citizenId() + "?section=assessments";
            } catch (OptimisticLockingFailureException e) {
                errors.put("version", messages.text("error.stale"));
                response.setStatus(409);
                return page(model, plans.read(id), values, errors);
            } catch (InvalidInputException e) {
                ActionPlanForm.violations(e, messages, errors);
            }
        }
        response.setStatus(400);
        return page(model, plan, values, errors);
    }

    private String page(Model model, ActionPlan plan, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("citizen", citizens.read(plan.citizenId()));
        model.addAttribute("plan", plan);
        List<ActionPlan.Version> versions = new ArrayList<>(plan.versions());
        Collections.reverse(versions);   // newest first
        model.addAttribute("versions", versions);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "vum/action-plan-form";
    }

    private static Integer version(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
