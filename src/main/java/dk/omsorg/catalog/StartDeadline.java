package dk.omsorg.catalog;

import java.time.LocalDate;

/**
 * How soon help must start after the decision: a number of Danish working days, calendar days or
 * weeks, or the same day.
 */
public record StartDeadline(Kind kind, int amount, String text) {

    public StartDeadline {
        if (kind == null) {
            throw new IllegalArgumentException("A start deadline needs a kind");
        }
        if (kind == Kind.SAME_DAY) {
            amount = 0;
        } else if (amount < 1) {
            throw new IllegalArgumentException("A start deadline must be a positive number of " + kind);
        }
    }

    /** The last day the help may start when the decision is made on {@code decidedOn}. */
    public LocalDate startBy(LocalDate decidedOn, DanishCalendar calendar) {
        return switch (kind) {
            case WORKING_DAYS -> calendar.plusWorkingDays(decidedOn, amount);
            case DAYS -> decidedOn.plusDays(amount);
            case WEEKS -> decidedOn.plusWeeks(amount);
            case SAME_DAY -> decidedOn;
        };
    }

    /** "senest 3 hverdage efter afgørelsen". */
    public String describe() {
        return switch (kind) {
            case WORKING_DAYS -> "senest " + amount + (amount == 1 ? " hverdag" : " hverdage") + " efter afgørelsen";
            case DAYS -> "senest " + amount + (amount == 1 ? " dag" : " dage") + " efter afgørelsen";
            case WEEKS -> "senest " + amount + (amount == 1 ? " uge" : " uger") + " efter afgørelsen";
            case SAME_DAY -> "samme dag som afgørelsen";
        };
    }

    public String quote() {
        return text != null ? text : describe();
    }

    public enum Kind {
        WORKING_DAYS, DAYS, WEEKS, SAME_DAY
    }
}
