package dk.omsorg.followup;

import java.time.LocalDate;

/**
 * A follow-up in a queue, with the citizen and why it is where it is.
 *
 * @param lastFollowUpOn        the citizen's last completed follow-up; null when none
 * @param firstGrantOn          the start of the citizen's first grant
 * @param longWithoutFollowUp   the last follow-up (or, lacking one, the first grant) is the rule's years or
 *                              more ago (seed 001): first in the queue
 */
public record QueueLine(FollowUp followUp, String citizenName, String cprNumber, LocalDate lastFollowUpOn,
                        LocalDate firstGrantOn, boolean longWithoutFollowUp, Urgency urgency) {

    public enum Urgency {
        OVERDUE, DUE_SOON, LATER;

        public static Urgency of(LocalDate dueOn, LocalDate today, int dueSoonDays) {
            return dueOn.isBefore(today) ? OVERDUE : !dueOn.isAfter(today.plusDays(dueSoonDays)) ? DUE_SOON : LATER;
        }
    }
}
