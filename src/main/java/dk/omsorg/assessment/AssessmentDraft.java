package dk.omsorg.assessment;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a caseworker entered for an assessment, before any rule is checked. Codes are kept as the
 * client sent them, so that a code that is not even a UUID is reported against its own field.
 *
 * @param abilityScores    FSIII state code → score; states not assessed are left out
 * @param healthConditions FSIII condition code → status and note; conditions not assessed are left out
 */
public record AssessmentDraft(LocalDate assessedOn, String overallAssessment,
                             Map<String, Integer> abilityScores,
                             Map<String, HealthConditionInput> healthConditions) {

    public AssessmentDraft {
        abilityScores = abilityScores == null ? Map.of() : abilityScores;
        healthConditions = healthConditions == null ? Map.of() : healthConditions;
    }

    public record HealthConditionInput(HealthConditionStatus status, String note) {
    }
}
