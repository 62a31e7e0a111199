package dk.omsorg.decision;

import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.Severity;

import java.util.List;
import java.util.stream.Stream;

/**
 * What the quality standard says about the grants of a decision being composed, and the weekly
 * granted time they add up to. Nothing is stored.
 *
 * @param combinationFindings the rules about the grants together: caps, group caps, exclusions
 */
public record DecisionCheck(List<ProposalCheck> grants, List<Finding> combinationFindings, WeeklyTime weeklyTime) {

    public DecisionCheck {
        grants = List.copyOf(grants);
        combinationFindings = List.copyOf(combinationFindings);
    }

    /** Every finding of the new and changed grants, then the combinations'. */
    public List<Finding> findings() {
        return Stream.concat(grants.stream().filter(g -> !g.carriedOver()).flatMap(g -> g.findings().stream()),
                combinationFindings.stream()).toList();
    }

    public boolean hasErrors() {
        return findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** Whether something needs a reason to be granted: a warning. */
    public boolean needsReason() {
        return findings().stream().anyMatch(f -> f.severity() == Severity.WARNING);
    }
}
