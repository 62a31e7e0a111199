package dk.omsorg.catalog;

import dk.omsorg.assessment.AbilityScore;
import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.assessment.FsiiiConcept;
import dk.omsorg.assessment.FsiiiKind;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A citizen's functional-ability scores as the policy engine reads them: FSIII state UUID to
 * score 0–4 or 9. Retired states are accepted (an older assessment may carry them).
 */
public final class CitizenScores {

    private static final Set<Integer> SCALE = Set.of(0, 1, 2, 3, 4, 9);

    private CitizenScores() {
    }

    /** The scores of an assessment, e.g. {@code CitizenScores.of(overview.latest().get().abilityScores())}. */
    public static Map<UUID, Integer> of(Collection<AbilityScore> scores) {
        Map<UUID, Integer> map = new LinkedHashMap<>();
        scores.forEach(s -> map.put(s.stateCode(), s.score()));
        return map;
    }

    /**
     * Scores as a client typed them: keys are state UUIDs; a null or missing score means not
     * assessed.
     *
     * @param field the request field, e.g. {@code scores}; errors name {@code scores[<key>]}
     * @throws InvalidInputException naming every key or score that is not valid
     */
    public static Map<UUID, Integer> parse(Map<String, Integer> typed, FsiiiCatalog fsiii, String field) {
        Map<UUID, Integer> scores = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        if (typed != null) {
            typed.forEach((key, score) -> {
                Optional<FsiiiConcept> state = fsiii.find(key).filter(c -> c.is(FsiiiKind.FUNCTIONAL_ABILITY_STATE));
                if (state.isEmpty()) {
                    violations.add(new Violation(field + "[" + key + "]", "catalog.score.unknownState", key));
                } else if (score != null) {
                    scores.put(state.get().code(), score);
                }
            });
        }
        violations.addAll(violations(scores, fsiii, field));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return scores;
    }

    /** @throws InvalidInputException when a key is not a functional-ability state or a score is off the scale */
    public static void check(Map<UUID, Integer> scores, FsiiiCatalog fsiii, String field) {
        List<Violation> violations = violations(scores, fsiii, field);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static List<Violation> violations(Map<UUID, Integer> scores, FsiiiCatalog fsiii, String field) {
        List<Violation> violations = new ArrayList<>();
        if (scores == null) {
            return violations;
        }
        scores.forEach((code, score) -> {
            Optional<FsiiiConcept> state = fsiii.find(code).filter(c -> c.is(FsiiiKind.FUNCTIONAL_ABILITY_STATE));
            if (state.isEmpty()) {
                violations.add(new Violation(field + "[" + code + "]", "catalog.score.unknownState", String.valueOf(code)));
            } else if (score == null || !SCALE.contains(score)) {
                violations.add(new Violation(field + "[" + code + "]", "catalog.score.invalid", String.valueOf(score),
                        state.get().name()));
            }
        });
        return violations;
    }
}
