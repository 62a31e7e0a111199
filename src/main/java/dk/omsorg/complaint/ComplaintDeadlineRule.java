package dk.omsorg.complaint;

import dk.omsorg.catalog.DanishCalendar;

import java.time.LocalDate;

/**
 * The law's complaint deadlines in force from {@code validFrom} (reference/complaint-deadlines.yaml).
 *
 * @param complaintWeeks       weeks from the day the citizen got the decision (retssikkerhedsloven § 66)
 * @param paperPostWeekdays    weekdays after the letter's date a paper letter counts as received
 * @param deadlineToWeekday    a deadline on a weekend or public holiday runs to the next weekday
 * @param reconsiderationWeeks weeks after receipt to reconsider and forward (retssikkerhedsloven § 67)
 */
public record ComplaintDeadlineRule(LocalDate validFrom, LocalDate validTo, String source, int complaintWeeks,
                                    int paperPostWeekdays, boolean deadlineToWeekday, int reconsiderationWeeks) {

    /** Weekdays: Monday–Friday without public holidays (no municipal days off: the law counts weekdays). */
    static final DanishCalendar WEEKDAYS = new DanishCalendar(false, false, false);

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** The day the citizen got the decision: the letter's date by digital post, later by paper post. */
    public LocalDate received(LocalDate letterDate, LetterChannel channel) {
        return channel == LetterChannel.PAPER ? WEEKDAYS.plusWorkingDays(letterDate, paperPostWeekdays) : letterDate;
    }

    /** The last day a complaint is on time. */
    public LocalDate deadline(LocalDate letterDate, LetterChannel channel) {
        LocalDate last = received(letterDate, channel).plusWeeks(complaintWeeks);
        while (deadlineToWeekday && !WEEKDAYS.isWorkingDay(last)) {
            last = last.plusDays(1);
        }
        return last;
    }

    /** The day the reconsideration, and forwarding when the decision is maintained, is due. */
    public LocalDate reconsiderationDue(LocalDate receivedOn) {
        return receivedOn.plusWeeks(reconsiderationWeeks);
    }

    /** How a decision letter was sent (decision.letter_channel). */
    public enum LetterChannel { DIGITAL, PAPER }
}
