package dk.omsorg.assessment.web;

import dk.omsorg.assessment.Assessment;
import dk.omsorg.assessment.AssessmentDraft;
import dk.omsorg.assessment.HealthConditionStatus;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The assessment form as the browser posts it: {@code score[<state code>]} = 0–4/9 or empty
 * (ikke vurderet), {@code condition[<condition code>]} = NOTED/NOT_RELEVANT or empty,
 * {@code note[<condition code>]}, {@code expected[<state code>]} = the expected level 0–4 or empty,
 * {@code overallAssessment}, {@code assessedOn}, and for a
 * correction the {@code version} the caseworker loaded.
 */
public class AssessmentForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate assessedOn;
    private String overallAssessment;
    private Long inquiryId;
    private Integer version;
    private Map<String, String> score = new LinkedHashMap<>();
    private Map<String, String> condition = new LinkedHashMap<>();
    private Map<String, String> note = new LinkedHashMap<>();
    private Map<String, String> expected = new LinkedHashMap<>();

    static AssessmentForm blank(LocalDate today, Long inquiryId) {
        AssessmentForm form = new AssessmentForm();
        form.assessedOn = today;
        form.inquiryId = inquiryId;
        return form;
    }

    static AssessmentForm of(Assessment assessment) {
        AssessmentForm form = new AssessmentForm();
        form.assessedOn = assessment.assessedOn();
        form.overallAssessment = assessment.overallAssessment();
        form.inquiryId = assessment.inquiryId().orElse(null);
        form.version = assessment.version();
        assessment.abilityScores().forEach(s -> form.score.put(s.stateCode().toString(), String.valueOf(s.score())));
        assessment.abilityScores().forEach(s -> s.expected()
                .ifPresent(level -> form.expected.put(s.stateCode().toString(), String.valueOf(level))));
        assessment.healthConditions().forEach(c -> {
            form.condition.put(c.conditionCode().toString(), c.status().name());
            if (c.note() != null) {
                form.note.put(c.conditionCode().toString(), c.note());
            }
        });
        return form;
    }

    /**
     * What was entered. "Ikke vurderet" leaves a state or condition out; a note without a status
     * is passed on, so the caseworker is asked for the status rather than losing the note.
     */
    AssessmentDraft draft() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        score.forEach((code, value) -> {
            if (value != null && !value.isBlank()) {
                scores.put(code, parse(value));
            }
        });
        Map<String, AssessmentDraft.HealthConditionInput> conditions = new LinkedHashMap<>();
        condition.forEach((code, value) -> {
            if (value != null && !value.isBlank()) {
                conditions.put(code, new AssessmentDraft.HealthConditionInput(status(value), note.get(code)));
            }
        });
        note.forEach((code, text) -> {
            if (text != null && !text.isBlank() && !conditions.containsKey(code)) {
                conditions.put(code, new AssessmentDraft.HealthConditionInput(null, text));
            }
        });
        Map<String, Integer> levels = new LinkedHashMap<>();
        expected.forEach((code, value) -> {
            if (value != null && !value.isBlank()) {
                // a value that is not a number is passed on as an impossible level, so the caseworker is told
                Integer level = parse(value);
                levels.put(code, level == null ? -1 : level);
            }
        });
        return new AssessmentDraft(assessedOn, overallAssessment, scores, conditions, levels);
    }

    public String scoreOf(String code) {
        String value = score.get(code);
        return value == null || value.isBlank() ? null : value;
    }

    public String conditionOf(String code) {
        String value = condition.get(code);
        return value == null || value.isBlank() ? null : value;
    }

    public String expectedOf(String code) {
        String value = expected.get(code);
        return value == null || value.isBlank() ? null : value;
    }

    public String noteOf(String code) {
        return note.get(code);
    }

    /** Only a form that was tampered with sends anything else; it is then treated as missing. */
    private static Integer parse(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static HealthConditionStatus status(String value) {
        try {
            return HealthConditionStatus.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public String getOverallAssessment() {
        return overallAssessment;
    }

    public void setOverallAssessment(String overallAssessment) {
        this.overallAssessment = overallAssessment;
    }

    public Long getInquiryId() {
        return inquiryId;
    }

    public void setInquiryId(Long inquiryId) {
        this.inquiryId = inquiryId;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public Map<String, String> getScore() {
        return score;
    }

    public void setScore(Map<String, String> score) {
        this.score = score;
    }

    public Map<String, String> getCondition() {
        return condition;
    }

    public void setCondition(Map<String, String> condition) {
        this.condition = condition;
    }

    public Map<String, String> getExpected() {
        return expected;
    }

    public void setExpected(Map<String, String> expected) {
        this.expected = expected;
    }

    public Map<String, String> getNote() {
        return note;
    }

    public void setNote(Map<String, String> note) {
        this.note = note;
    }
}
