package dk.omsorg.notice;

import dk.omsorg.catalog.DanishCalendar;
import dk.omsorg.catalog.StartDeadline;

import java.time.LocalDate;

/**
 * The day a provider must have started a grant by. The quality standard's start deadline (e.g. Greve:
 * "senest 3 hverdage efter, at bevillingen er givet", in Danish working days: weekends and public
 * holidays skipped) runs from the decision; when the provider is told later (a free-choice voucher's
 * provider found afterwards), it runs from the day the provider is told, since a provider cannot start
 * help it has not heard of. Help never has to start before the grant's own start, and a grant the
 * standard sets no deadline for starts on its start day.
 */
public final class StartDeadlineRule {

    private StartDeadlineRule() {
    }

    /**
     * @param grant      the grant as decided (its {@code startBy} was computed on the decision day)
     * @param deadline   the standard's start deadline for the grant's intervention; null when none
     * @param decidedOn  the day of the decision
     * @param notifiedOn the day the provider gets the notice
     */
    public static LocalDate dueOn(GrantSnapshot grant, StartDeadline deadline, LocalDate decidedOn, LocalDate notifiedOn,
                                  DanishCalendar calendar) {
        LocalDate byStandard;
        if (!notifiedOn.isAfter(decidedOn)) {
            byStandard = grant.startBy() != null ? grant.startBy()
                    : deadline == null ? null : deadline.startBy(decidedOn, calendar);
        } else {
            byStandard = deadline == null ? notifiedOn : deadline.startBy(notifiedOn, calendar);
        }
        if (byStandard == null || byStandard.isBefore(grant.start())) {
            return grant.start();
        }
        return byStandard;
    }
}
