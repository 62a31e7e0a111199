package dk.omsorg.catalog.policy;

import dk.omsorg.catalog.DanishText;
import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.HouseholdGrant;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.Limit;
import dk.omsorg.catalog.LimitPeriod;
import dk.omsorg.catalog.LimitScope;
import dk.omsorg.catalog.PolicyResult;
import dk.omsorg.catalog.ProposedGrant;
import dk.omsorg.catalog.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Frequency caps on one intervention ("Max. 1 gang ugentligt", "Max. én gang dagligt i
 * dagvagten", "Max. 3 timer to gange årligt", "pr. husstand"), summed over the proposal's grants
 * of the intervention that run at the same time. A cap "pr. husstand" (seed 003) also counts the current grants of
 * the others in the citizen's registered household (given as data by the decision module); for a citizen in no
 * registered household it is pointed out, for the caseworker to check.
 */
public final class FrequencyLimitPolicy {

    private static final double SLACK = 1e-9;

    /** @param grants the proposed grants of {@code intervention} that run at the same time */
    public PolicyResult check(Intervention intervention, Limit limit, List<ProposedGrant> grants) {
        return check(intervention, limit, grants, null);
    }

    /**
     * @param household the others' current grants of {@code intervention} running at the same time, counted when the
     *                  cap is "pr. husstand"; null when the citizen is in no registered household
     */
    public PolicyResult check(Intervention intervention, Limit limit, List<ProposedGrant> grants,
                              List<HouseholdGrant> household) {
        boolean perHousehold = limit.scope() == LimitScope.HOUSEHOLD;
        // the others' deliveries by member, when the cap is the household's and the household is registered
        Map<String, Double> theirs = new LinkedHashMap<>();
        if (perHousehold && household != null) {
            household.forEach(h -> theirs.merge(h.memberName(),
                    h.grant().deliveries(limit.per(), limit.every(), limit.shift()), Double::sum));
        }
        String others = theirs.entrySet().stream()
                .map(e -> e.getKey() + " har " + DanishText.times(e.getValue()) + " " + period(limit))
                .collect(Collectors.joining(", "));
        List<String> broken = new ArrayList<>();
        if (limit.maxMinutesEach() != null) {
            grants.stream().mapToInt(ProposedGrant::minutesPerDelivery).filter(m -> m > limit.maxMinutesEach()).max()
                    .ifPresent(m -> broken.add(m + " minutter pr. gang er foreslået, højst " + limit.maxMinutesEach()
                            + " minutter er tilladt"));
        }
        double count = grants.stream().mapToDouble(g -> g.deliveries(limit.per(), limit.every(), limit.shift())).sum();
        double total = count + theirs.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total > limit.max() + SLACK) {
            broken.add(theirs.isEmpty()
                    ? DanishText.times(count) + " " + period(limit) + " er foreslået, højst "
                            + DanishText.times(limit.max()) + " er tilladt"
                    : DanishText.times(count) + " " + period(limit) + " er foreslået, og i husstanden " + others
                            + " allerede; i alt " + DanishText.times(total) + ", højst "
                            + DanishText.times(limit.max()) + " er tilladt");
        }
        if (!broken.isEmpty()) {
            return new Finding(FindingRule.FREQUENCY_LIMIT, Severity.WARNING, intervention.code(),
                    intervention.name() + ": " + String.join("; ", broken) + (perHousehold ? " pr. husstand" : "")
                            + ". Mere end kvalitetsstandarden kræver en begrundelse.",
                    limit.quote());
        }
        if (perHousehold && household == null) {
            return new Finding(FindingRule.FREQUENCY_LIMIT, Severity.INFO, intervention.code(),
                    intervention.name() + ": grænsen gælder for hele husstanden (" + limit.describe()
                            + "). Tjek om andre i husstanden allerede har indsatsen.",
                    limit.quote());
        }
        if (!theirs.isEmpty()) {
            return new Finding(FindingRule.FREQUENCY_LIMIT, Severity.INFO, intervention.code(),
                    intervention.name() + ": grænsen gælder for hele husstanden (" + limit.describe()
                            + "). I husstanden " + others + " allerede; med forslaget " + DanishText.times(total)
                            + " i alt.",
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
