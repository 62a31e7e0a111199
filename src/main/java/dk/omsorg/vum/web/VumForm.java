package dk.omsorg.vum.web;

import dk.omsorg.vum.StatementSource;
import dk.omsorg.vum.VumAssessment;
import dk.omsorg.vum.VumReference;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The VUM form's fields ({@code resources[THEME]}, {@code limitation[THEME]}, {@code statementText} …) turned into a
 * draft. A theme left entirely empty is not part of the udredning. Values that cannot be read (a date, a step) are
 * reported by field with a message key, before the domain rules run.
 */
record VumForm(VumAssessment.Draft draft, List<String> themeCodes, Map<String, String> parseErrors) {

    static VumForm parse(Map<String, String> v, VumReference reference) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<VumAssessment.ThemeAssessment> themes = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (VumReference.Theme theme : reference.themes()) {
            String c = theme.code();
            String resources = text(v.get("resources[" + c + "]"));
            String challenges = text(v.get("challenges[" + c + "]"));
            String wishes = text(v.get("wishes[" + c + "]"));
            String step = text(v.get("limitation[" + c + "]"));
            Integer limitation = null;
            if (step != null) {
                try {
                    limitation = Integer.valueOf(step);
                } catch (NumberFormatException e) {
                    errors.put("limitation[" + c + "]", "vum.form.limitation.invalid");
                }
            }
            if (resources != null || challenges != null || wishes != null || limitation != null) {
                themes.add(new VumAssessment.ThemeAssessment(c, resources, challenges, wishes, limitation));
                codes.add(c);
            }
        }
        List<VumAssessment.Statement> statements = new ArrayList<>();
        String source = text(v.get("statementSource"));
        String name = text(v.get("statementName"));
        String statementText = text(v.get("statementText"));
        LocalDate givenOn = date(v.get("statementGivenOn"), "statementGivenOn", errors);
        if (source != null || name != null || statementText != null || givenOn != null) {
            StatementSource s = null;
            if (source != null) {
                try {
                    s = StatementSource.valueOf(source);
                } catch (IllegalArgumentException e) {
                    errors.put("statementSource", "vum.statement.source.required");
                }
            }
            statements.add(new VumAssessment.Statement(s, name, givenOn, statementText));
        }
        LocalDate assessedOn = date(v.get("assessedOn"), "assessedOn", errors);
        VumAssessment.Draft draft = new VumAssessment.Draft(assessedOn, themes, statements,
                text(v.get("overallAssessment")), "true".equals(v.get("complete")));
        return new VumForm(draft, codes, errors);
    }

    /** The form field of a violation's field: {@code themes[2].limitation} → {@code limitation[MOBILITY]}. */
    String formField(String field) {
        if (field == null) {
            return "";
        }
        if (field.startsWith("themes[")) {
            int end = field.indexOf(']');
            int i = Integer.parseInt(field.substring(7, end));
            String part = field.substring(end + 1).replace(".", "");
            return (part.equals("themeCode") || part.isEmpty() ? "limitation" : part) + "[" + themeCodes.get(i) + "]";
        }
        if (field.startsWith("statements[")) {
            String part = field.substring(field.indexOf(']') + 2);
            return "statement" + Character.toUpperCase(part.charAt(0)) + part.substring(1);
        }
        return field;
    }

    private static LocalDate date(String value, String field, Map<String, String> errors) {
        String s = text(value);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            errors.put(field, "vum.form.date.invalid");
            return null;
        }
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
