package dk.omsorg.assessment;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a caseworker entered for an assessment, before any rule is checked. Codes are kept as the
 * client sent them, so that a code that is not even a UUID is reported against its own field.
 *
 * @param abilityScores    FSIII state code → score; states not assessed are left out
 * @param healthConditions FSIII condition code → status and note; conditions not assessed are left out
 * @param expectedLevels   FSIII state code → the expected level 0–4 (forventet tilstand); only for scored states
 */
public record AssessmentDraft(LocalDate assessedOn, String overallAssessment,
                             Map<String, Integer> abilityScores,
                             Map<String, HealthConditionInput> healthConditions,
                             Map<String, Integer> expectedLevels) {

    public AssessmentDraft {
        abilityScores = abilityScores == null ? Map.of() : abilityScores;
        healthConditions = healthConditions == null ? Map.of() : healthConditions;
        expectedLevels = expectedLevels == null ? Map.of() : expectedLevels;
    }

    public AssessmentDraft(LocalDate assessedOn, String overallAssessment, Map<String, Integer> abilityScores,
                           Map<String, HealthConditionInput> healthConditions) {
        this(assessedOn, overallAssessment, abilityScores, healthConditions, Map.of());
    }

    public record HealthConditionInput(HealthConditionStatus status, String note) {
    }
}
