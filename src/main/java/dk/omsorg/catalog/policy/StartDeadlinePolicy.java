package dk.omsorg.catalog.policy;

import dk.omsorg.catalog.DanishCalendar;
import dk.omsorg.catalog.DanishText;
import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.PolicyResult;
import dk.omsorg.catalog.ProposedGrant;
import dk.omsorg.catalog.Severity;
import dk.omsorg.catalog.StartDeadline;

import java.time.LocalDate;

/**
 * Does the help start in time? The deadline runs from the decision date, in Danish working days
 * (weekends and public holidays skipped), calendar days or weeks, or the same day.
 */
public final class StartDeadlinePolicy {

    private final DanishCalendar calendar;

    public StartDeadlinePolicy(DanishCalendar calendar) {
        this.calendar = calendar;
    }

    /** The last day the help may start; null when the standard sets no deadline. */
    public LocalDate startBy(StartDeadline deadline, LocalDate decidedOn) {
        return deadline == null ? null : deadline.startBy(decidedOn, calendar);
    }

    /** @param deadline the intervention's effective start deadline (its own, else its area's); null when none */
    public PolicyResult check(Intervention intervention, StartDeadline deadline, LocalDate decidedOn, ProposedGrant grant) {
        if (deadline == null || grant.start() == null) {
            return PolicyResult.allowed();
        }
        LocalDate startBy = startBy(deadline, decidedOn);
        if (!grant.start().isAfter(startBy)) {
            return PolicyResult.allowed();
        }
        return new Finding(FindingRule.START_DEADLINE, Severity.WARNING, intervention.code(),
                intervention.name() + " starter " + DanishText.date(grant.start()) + ", men skal ifølge kvalitetsstandarden "
                        + "starte senest " + DanishText.date(startBy) + " (" + deadline.describe() + " den "
                        + DanishText.date(decidedOn) + ").",
                deadline.quote());
    }
}
