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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The VUM form's fields ({@code resources[THEME]}, {@code limitation[THEME]}, {@code statements[i].text} …) turned into
 * a draft. A theme left entirely empty is not part of the udredning; so is a statement row left empty or ticked
 * "remove". Statement rows are renumbered 0, 1, … in {@code values}, so a violation of {@code statements[k]} lands on
 * the k-th row the form shows again. Values that cannot be read (a date, a step) are reported by field with a message
 * key, before the domain rules run.
 */
record VumForm(VumAssessment.Draft draft, List<String> themeCodes, Map<String, String> parseErrors,
               Map<String, String> values, int statementRows) {

    private static final Pattern STATEMENT = Pattern.compile("^statements\\[(\\d+)]\\.");
    private static final String[] STATEMENT_FIELDS = {"source", "name", "givenOn", "text"};

    static VumForm parse(Map<String, String> v, VumReference reference) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        List<VumAssessment.ThemeAssessment> themes = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        v.forEach((key, value) -> {
            if (!STATEMENT.matcher(key).find()) {
                values.put(key, value);
            }
        });
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
        for (int row : statementIndexes(v)) {
            String at = "statements[" + row + "].";
            if ("true".equals(v.get(at + "remove"))) {
                continue;
            }
            String source = text(v.get(at + "source"));
            String name = text(v.get(at + "name"));
            String statementText = text(v.get(at + "text"));
            String givenOnText = text(v.get(at + "givenOn"));
            if (source == null && name == null && statementText == null && givenOnText == null) {
                continue;
            }
            String to = "statements[" + statements.size() + "].";
            for (String f : STATEMENT_FIELDS) {
                values.put(to + f, v.get(at + f) == null ? "" : v.get(at + f));
            }
            LocalDate givenOn = date(givenOnText, to + "givenOn", errors);
            StatementSource s = null;
            if (source != null) {
                try {
                    s = StatementSource.valueOf(source);
                } catch (IllegalArgumentException e) {
                    errors.put(to + "source", "vum.statement.source.required");
                }
            }
            statements.add(new VumAssessment.Statement(s, name, givenOn, statementText));
        }
        LocalDate assessedOn = date(v.get("assessedOn"), "assessedOn", errors);
        VumAssessment.Draft draft = new VumAssessment.Draft(assessedOn, themes, statements,
                text(v.get("overallAssessment")), "true".equals(v.get("complete")));
        return new VumForm(draft, codes, errors, values, statements.size());
    }

    /** The form's fields of a stored udredning, for correcting a draft. */
    static Map<String, String> values(VumAssessment a) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("assessedOn", a.assessedOn() == null ? "" : a.assessedOn().toString());
        for (VumAssessment.ThemeAssessment t : a.themes()) {
            String c = t.themeCode();
            values.put("resources[" + c + "]", nullToEmpty(t.resources()));
            values.put("challenges[" + c + "]", nullToEmpty(t.challenges()));
            values.put("wishes[" + c + "]", nullToEmpty(t.wishes()));
            values.put("limitation[" + c + "]", t.limitation() == null ? "" : t.limitation().toString());
        }
        for (int i = 0; i < a.statements().size(); i++) {
            VumAssessment.Statement s = a.statements().get(i);
            String at = "statements[" + i + "].";
            values.put(at + "source", s.source() == null ? "" : s.source().name());
            values.put(at + "name", nullToEmpty(s.name()));
            values.put(at + "givenOn", s.givenOn() == null ? "" : s.givenOn().toString());
            values.put(at + "text", nullToEmpty(s.text()));
        }
        values.put("overallAssessment", nullToEmpty(a.overallAssessment()));
        values.put("version", String.valueOf(a.version()));
        return values;
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
        return field;
    }

    private static TreeSet<Integer> statementIndexes(Map<String, String> v) {
        TreeSet<Integer> rows = new TreeSet<>();
        for (String key : v.keySet()) {
            Matcher m = STATEMENT.matcher(key);
            if (m.find() && m.group(1).length() < 4) {
                rows.add(Integer.parseInt(m.group(1)));
            }
        }
        return rows;
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

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
