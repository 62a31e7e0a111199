package dk.omsorg.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An intervention's allocation criteria (tildelingskriterier).
 *
 * @param text        the standard's own words, quoted in findings
 * @param all         criteria on FSIII scores that must all hold; empty when the standard states its
 *                    criteria only in words
 * @param alternative a route that is not about FSIII scores ("Samt borgere med et væsentligt
 *                    synshandicap"): meeting it takes a concrete assessment
 */
public record Criteria(String text, List<Criterion> all, String alternative) {

    public Criteria {
        all = all == null ? List.of() : List.copyOf(all);
    }

    /** Whether any part of the criteria can be read from FSIII scores. */
    public boolean scored() {
        return !all.isEmpty();
    }

    public CriteriaEvaluation evaluate(Map<UUID, Integer> scores) {
        List<CriterionCheck> checks = all.stream().map(c -> c.check(scores)).toList();
        CriteriaEvaluation.Outcome outcome = checks.isEmpty() ? CriteriaEvaluation.Outcome.NOT_SCORED
                : checks.stream().allMatch(CriterionCheck::met) ? CriteriaEvaluation.Outcome.MET
                : CriteriaEvaluation.Outcome.NOT_MET;
        return new CriteriaEvaluation(outcome, checks, alternative);
    }
}
