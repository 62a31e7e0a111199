package dk.omsorg.catalog.policy;

import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.PolicyResult;
import dk.omsorg.catalog.ProposedGrant;
import dk.omsorg.catalog.Severity;

import java.util.List;

/**
 * Combination rules: an intervention whose time already covers another ("Når RH Bad er bevilget,
 * bevilges daglig hygiejne og påklædning ikke ved samme besøg, da tiden ligger i badet"). The
 * engine cannot see visits, so two such grants that could meet in the same shift are pointed out.
 */
public final class ExclusionPolicy {

    /**
     * @param grants      the proposed grants of {@code intervention} running at the same time
     * @param otherGrants the proposed grants of {@code other} running at the same time
     */
    public PolicyResult check(Intervention intervention, List<ProposedGrant> grants, Intervention other,
                              List<ProposedGrant> otherGrants) {
        if (!intervention.excludesInSameVisit(other.code())) {
            return PolicyResult.allowed();
        }
        boolean meet = grants.stream().anyMatch(g -> otherGrants.stream().anyMatch(g::sharesShiftWith));
        if (!meet) {
            return PolicyResult.allowed();
        }
        return new Finding(FindingRule.EXCLUSION, Severity.WARNING, intervention.code(),
                intervention.name() + " og " + other.name() + " er foreslået i samme vagt. " + other.name()
                        + " bevilges ikke ved samme besøg som " + intervention.name()
                        + "; tilrettelæg dem, så de ikke leveres samtidig, eller træk tiden fra.",
                intervention.exclusionText());
    }
}
