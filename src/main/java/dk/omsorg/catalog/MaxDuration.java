package dk.omsorg.catalog;

import java.time.LocalDate;

/** How long temporary help may be granted for; a longer grant needs a reason. */
public record MaxDuration(int amount, Unit unit, String text) {

    public MaxDuration {
        if (amount < 1 || unit == null) {
            throw new IllegalArgumentException("A max duration must be a positive number of days, weeks or months");
        }
    }

    /**
     * The latest end date of a grant starting on {@code start}. A grant from 1 January to 1 April
     * is taken as within three months: caseworkers write periods that way, and a warning for the
     * one day would only be noise.
     */
    public LocalDate latestEnd(LocalDate start) {
        return switch (unit) {
            case DAYS -> start.plusDays(amount);
            case WEEKS -> start.plusWeeks(amount);
            case MONTHS -> start.plusMonths(amount);
        };
    }

    /** "højst 3 måneder". */
    public String describe() {
        return "højst " + amount + " " + switch (unit) {
            case DAYS -> amount == 1 ? "dag" : "dage";
            case WEEKS -> amount == 1 ? "uge" : "uger";
            case MONTHS -> amount == 1 ? "måned" : "måneder";
        };
    }

    public String quote() {
        return text != null ? text : describe();
    }

    public enum Unit {
        DAYS, WEEKS, MONTHS
    }
}
