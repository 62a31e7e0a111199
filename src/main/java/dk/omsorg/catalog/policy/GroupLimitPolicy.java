package dk.omsorg.catalog.policy;

import dk.omsorg.catalog.DanishText;
import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.GroupLimit;
import dk.omsorg.catalog.PolicyResult;
import dk.omsorg.catalog.ProposedGrant;
import dk.omsorg.catalog.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * Caps across several interventions of an area ("Max. 5 spiseindsatser dagligt, heraf 2
 * mellemmåltider"): the group's cap, and each {@code within} cap on a subset, over the group's
 * period.
 */
public final class GroupLimitPolicy {

    private static final double SLACK = 1e-9;

    /** The group's cap and then each within cap, in that order. */
    public List<PolicyResult> checkAll(GroupLimit group, List<ProposedGrant> grants) {
        List<PolicyResult> results = new ArrayList<>();
        results.add(check(group, grants));
        group.within().forEach(within -> results.add(checkWithin(group, within, grants)));
        return results;
    }

    /** @param grants the proposed grants that run at the same time; those outside the group are ignored */
    public PolicyResult check(GroupLimit group, List<ProposedGrant> grants) {
        return check(group, group.interventions(), group.max(), grants, group.name());
    }

    public PolicyResult checkWithin(GroupLimit group, GroupLimit.Within within, List<ProposedGrant> grants) {
        return check(group, within.interventions(), within.max(), grants,
                group.name() + " (heraf " + String.join(", ", within.interventions()) + ")");
    }

    private static PolicyResult check(GroupLimit group, List<String> codes, int max, List<ProposedGrant> grants,
                                      String label) {
        List<ProposedGrant> counted = grants.stream().filter(g -> codes.contains(g.interventionCode())).toList();
        double count = counted.stream().mapToDouble(g -> g.deliveries(group.per(), null)).sum();
        if (counted.isEmpty() || count <= max + SLACK) {
            return PolicyResult.allowed();
        }
        List<String> proposed = counted.stream().map(ProposedGrant::interventionCode).distinct().toList();
        return new Finding(FindingRule.GROUP_LIMIT, Severity.WARNING, proposed.get(0),
                label + ": " + DanishText.times(count) + " " + group.per().danish() + " er foreslået ("
                        + String.join(", ", proposed) + "), højst " + DanishText.times(max) + " er tilladt. "
                        + "Mere end kvalitetsstandarden kræver en begrundelse.",
                group.quote());
    }
}
