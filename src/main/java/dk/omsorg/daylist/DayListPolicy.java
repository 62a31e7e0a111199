package dk.omsorg.daylist;

import java.time.LocalDate;

/**
 * A municipality's rule for its outage day lists in force from a day (day-lists.yaml): how many days ahead the list
 * holds, from and including the first day, and how many days before it ("the last 3 days and 3 days ahead", issue 21).
 */
public record DayListPolicy(LocalDate validFrom, int daysAhead, int daysBack) {

    /** The rule used where a municipality has no file: three days ahead, none back. */
    public static final DayListPolicy FALLBACK = new DayListPolicy(LocalDate.of(2000, 1, 1), 3, 0);

    /** The first day the list shows for a list starting on {@code first}. */
    public LocalDate from(LocalDate first) {
        return first.minusDays(daysBack);
    }

    /** The last day the list shows for a list starting on {@code first}. */
    public LocalDate to(LocalDate first) {
        return first.plusDays(daysAhead - 1L);
    }
}
