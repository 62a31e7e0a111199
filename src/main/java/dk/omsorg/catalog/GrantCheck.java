package dk.omsorg.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the quality standard says about a proposal of grants.
 *
 * @param grants              each grant with the rules about it alone
 * @param combinationFindings the rules about grants together: frequency caps (summed over grants
 *                            of the same intervention running at the same time), group caps and
 *                            exclusions
 */
public record GrantCheck(List<CheckedGrant> grants, List<Finding> combinationFindings) {

    public GrantCheck {
        grants = List.copyOf(grants);
        combinationFindings = List.copyOf(combinationFindings);
    }

    /** Every finding: each grant's in order, then the combinations'. */
    public List<Finding> findings() {
        return Stream.concat(grants.stream().flatMap(g -> g.findings().stream()), combinationFindings.stream()).toList();
    }

    /** The most serious finding's severity; empty when the proposal keeps the standard. */
    public Optional<Severity> worst() {
        return findings().stream().map(Finding::severity).min(Comparator.naturalOrder());
    }

    public boolean hasErrors() {
        return worst().filter(s -> s == Severity.ERROR).isPresent();
    }
}
