package dk.omsorg.catalog;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A grant (bevilling) a caseworker proposes, as the policy engine checks it.
 *
 * @param interventionCode   the intervention's code in the municipality's catalogue
 * @param times              how many times per {@code every} {@code per} <em>in each of the listed shifts</em>:
 *                           {@code 1 per DAY} in {@code [DAY, EVENING]} is a morning and an evening
 *                           visit, twice a day in all
 * @param every              the interval in {@code per} units: 1 for "ugentligt", 3 for "hver 3. uge"
 * @param shifts             the shifts the help is given in; empty when not stated, which every
 *                           shift-specific cap then counts (the engine cannot tell which shift)
 * @param minutesPerDelivery granted minutes each time, 1–1440
 * @param end                the last day of a temporary grant; null when open
 */
public record ProposedGrant(String interventionCode, int times, FrequencyUnit per, int every, Set<Shift> shifts,
                            int minutesPerDelivery, LocalDate start, LocalDate end) {

    /** The most an interval may be: a year in weeks, days or months. */
    public static final int MAX_EVERY = 52;

    public ProposedGrant {
        shifts = shifts == null || shifts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(shifts));
    }

    /** A grant stated per one day or week (no interval). */
    public ProposedGrant(String interventionCode, int times, FrequencyUnit per, Set<Shift> shifts,
                         int minutesPerDelivery, LocalDate start, LocalDate end) {
        this(interventionCode, times, per, 1, shifts, minutesPerDelivery, start, end);
    }

    /** Whether the grant runs on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return start != null && !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    /** Whether two grants could be delivered in the same shift; an unstated shift could be any. */
    public boolean sharesShiftWith(ProposedGrant other) {
        return shifts.isEmpty() || other.shifts.isEmpty() || shifts.stream().anyMatch(other.shifts::contains);
    }

    /** The number of deliveries per {@code period}, counting only {@code shift} when given (see below). */
    public double deliveries(LimitPeriod period, Shift shift) {
        return deliveries(period, 1, shift);
    }

    /**
     * The average number of deliveries per {@code periodEvery} {@code period}s, counting only {@code shift} when
     * given (a per-night cap counts the night shift). Per day from a grant that is not daily is the fewest the busiest
     * day can have (3 a week → 1 a day, 8 a week → 2, every 3rd week → 1); otherwise an average: per month and year use
     * 365 days and 52 weeks a year, so "1 gang hver 3. uge" is 1 per 3 weeks and 52/3 a year.
     */
    public double deliveries(LimitPeriod period, int periodEvery, Shift shift) {
        Shift counted = period == LimitPeriod.NIGHT ? Shift.NIGHT : shift;
        int inShifts = shifts.isEmpty() ? 1 : counted == null ? shifts.size() : shifts.contains(counted) ? 1 : 0;
        int interval = Math.max(every, 1);
        boolean daily = per == FrequencyUnit.DAY;
        double count = switch (period) {
            case DAY, NIGHT -> daily ? (double) times / interval : Math.ceil(perWeek() / 7);
            case WEEK -> daily ? times * 7.0 / interval : perWeek();
            case MONTH -> daily ? times * 365.0 / 12 / interval : perWeek() * 52 / 12;
            case YEAR -> daily ? times * 365.0 / interval : perWeek() * 52;
        };
        return inShifts * count * Math.max(periodEvery, 1);
    }

    /** Deliveries per week in one listed shift, on average. */
    private double perWeek() {
        return times / (per.weeks() * Math.max(every, 1));
    }

    /**
     * Granted minutes per week on average, rounded half up to whole minutes: every 3rd week of 60 minutes is 20
     * minutes a week. {@code times} counts per listed shift; no shift stated counts as one.
     */
    public int weeklyMinutes() {
        return weeklyMinutes(times, per, every, shifts, minutesPerDelivery);
    }

    /** As {@link #weeklyMinutes()}; 0 when the frequency is not given. */
    public static int weeklyMinutes(int times, FrequencyUnit per, int every, Set<Shift> shifts, int minutesPerDelivery) {
        if (per == null || times < 1 || minutesPerDelivery < 1) {
            return 0;
        }
        long inShifts = shifts == null || shifts.isEmpty() ? 1 : shifts.size();
        double minutes = (double) times * inShifts * minutesPerDelivery / (per.weeks() * Math.max(every, 1));
        return Math.toIntExact(Math.round(minutes));
    }

    /** "2 gange dagligt i dagvagten og aftenvagten", "hver 3. uge", "2 gange hver 2. uge". */
    public String describe() {
        String frequency = (times == 1 ? every > 1 ? "" : "1 gang " : times + " gange ")
                + (per == null ? "" : per.danish(every));
        if (shifts.isEmpty()) {
            return frequency;
        }
        return frequency + " i " + String.join(" og ", EnumSet.copyOf(shifts).stream().map(Shift::danish).toList());
    }
}
