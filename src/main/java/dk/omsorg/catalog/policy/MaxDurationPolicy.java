package dk.omsorg.catalog.policy;

import dk.omsorg.catalog.DanishText;
import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.MaxDuration;
import dk.omsorg.catalog.PolicyResult;
import dk.omsorg.catalog.ProposedGrant;
import dk.omsorg.catalog.Severity;

/**
 * Is temporary help granted for longer than the standard allows ("max 3 måneder")? A longer or
 * open-ended grant needs a reason.
 */
public final class MaxDurationPolicy {

    /** @param maxDuration the intervention's effective max duration (see {@code Area.maxDurationFor}); null when none */
    public PolicyResult check(Intervention intervention, MaxDuration maxDuration, ProposedGrant grant) {
        if (maxDuration == null || grant.start() == null) {
            return PolicyResult.allowed();
        }
        if (grant.end() == null) {
            return new Finding(FindingRule.MAX_DURATION, Severity.WARNING, intervention.code(),
                    intervention.name() + " gives i " + maxDuration.describe() + ", men bevillingen har ingen slutdato.",
                    maxDuration.quote());
        }
        if (grant.end().isAfter(maxDuration.latestEnd(grant.start()))) {
            return new Finding(FindingRule.MAX_DURATION, Severity.WARNING, intervention.code(),
                    intervention.name() + " er foreslået fra " + DanishText.date(grant.start()) + " til "
                            + DanishText.date(grant.end()) + ", men gives i " + maxDuration.describe()
                            + " (til og med " + DanishText.date(maxDuration.latestEnd(grant.start()))
                            + "). En længere periode kræver en begrundelse.",
                    maxDuration.quote());
        }
        return PolicyResult.allowed();
    }
}
