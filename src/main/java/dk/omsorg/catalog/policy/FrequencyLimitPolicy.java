package dk.omsorg.catalog.policy;

import dk.omsorg.catalog.DanishText;
import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.Limit;
import dk.omsorg.catalog.LimitPeriod;
import dk.omsorg.catalog.LimitScope;
import dk.omsorg.catalog.PolicyResult;
import dk.omsorg.catalog.ProposedGrant;
import dk.omsorg.catalog.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * Frequency caps on one intervention ("Max. 1 gang ugentligt", "Max. én gang dagligt i
 * dagvagten", "Max. 3 timer to gange årligt", "pr. husstand"), summed over the proposal's grants
 * of the intervention that run at the same time. The engine sees one citizen, not the household:
 * a household cap the citizen alone keeps is still pointed out, for the caseworker to check.
 */
public final class FrequencyLimitPolicy {

    private static final double SLACK = 1e-9;

    /** @param grants the proposed grants of {@code intervention} that run at the same time */
    public PolicyResult check(Intervention intervention, Limit limit, List<ProposedGrant> grants) {
        List<String> broken = new ArrayList<>();
        if (limit.maxMinutesEach() != null) {
            grants.stream().mapToInt(ProposedGrant::minutesPerDelivery).filter(m -> m > limit.maxMinutesEach()).max()
                    .ifPresent(m -> broken.add(m + " minutter pr. gang er foreslået, højst " + limit.maxMinutesEach()
                            + " minutter er tilladt"));
        }
        double count = grants.stream().mapToDouble(g -> g.deliveries(limit.per(), limit.every(), limit.shift())).sum();
        if (count > limit.max() + SLACK) {
            broken.add(DanishText.times(count) + " " + period(limit) + " er foreslået, højst "
                    + DanishText.times(limit.max()) + " er tilladt");
        }
        boolean household = limit.scope() == LimitScope.HOUSEHOLD;
        if (!broken.isEmpty()) {
            return new Finding(FindingRule.FREQUENCY_LIMIT, Severity.WARNING, intervention.code(),
                    intervention.name() + ": " + String.join("; ", broken) + (household ? " pr. husstand" : "")
                            + ". Mere end kvalitetsstandarden kræver en begrundelse.",
                    limit.quote());
        }
        if (household) {
            return new Finding(FindingRule.FREQUENCY_LIMIT, Severity.INFO, intervention.code(),
                    intervention.name() + ": grænsen gælder for hele husstanden (" + limit.describe()
                            + "). Tjek om andre i husstanden allerede har indsatsen.",
                    limit.quote());
        }
        return PolicyResult.allowed();
    }

    /**
     * The SOCIAL shape's numeric cap on hours per month (e.g. § 97: 15 timer pr. måned), over the
     * grants' minutes and average frequency.
     */
    public PolicyResult checkMonthlyHours(Intervention intervention, List<ProposedGrant> grants) {
        if (intervention.hoursPerMonth() == null) {
            return PolicyResult.allowed();
        }
        double hours = grants.stream()
                .mapToDouble(g -> g.deliveries(LimitPeriod.MONTH, null) * g.minutesPerDelivery() / 60.0).sum();
        if (hours <= intervention.hoursPerMonth() + SLACK) {
            return PolicyResult.allowed();
        }
        return new Finding(FindingRule.MONTHLY_HOURS, Severity.WARNING, intervention.code(),
                intervention.name() + ": ca. " + DanishText.number(hours) + " timer om måneden er foreslået, højst "
                        + intervention.hoursPerMonth() + " timer om måneden er tilladt. Mere kræver en begrundelse.",
                intervention.scope() != null ? intervention.scope() : intervention.hoursPerMonth() + " timer pr. måned");
    }

    private static String period(Limit limit) {
        return limit.per().danish(limit.every()) + (limit.shift() != null && limit.per() != LimitPeriod.NIGHT
                ? " i " + limit.shift().danish() : "");
    }
}
