package dk.omsorg.assessment;

import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rules an assessment's content must keep, checked all at once so the caseworker sees every
 * problem in one go. Nothing is stored when one is broken.
 *
 * <p>Field names follow the API's request body: {@code assessedOn}, {@code overallAssessment},
 * {@code abilityScores[<code>]}, {@code healthConditions[<code>]},
 * {@code healthConditions[<code>].note}, {@code expectedLevels[<code>]}.
 */
final class AssessmentRules {

    static final int MAX_TEXT = 20_000;
    private static final Set<Integer> SCORES = Set.of(0, 1, 2, 3, 4, ScaleStep.NOT_RELEVANT);
    private static final Set<Integer> EXPECTED_LEVELS = Set.of(0, 1, 2, 3, 4);
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private AssessmentRules() {
    }

    /** The draft's content, checked. */
    record Checked(LocalDate assessedOn, String overallAssessment, Set<AbilityScore> abilityScores,
                   Set<AssessedHealthCondition> healthConditions) {
    }

    /**
     * @param keptRetired codes a correction may keep although KL has retired them, because the
     *                    assessment already held them; empty for a new assessment
     */
    static Checked check(AssessmentDraft draft, FsiiiCatalog catalog, LocalDate today, Set<UUID> keptRetired) {
        List<Violation> violations = new ArrayList<>();

        if (draft.assessedOn() == null) {
            violations.add(new Violation("assessedOn", "assessment.assessedOn.required"));
        } else if (draft.assessedOn().isAfter(today)) {
            violations.add(new Violation("assessedOn", "assessment.assessedOn.future",
                    DANISH_DATE.format(draft.assessedOn())));
        }

        String overall = draft.overallAssessment() == null ? "" : draft.overallAssessment().strip();
        if (overall.isEmpty()) {
            violations.add(new Violation("overallAssessment", "assessment.overallAssessment.required"));
        } else if (overall.length() > MAX_TEXT) {
            violations.add(new Violation("overallAssessment", "assessment.text.tooLong", MAX_TEXT));
        }

        Set<AbilityScore> scores = new LinkedHashSet<>();
        for (Map.Entry<String, Integer> entry : draft.abilityScores().entrySet()) {
            String field = "abilityScores[" + entry.getKey() + "]";
            FsiiiConcept state = catalog.find(entry.getKey()).orElse(null);
            if (state == null || !state.is(FsiiiKind.FUNCTIONAL_ABILITY_STATE)) {
                violations.add(new Violation(field, "assessment.state.unknown", entry.getKey()));
            } else if (!state.current() && !keptRetired.contains(state.code())) {
                violations.add(new Violation(field, "assessment.state.retired", state.name(), state.legacyCode(),
                        state.code()));
            } else if (entry.getValue() == null) {
                violations.add(new Violation(field, "assessment.score.required", state.name()));
            } else if (!SCORES.contains(entry.getValue())) {
                violations.add(new Violation(field, "assessment.score.invalid", String.valueOf(entry.getValue()),
                        state.name()));
            } else {
                scores.add(new AbilityScore(state.code(), entry.getValue(),
                        expectedLevel(draft, entry.getKey(), state, entry.getValue(), violations)));
            }
        }
        for (Map.Entry<String, Integer> entry : draft.expectedLevels().entrySet()) {
            if (entry.getValue() != null && !draft.abilityScores().containsKey(entry.getKey())) {
                String label = catalog.find(entry.getKey()).map(FsiiiConcept::name).orElse(entry.getKey());
                violations.add(new Violation("expectedLevels[" + entry.getKey() + "]",
                        "assessment.expectedLevel.withoutScore", label));
            }
        }

        Set<AssessedHealthCondition> conditions = new LinkedHashSet<>();
        for (Map.Entry<String, AssessmentDraft.HealthConditionInput> entry : draft.healthConditions().entrySet()) {
            String field = "healthConditions[" + entry.getKey() + "]";
            FsiiiConcept condition = catalog.find(entry.getKey()).orElse(null);
            AssessmentDraft.HealthConditionInput input = entry.getValue();
            String note = input == null || input.note() == null || input.note().isBlank() ? null : input.note().strip();
            if (condition == null || !condition.is(FsiiiKind.HEALTH_CONDITION)) {
                violations.add(new Violation(field, "assessment.condition.unknown", entry.getKey()));
            } else if (!condition.current() && !keptRetired.contains(condition.code())) {
                violations.add(new Violation(field, "assessment.condition.retired", condition.name(),
                        condition.legacyCode(), condition.code()));
            } else if (input == null || input.status() == null) {
                violations.add(new Violation(field, "assessment.condition.statusRequired", condition.name()));
            } else if (input.status() == HealthConditionStatus.NOTED && note == null) {
                // A condition marked as current without a word on what it is and what it means
                // tells the next caseworker and the provider nothing; FSIII documents a current
                // health condition with the professional's assessment of it.
                violations.add(new Violation(field + ".note", "assessment.condition.noteRequired", condition.name()));
            } else if (note != null && note.length() > MAX_TEXT) {
                violations.add(new Violation(field + ".note", "assessment.text.tooLong", MAX_TEXT));
            } else {
                conditions.add(new AssessedHealthCondition(condition.code(), input.status(), note));
            }
        }

        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Checked(draft.assessedOn(), overall, scores, conditions);
    }

    /**
     * The expected level (forventet tilstand) of a scored state: 0–4 like the score; none for a state found not
     * relevant (9), since there is then no limitation to expect anything of.
     */
    private static Integer expectedLevel(AssessmentDraft draft, String key, FsiiiConcept state, int score,
                                         List<Violation> violations) {
        Integer expected = draft.expectedLevels().get(key);
        if (expected == null) {
            return null;
        }
        String field = "expectedLevels[" + key + "]";
        if (!EXPECTED_LEVELS.contains(expected)) {
            violations.add(new Violation(field, "assessment.expectedLevel.invalid", String.valueOf(expected),
                    state.name()));
            return null;
        }
        if (score == ScaleStep.NOT_RELEVANT) {
            violations.add(new Violation(field, "assessment.expectedLevel.notRelevant", state.name()));
            return null;
        }
        return expected;
    }
}
