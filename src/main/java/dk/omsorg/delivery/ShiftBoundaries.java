package dk.omsorg.delivery;

import java.time.LocalTime;

/**
 * When a municipality's shifts (vagtlag) begin: day from {@code day} until {@code evening}, evening until
 * {@code night}, night until the next day's {@code day}. A delivered visit's shift follows its start time.
 */
public record ShiftBoundaries(LocalTime day, LocalTime evening, LocalTime night) {

    public ShiftBoundaries {
        if (day == null || evening == null || night == null || !day.isBefore(evening) || !evening.isBefore(night)) {
            throw new IllegalArgumentException("Shift boundaries must be day < evening < night: " + day + ", " + evening + ", " + night);
        }
    }

    /** The shift a visit starting at {@code time} belongs to. */
    public String shiftOf(LocalTime time) {
        return !time.isBefore(day) && time.isBefore(evening) ? "DAY" : !time.isBefore(evening) && time.isBefore(night) ? "EVENING" : "NIGHT";
    }
}
