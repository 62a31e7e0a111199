package dk.omsorg.assessment;

import org.springframework.data.relational.core.mapping.Table;

import java.util.UUID;

/** A functional-ability state's score in one assessment: 0–4, or 9 for "Ikke relevant". */
@Table("assessment_ability_score")
public record AbilityScore(UUID stateCode, int score) {
}
