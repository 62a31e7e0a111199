package dk.omsorg.catalog.policy;

import dk.omsorg.catalog.AgeCondition;
import dk.omsorg.catalog.DanishText;
import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.FolkepensionAge;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.PolicyResult;
import dk.omsorg.catalog.ProposedGrant;
import dk.omsorg.catalog.Severity;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Is the citizen of the age the area's standard names, by the birth date in the CPR number? The age limits
 * of the social area are the law's target group (SEL §§ 97, 100, 103: "mellem det fyldte 18. år og
 * folkepensionsalderen"), not a service level, so a grant outside them is an error: it cannot be made under
 * this area at all.
 */
public final class AgePolicy {

    private final FolkepensionAge pension;

    public AgePolicy(FolkepensionAge pension) {
        this.pension = pension;
    }

    /**
     * @param continuing the grant continues one made earlier (a change or a carried-over grant): a first-grant
     *                   limit does not apply to it
     */
    public PolicyResult check(Intervention intervention, AgeCondition age, LocalDate birthDate, LocalDate decidedOn,
                              ProposedGrant grant, boolean continuing) {
        if (age == null || birthDate == null || grant.start() == null) {
            return PolicyResult.allowed();
        }
        if (age.from() != null) {
            LocalDate reached = birthDate.plusYears(age.from());
            if (grant.start().isBefore(reached)) {
                return finding(intervention, age, intervention.name() + " kan først bevilges fra det fyldte "
                        + age.from() + ". år; borgeren fylder " + age.from() + " år den " + DanishText.date(reached) + ".");
            }
        }
        if (age.until() != null) {
            LocalDate reached = age.until().reachedOn(birthDate, pension);
            if (!grant.start().isBefore(reached)) {
                return finding(intervention, age, intervention.name() + " kan kun bevilges til borgere under "
                        + age.until().danish() + "; borgeren nåede " + age.until().danish() + " den " + DanishText.date(reached) + ".");
            }
        }
        if (age.firstGrantBefore() != null && !continuing) {
            LocalDate reached = age.firstGrantBefore().reachedOn(birthDate, pension);
            if (!decidedOn.isBefore(reached)) {
                return finding(intervention, age, intervention.name() + " kan kun bevilges første gang, før borgeren når "
                        + age.firstGrantBefore().danish() + " (borgeren nåede den " + DanishText.date(reached)
                        + "); en ordning bevilget før fortsætter.");
            }
        }
        return PolicyResult.allowed();
    }

    /**
     * The last day help may run when the area's help ends at an age: the day before the citizen reaches it, or
     * the end of that month where the standard says so; null when the area's help does not end at an age.
     */
    public LocalDate lastDay(AgeCondition age, LocalDate birthDate) {
        if (age == null || age.until() == null || birthDate == null) {
            return null;
        }
        LocalDate reached = age.until().reachedOn(birthDate, pension);
        return age.endOfMonth() ? reached.with(TemporalAdjusters.lastDayOfMonth()) : reached.minusDays(1);
    }

    /** "da du når folkepensionsalderen", for the letter. */
    public static String endReason(AgeCondition age) {
        return "da du når " + age.until().danish();
    }

    private static Finding finding(Intervention intervention, AgeCondition age, String message) {
        return new Finding(FindingRule.AGE, Severity.ERROR, intervention.code(), message, age.text());
    }
}
