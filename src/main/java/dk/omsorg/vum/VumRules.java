package dk.omsorg.vum;

import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks on a VUM assessment and a handleplan, all made before anything is stored; every violation names its
 * field so the form and the API can show the Danish message next to it.
 */
final class VumRules {

    /** Seed 001, § 82 a/b: an aftaleark has "1-2 konkrete og målbare mål"; we ask the same of every course. */
    static final int MAX_GOALS = 2;
    private static final int MAX_TEXT = 10_000;

    private VumRules() {
    }

    static void check(VumAssessment.Draft draft, VumReference reference, LocalDate today, LocalDate birthDate) {
        List<Violation> v = new ArrayList<>();
        date(v, "assessedOn", draft.assessedOn(), today, birthDate, true);
        List<VumAssessment.ThemeAssessment> themes = draft.themes() == null ? List.of() : draft.themes();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < themes.size(); i++) {
            VumAssessment.ThemeAssessment t = themes.get(i);
            String at = "themes[" + i + "]";
            if (t == null || t.themeCode() == null || reference.theme(t.themeCode()).isEmpty()) {
                v.add(new Violation(at + ".themeCode", "vum.theme.unknown", t == null ? "" : String.valueOf(t.themeCode())));
                continue;
            }
            if (!seen.add(t.themeCode())) {
                v.add(new Violation(at + ".themeCode", "vum.theme.duplicate", reference.theme(t.themeCode()).get().name()));
            }
            if (t.limitation() != null && reference.step(t.limitation()).isEmpty()) {
                v.add(new Violation(at + ".limitation", "vum.limitation.offScale", reference.scale().size() - 1));
            }
            text(v, at + ".resources", t.resources());
            text(v, at + ".challenges", t.challenges());
            text(v, at + ".wishes", t.wishes());
        }
        List<VumAssessment.Statement> statements = draft.statements() == null ? List.of() : draft.statements();
        for (int i = 0; i < statements.size(); i++) {
            VumAssessment.Statement s = statements.get(i);
            String at = "statements[" + i + "]";
            if (s == null || s.source() == null) {
                v.add(new Violation(at + ".source", "vum.statement.source.required"));
                continue;
            }
            if (blank(s.name())) {
                v.add(new Violation(at + ".name", "vum.statement.name.required"));
            }
            date(v, at + ".givenOn", s.givenOn(), today, null, true);
            if (blank(s.text())) {
                v.add(new Violation(at + ".text", "vum.statement.text.required"));
            }
            text(v, at + ".text", s.text());
        }
        text(v, "overallAssessment", draft.overallAssessment());
        if (draft.complete()) {
            if (blank(draft.overallAssessment())) {
                v.add(new Violation("overallAssessment", "vum.overall.required"));
            }
            if (themes.stream().noneMatch(t -> t != null && t.limitation() != null)) {
                v.add(new Violation("themes", "vum.themes.required"));
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    static void check(ActionPlan.Draft draft, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (blank(draft.course())) {
            v.add(new Violation("course", "actionPlan.course.required"));
        }
        text(v, "course", draft.course());
        List<ActionPlan.Goal> goals = draft.goals() == null ? List.of() : draft.goals();
        if (goals.isEmpty()) {
            v.add(new Violation("goals", "actionPlan.goals.required"));
        } else if (goals.size() > MAX_GOALS) {
            v.add(new Violation("goals", "actionPlan.goals.tooMany", MAX_GOALS));
        }
        for (int i = 0; i < goals.size(); i++) {
            ActionPlan.Goal g = goals.get(i);
            String at = "goals[" + i + "]";
            if (g == null || blank(g.text())) {
                v.add(new Violation(at + ".text", "actionPlan.goal.text.required"));
                continue;
            }
            text(v, at + ".text", g.text());
            if (blank(g.measure())) {
                v.add(new Violation(at + ".measure", "actionPlan.goal.measure.required"));
            }
            text(v, at + ".measure", g.measure());
            if (g.expectedBy() == null) {
                v.add(new Violation(at + ".expectedBy", "actionPlan.goal.expectedBy.required"));
            }
        }
        List<LocalDate> reviews = draft.reviewDates() == null ? List.of() : draft.reviewDates();
        for (int i = 0; i < reviews.size(); i++) {
            if (reviews.get(i) == null) {
                v.add(new Violation("reviewDates[" + i + "]", "actionPlan.reviewDate.required"));
            }
        }
        if (draft.offeredOn() != null && draft.offeredOn().isAfter(today)) {
            v.add(new Violation("offeredOn", "vum.date.future"));
        }
        if (draft.response() != null && draft.offeredOn() == null) {
            v.add(new Violation("offeredOn", "actionPlan.offeredOn.required"));
        }
        if (draft.response() != null && draft.respondedOn() == null) {
            v.add(new Violation("respondedOn", "actionPlan.respondedOn.required"));
        }
        if (draft.respondedOn() != null && draft.offeredOn() != null && draft.respondedOn().isBefore(draft.offeredOn())) {
            v.add(new Violation("respondedOn", "actionPlan.respondedOn.beforeOffer"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    private static void date(List<Violation> v, String field, LocalDate date, LocalDate today, LocalDate birthDate,
                             boolean required) {
        if (date == null) {
            if (required) {
                v.add(new Violation(field, "vum.date.required"));
            }
        } else if (date.isAfter(today)) {
            v.add(new Violation(field, "vum.date.future"));
        } else if (birthDate != null && date.isBefore(birthDate)) {
            v.add(new Violation(field, "vum.date.beforeBirth"));
        }
    }

    private static void text(List<Violation> v, String field, String text) {
        if (text != null && text.length() > MAX_TEXT) {
            v.add(new Violation(field, "vum.text.tooLong", MAX_TEXT));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
