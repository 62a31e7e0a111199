package dk.omsorg.vum.web;

import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.web.Messages;
import dk.omsorg.vum.ActionPlan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The handleplan form's fields ({@code course}, {@code goals[i].text}, {@code reviewDates[i]} …) read into a draft,
 * for a new plan and for a new version of one. A date that cannot be read is an error by its field (Danish), before
 * the domain rules run; a goal row left empty is no goal.
 */
final class ActionPlanForm {

    static final int ROWS = 2;

    private ActionPlanForm() {
    }

    /** The draft, or null with {@code errors} filled when a date could not be read. */
    static ActionPlan.Draft parse(Map<String, String> values, Long vumAssessmentId, Messages messages,
                                  Map<String, String> errors) {
        List<ActionPlan.Goal> goals = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String text = blankToNull(values.get("goals[" + i + "].text"));
            String measure = blankToNull(values.get("goals[" + i + "].measure"));
            String by = values.get("goals[" + i + "].expectedBy");
            if (text != null || measure != null || blankToNull(by) != null) {
                goals.add(new ActionPlan.Goal(text, measure, date(by, "goals[" + i + "].expectedBy", messages, errors)));
            }
        }
        List<LocalDate> reviews = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            LocalDate review = date(values.get("reviewDates[" + i + "]"), "reviewDates[" + i + "]", messages, errors);
            if (review != null) {
                reviews.add(review);
            }
        }
        ActionPlan.Response answer = switch (values.getOrDefault("response", "")) {
            case "ACCEPTED" -> ActionPlan.Response.ACCEPTED;
            case "DECLINED" -> ActionPlan.Response.DECLINED;
            default -> null;
        };
        LocalDate offeredOn = date(values.get("offeredOn"), "offeredOn", messages, errors);
        LocalDate respondedOn = date(values.get("respondedOn"), "respondedOn", messages, errors);
        return errors.isEmpty()
                ? new ActionPlan.Draft(vumAssessmentId, values.get("course"), goals, reviews, offeredOn, answer, respondedOn)
                : null;
    }

    /** The form's fields of a stored version: a revision starts from what is in force. */
    static Map<String, String> values(ActionPlan.Version v) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("course", v.course());
        for (int i = 0; i < v.goals().size() && i < ROWS; i++) {
            ActionPlan.Goal g = v.goals().get(i);
            values.put("goals[" + i + "].text", g.text());
            values.put("goals[" + i + "].measure", g.measure());
            values.put("goals[" + i + "].expectedBy", g.expectedBy() == null ? "" : g.expectedBy().toString());
        }
        for (int i = 0; i < v.reviewDates().size() && i < ROWS; i++) {
            values.put("reviewDates[" + i + "]", v.reviewDates().get(i).toString());
        }
        values.put("offeredOn", v.offeredOn() == null ? "" : v.offeredOn().toString());
        values.put("response", v.response() == null ? "" : v.response().name());
        values.put("respondedOn", v.respondedOn() == null ? "" : v.respondedOn().toString());
        values.put("version", String.valueOf(v.version()));
        return values;
    }

    static void violations(InvalidInputException e, Messages messages, Map<String, String> errors) {
        for (DomainException.Violation v : e.violations()) {
            errors.putIfAbsent(v.field() == null ? "form" : v.field(), messages.text(v.messageKey(), v.args()));
        }
    }

    private static LocalDate date(String text, String field, Messages messages, Map<String, String> errors) {
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
