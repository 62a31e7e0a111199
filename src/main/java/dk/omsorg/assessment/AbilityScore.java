package dk.omsorg.assessment;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

import java.util.Optional;
import java.util.UUID;

/**
 * A functional-ability state's score in one assessment: 0–4, or 9 for "Ikke relevant", and the level the
 * caseworker expects the citizen to reach (forventet tilstand, 0–4; null when not recorded).
 */
@Table("assessment_ability_score")
public record AbilityScore(UUID stateCode, int score, Integer expectedLevel) {

    @PersistenceCreator
    public AbilityScore {
    }

    public AbilityScore(UUID stateCode, int score) {
        this(stateCode, score, null);
    }

    public Optional<Integer> expected() {
        return Optional.ofNullable(expectedLevel);
    }
}
