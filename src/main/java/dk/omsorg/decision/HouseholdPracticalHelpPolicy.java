package dk.omsorg.decision;

import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.HouseholdGrant;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.PolicyResult;
import dk.omsorg.catalog.ProposedGrant;
import dk.omsorg.catalog.Severity;

import java.time.LocalDate;
import java.util.List;

/**
 * Seed 002: "Hos ægtepar vurderes begge, hvor det er relevant. Tildeles husstanden indsatser til praktiske opgaver
 * bevilges det til den ene af ægtefællerne." Practical help (the areas the municipality's {@code household.yaml}
 * names) granted to a citizen whose household member already has a current grant of the same intervention, in an
 * overlapping period, is a warning: the caseworker grants it to one of them, or states why both need it.
 */
final class HouseholdPracticalHelpPolicy {

    static final String QUOTE = "Tildeles husstanden indsatser til praktiske opgaver, bevilges det til den ene af "
            + "ægtefællerne.";

    private HouseholdPracticalHelpPolicy() {
    }

    /**
     * @param practicalHelp whether the grant's area is practical help on its start date
     * @param household     the other members' current grants; null or empty when there are none
     */
    static PolicyResult check(Intervention intervention, ProposedGrant grant, boolean practicalHelp,
                              List<HouseholdGrant> household) {
        if (!practicalHelp || household == null) {
            return PolicyResult.allowed();
        }
        List<String> members = household.stream()
                .filter(h -> h.grant().interventionCode().equals(intervention.code()) && overlap(h.grant(), grant))
                .map(HouseholdGrant::memberName).distinct().toList();
        if (members.isEmpty()) {
            return PolicyResult.allowed();
        }
        return new Finding(FindingRule.HOUSEHOLD_PRACTICAL_HELP, Severity.WARNING, intervention.code(),
                intervention.name() + " er praktisk hjælp, og " + dk.omsorg.catalog.DanishText.and(members)
                        + " i husstanden har allerede indsatsen. Praktisk hjælp til husstanden bevilges til den ene "
                        + "af ægtefællerne: bevilg den ikke til begge, eller begrund, hvorfor begge har brug for den.",
                QUOTE);
    }

    private static boolean overlap(ProposedGrant a, ProposedGrant b) {
        LocalDate aEnd = a.end() == null ? LocalDate.MAX : a.end();
        LocalDate bEnd = b.end() == null ? LocalDate.MAX : b.end();
        return !a.start().isAfter(bEnd) && !b.start().isAfter(aEnd);
    }
}
