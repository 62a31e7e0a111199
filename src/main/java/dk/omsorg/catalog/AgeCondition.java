package dk.omsorg.catalog;

import java.time.LocalDate;

/**
 * What an area's standard says about the citizen's age (seed 001: "personer over 18 år", "mellem 18 år og
 * folkepensionsalderen", "Personer, der er bevilget ledsagelse før folkepensionsalderen, bevarer ordningen").
 *
 * @param from             the citizen must have reached this age when the grant starts; null when no lower limit
 * @param until            help ends when the citizen reaches this age: a grant cannot start at or after it, and a
 *                         grant's end is set to the day before (or the end of that month); null when none
 * @param firstGrantBefore a first grant only before this age on the decision's date; a grant made earlier continues
 *                         after it; null when none
 * @param endOfMonth       help that ends at {@code until} runs to the end of the month the age is reached
 *                         ("bortfalder ved udgangen af den måned"), not to the day before
 * @param text             the standard's own words, quoted in findings
 */
public record AgeCondition(Integer from, Limit until, Limit firstGrantBefore, boolean endOfMonth, String text) {

    public AgeCondition {
        if (from == null && until == null && firstGrantBefore == null) {
            throw new IllegalArgumentException("An age condition needs from, until or firstGrantBefore");
        }
        if (from != null && from < 0) {
            throw new IllegalArgumentException("An age cannot be negative");
        }
    }

    /** An age limit: a number of years, or the folkepension age by the citizen's birth date. */
    public record Limit(Integer years) {

        public static final Limit FOLKEPENSION = new Limit(null);

        public Limit {
            if (years != null && years < 1) {
                throw new IllegalArgumentException("An age limit must be positive");
            }
        }

        public boolean folkepension() {
            return years == null;
        }

        /** The day a person born on {@code birthDate} reaches the limit. */
        public LocalDate reachedOn(LocalDate birthDate, FolkepensionAge pension) {
            return years == null ? pension.reachedOn(birthDate) : birthDate.plusYears(years);
        }

        /** "folkepensionsalderen", "67 år". */
        public String danish() {
            return years == null ? "folkepensionsalderen" : years + " år";
        }
    }
}
