package dk.omsorg.assessment;

import org.springframework.data.relational.core.mapping.Table;

import java.util.UUID;

/** A health condition's status in one assessment, with the caseworker's note. */
@Table("assessment_health_condition")
public record AssessedHealthCondition(UUID conditionCode, HealthConditionStatus status, String note) {
}
