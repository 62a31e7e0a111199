package dk.omsorg.catalog;

import java.time.LocalTime;

/**
 * When a municipality's shifts begin, for comparing a grant's shifts with a delivery window: day from
 * {@code day} until {@code evening}, evening until {@code night}, night until the next day's {@code day}. Read
 * from the same configuration as the delivery module's shift boundaries ({@code omsorg.delivery.shifts}), so
 * the check and the registered visits agree.
 */
public record ShiftHours(LocalTime day, LocalTime evening, LocalTime night) {

    /** The common Danish home-care split: day 07–15, evening 15–23, night 23–07. */
    public static final ShiftHours STANDARD = new ShiftHours(LocalTime.of(7, 0), LocalTime.of(15, 0), LocalTime.of(23, 0));

    public ShiftHours {
        if (day == null || evening == null || night == null || !day.isBefore(evening) || !evening.isBefore(night)) {
            throw new IllegalArgumentException("Shift hours must be day < evening < night");
        }
    }

    public LocalTime from(Shift shift) {
        return switch (shift) {
            case DAY -> day;
            case EVENING -> evening;
            case NIGHT -> night;
        };
    }

    public LocalTime to(Shift shift) {
        return switch (shift) {
            case DAY -> evening;
            case EVENING -> night;
            case NIGHT -> day;
        };
    }
}
