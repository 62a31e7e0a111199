package dk.omsorg.provider;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a switch of provider takes effect: the municipality's notice in whole months, optionally only on
 * the first day of a month.
 * <ul>
 * <li>The notice ends {@code noticeMonths} after the request, on the same day of the month; when that
 * month has no such day (the 31st, 29 February outside leap years) on its last day:
 * 31 January + 1 month = 28 February (29 February in a leap year); 31 March + 1 month = 30 April.</li>
 * <li>With {@code onFirstOfMonth} the switch takes effect on the first 1st of a month on or after that day:
 * 10 March → 10 April → 1 May; 1 March → 1 April; 31 January → 28/29 February → 1 March.</li>
 * </ul>
 * Greve (seed 003): "med en måneds varsel til den 1. i en måned" = 1 month, on the 1st. Esbjerg (seed 002):
 * "Leverandøren kan opsiges med en måneds varsel" = 1 month, any day.
 *
 * @param text the rule in the municipality's words, for the caseworker and the citizen
 */
public record SwitchRule(int noticeMonths, boolean onFirstOfMonth, String text) {

    public SwitchRule {
        if (noticeMonths < 0) {
            throw new IllegalArgumentException("The notice cannot be negative");
        }
        Objects.requireNonNull(text, "text");
    }

    /** The first day a switch requested on {@code requestedOn} can take effect. */
    public LocalDate earliestEffective(LocalDate requestedOn) {
        LocalDate noticeEnds = requestedOn.plusMonths(noticeMonths); // java.time clamps to the month's last day
        if (!onFirstOfMonth || noticeEnds.getDayOfMonth() == 1) {
            return noticeEnds;
        }
        return noticeEnds.withDayOfMonth(1).plusMonths(1);
    }

    /** Whether a switch requested on {@code requestedOn} may take effect on {@code day}. */
    public boolean allows(LocalDate requestedOn, LocalDate day) {
        return !day.isBefore(earliestEffective(requestedOn)) && (!onFirstOfMonth || day.getDayOfMonth() == 1);
    }
}
