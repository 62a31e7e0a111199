package dk.omsorg.vum.web;

import dk.omsorg.citizen.Citizens;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.shared.DomainException;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The caseworker's form for a new handleplan (serviceloven § 141): the course, one or two goals (what, how it is
 * measured, by when — seed 001's aftaleark), up to two review dates, when it was offered and the citizen's answer.
 * Errors come back in Danish with what was typed; nothing is stored. Later versions are made through the API.
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
        List<ActionPlan.Goal> goals = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String text = blankToNull(values.get("goals[" + i + "].text"));
            String measure = blankToNull(values.get("goals[" + i + "].measure"));
            String by = values.get("goals[" + i + "].expectedBy");
            if (text != null || measure != null || blankToNull(by) != null) {
                goals.add(new ActionPlan.Goal(text, measure, date(by, "goals[" + i + "].expectedBy", errors)));
            }
        }
        List<LocalDate> reviews = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            LocalDate review = date(values.get("reviewDates[" + i + "]"), "reviewDates[" + i + "]", errors);
            if (review != null) {
                reviews.add(review);
            }
        }
        ActionPlan.Response answer = switch (values.getOrDefault("response", "")) {
            case "ACCEPTED" -> ActionPlan.Response.ACCEPTED;
            case "DECLINED" -> ActionPlan.Response.DECLINED;
            default -> null;
        };
        LocalDate offeredOn = date(values.get("offeredOn"), "offeredOn", errors);
        LocalDate respondedOn = date(values.get("respondedOn"), "respondedOn", errors);
        if (errors.isEmpty()) {
            try {
                plans.create(citizenId, new ActionPlan.Draft(null, values.get("course"), goals, reviews, offeredOn, answer,
                        respondedOn));
                return "redirect:/citizens/" + citizenId + "?section=assessments";
            } catch (InvalidInputException e) {
                for (DomainException.Violation v : e.violations()) {
                    errors.putIfAbsent(v.field() == null ? "form" : v.field(), messages.text(v.messageKey(), v.args()));
                }
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

    private LocalDate date(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, messages.text("vum.plan.form.date"));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
