package dk.omsorg.catalog;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A grant (bevilling) a caseworker proposes, as the policy engine checks it.
 *
 * @param interventionCode   the intervention's code in the municipality's catalogue
 * @param times              how many times per {@code per} <em>in each of the listed shifts</em>:
 *                           {@code 1 per DAY} in {@code [DAY, EVENING]} is a morning and an evening
 *                           visit, twice a day in all
 * @param shifts             the shifts the help is given in; empty when not stated, which every
 *                           shift-specific cap then counts (the engine cannot tell which shift)
 * @param minutesPerDelivery granted minutes each time, 1–1440
 * @param end                the last day of a temporary grant; null when open
 */
public record ProposedGrant(String interventionCode, int times, FrequencyUnit per, Set<Shift> shifts,
                            int minutesPerDelivery, LocalDate start, LocalDate end) {

    public ProposedGrant {
        shifts = shifts == null || shifts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(shifts));
    }

    /** Whether the grant runs on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return start != null && !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    /** Whether two grants could be delivered in the same shift; an unstated shift could be any. */
    public boolean sharesShiftWith(ProposedGrant other) {
        return shifts.isEmpty() || other.shifts.isEmpty() || shifts.stream().anyMatch(other.shifts::contains);
    }

    /**
     * The average number of deliveries per {@code period}, counting only {@code shift} when given
     * (a per-night cap counts the night shift). Per day from a weekly grant is the fewest the
     * busiest day can have (3 a week → 1 a day, 8 a week → 2); per month and year use 365 days
     * and 52 weeks a year.
     */
    public double deliveries(LimitPeriod period, Shift shift) {
        Shift counted = period == LimitPeriod.NIGHT ? Shift.NIGHT : shift;
        int inShifts = shifts.isEmpty() ? 1 : counted == null ? shifts.size() : shifts.contains(counted) ? 1 : 0;
        boolean daily = per == FrequencyUnit.DAY;
        double count = switch (period) {
            case DAY, NIGHT -> daily ? times : Math.ceil(times / 7.0);
            case WEEK -> daily ? times * 7.0 : times;
            case MONTH -> daily ? times * 365.0 / 12 : times * 52.0 / 12;
            case YEAR -> daily ? times * 365.0 : times * 52.0;
        };
        return inShifts * count;
    }

    /** "2 gange dagligt i dagvagten og aftenvagten". */
    public String describe() {
        String frequency = (times == 1 ? "1 gang " : times + " gange ") + (per == null ? "" : per.danish());
        if (shifts.isEmpty()) {
            return frequency;
        }
        return frequency + " i " + String.join(" og ", EnumSet.copyOf(shifts).stream().map(Shift::danish).toList());
    }
}
