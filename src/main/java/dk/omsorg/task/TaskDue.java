package dk.omsorg.task;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * The due filter of the queue. Overdue work is part of "today" and "this week": what has to be done by then
 * includes what should have been done already.
 */
public enum TaskDue {
    /** Due before today. */
    OVERDUE,
    /** Due today or earlier. */
    TODAY,
    /** Due by Sunday of this week (Danish weeks start on Monday) or earlier. */
    WEEK,
    /** Every open task. */
    ALL;

    /** The first day not shown, or empty for {@link #ALL}. */
    public Optional<LocalDate> dueBefore(LocalDate today) {
        return switch (this) {
            case OVERDUE -> Optional.of(today);
            case TODAY -> Optional.of(today.plusDays(1));
            case WEEK -> Optional.of(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusDays(1));
            case ALL -> Optional.empty();
        };
    }

    /** "overdue", "today", "week", "all" (any case); empty for an unknown value. */
    public static Optional<TaskDue> parse(String text) {
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}
