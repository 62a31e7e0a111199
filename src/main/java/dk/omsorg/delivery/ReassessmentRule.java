package dk.omsorg.delivery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A municipality's rule for when a grant's time must be reassessed (løbende justering/revisitation, seed 002,
 * Esbjerg): the time used may deviate from the granted time by ± {@code allowedDeviationPercent}; no adjustment
 * for changes under {@code minMinutesPerDelivery} per delivery and under {@code minMinutesPerWeek} a week on
 * average; a change counts only if it lasts more than {@code minDurationDays} days. Pure: no Spring, no database.
 *
 * <p><b>The reading at the boundaries</b> (it makes both of the seed's examples hold): a trailing week is
 * <em>outside the rule</em> when
 * <ul>
 *   <li>its deviation from the granted weekly minutes is more than the allowed percent (exactly 10 % is allowed),
 *   <li>and the change per delivery is at least {@code minMinutesPerDelivery} (exactly 10 counts) <em>or</em> the
 *       change per week is at least {@code minMinutesPerWeek} (exactly 20 counts);
 * </ul>
 * and the grant is flagged when such weeks run, day after day and in the same direction, for more than
 * {@code minDurationDays} days (15 days or more; 14 does not count).
 *
 * <p><b>Input: a daily series.</b> {@link #evaluate} takes the observed minutes per calendar day (each day of the
 * period present, 0 for a day with nothing), from the {@link #basis()} chosen (delivered or planned visits). Each
 * day from the 7th on closes a trailing week (that day and the 6 before); its minutes are compared with the
 * granted minutes per week, the change per delivery being the weekly change divided by the deliveries per week.
 * A run of consecutive days whose trailing week is outside the rule in the same direction is a deviation; its
 * first day is the first such day, and it has lasted as many days as the run is long. The latest run lasting more
 * than {@code minDurationDays} is reported, with the averages over the run. All comparisons are exact (integers).
 * So the series should begin 6 days before the first day of interest; a change shows from the first day its
 * trailing week is outside the rule, which for a small change may be some days after it began (a conservative
 * reading: it flags later, never earlier). Paused days (absence, seed 002 "Fravær") are left out: the clock stops.
 *
 * <p>The nightly scan ({@link ReassessmentScan}) applies the same reading in one SQL statement over all grants;
 * a test holds the two to the same results.
 */
public record ReassessmentRule(int allowedDeviationPercent, int minMinutesPerDelivery, int minMinutesPerWeek,
                               int minDurationDays, Basis basis, String source, Set<String> pausingReasons) {

    public static final int WEEK = 7;

    /** The reasons a visit was not delivered that can be given (VisitInput). */
    public static final Set<String> NOT_DELIVERED_REASONS =
            Set.of("CITIZEN_ABSENT", "HOSPITALISED", "CANCELLED_BY_CITIZEN", "REPLACEMENT_HELP");

    /**
     * Default: a day with a visit not delivered because the citizen was away, in hospital or got replacement help is
     * paused — a missed visit is not a changed need. A citizen's own cancellations count as time not used (0 minutes):
     * cancelling again and again may well mean less need.
     */
    public static final Set<String> DEFAULT_PAUSING_REASONS = Set.of("CITIZEN_ABSENT", "HOSPITALISED", "REPLACEMENT_HELP");

    public ReassessmentRule(int allowedDeviationPercent, int minMinutesPerDelivery, int minMinutesPerWeek,
                            int minDurationDays, Basis basis, String source) {
        this(allowedDeviationPercent, minMinutesPerDelivery, minMinutesPerWeek, minDurationDays, basis, source,
                DEFAULT_PAUSING_REASONS);
    }

    /** Which visits are compared with the granted time. */
    public enum Basis { DELIVERED, PLANNED }

    /** What a deviation crossed. */
    public enum Threshold {
        /** the deviation is outside ± the allowed percent */
        PERCENT,
        /** the change per delivery is at least the minimum per delivery */
        MINUTES_PER_DELIVERY,
        /** the change per week is at least the minimum per week */
        MINUTES_PER_WEEK,
        /** it lasted more than the minimum number of days */
        DURATION
    }

    /**
     * Minutes observed on one calendar day.
     *
     * @param paused the citizen was absent (fravær, seed 002) or a visit was not delivered for a pausing reason: the
     *               day is left out, so the trailing week is the last 7 days that are not paused, and a deviation's
     *               duration counts days that are not paused
     */
    public record DayMinutes(LocalDate date, int minutes, boolean paused) {
        public DayMinutes(LocalDate date, int minutes) {
            this(date, minutes, false);
        }

        public DayMinutes {
            Objects.requireNonNull(date, "date");
            if (minutes < 0) {
                throw new IllegalArgumentException("Minutes cannot be negative: " + date + " " + minutes);
            }
        }
    }

    /** The outcome for one grant. */
    public sealed interface Result permits WithinRule, Crossed {
        /** The explanation in Danish, for the caseworker. */
        String text();
    }

    /** No deviation outside the rule lasted long enough. */
    public record WithinRule(String text) implements Result {
    }

    /**
     * A deviation outside the rule that lasted more than the minimum days.
     *
     * @param thresholds       every threshold the run's averages crossed (always PERCENT and DURATION, and one or both of the minutes)
     * @param deviationPercent average deviation over the run, in percent of the granted weekly minutes (negative: less time used)
     * @param changePerDelivery average change per delivery over the run, in minutes (negative: less)
     * @param changePerWeek    average change per week over the run, in minutes (negative: less)
     * @param firstDay         the first day whose trailing week was outside the rule
     * @param daysLasted       how many consecutive days it was
     */
    public record Crossed(List<Threshold> thresholds, double deviationPercent, double changePerDelivery,
                          double changePerWeek, LocalDate firstDay, int daysLasted, String text) implements Result {
        public Crossed {
            thresholds = List.copyOf(thresholds);
        }

        public boolean increase() {
            return changePerWeek > 0;
        }
    }

    public ReassessmentRule {
        if (allowedDeviationPercent < 0 || minMinutesPerDelivery < 0 || minMinutesPerWeek < 0 || minDurationDays < 0) {
            throw new IllegalArgumentException("Reassessment thresholds cannot be negative");
        }
        Objects.requireNonNull(basis, "basis");
        pausingReasons = pausingReasons == null ? DEFAULT_PAUSING_REASONS : Set.copyOf(pausingReasons);
        if (!NOT_DELIVERED_REASONS.containsAll(pausingReasons)) {
            throw new IllegalArgumentException("Unknown pausing reasons: " + pausingReasons);
        }
    }

    /** Esbjerg's rule from seed 002: ± 10 %, 10 minutes per delivery, 20 minutes a week, more than 14 days, on delivered time. */
    public static ReassessmentRule seed002() {
        return new ReassessmentRule(10, 10, 20, 14, Basis.DELIVERED, "Esbjerg Kommune: Løbende justering/revisitation");
    }

    /**
     * @param grantedMinutesPerWeek the grant's granted minutes per week (visiteret tid pr. uge), more than 0
     * @param deliveriesPerWeek     how many times a week the grant is delivered, more than 0
     * @param days                  observed minutes per day, consecutive calendar days in order
     */
    public Result evaluate(int grantedMinutesPerWeek, int deliveriesPerWeek, List<DayMinutes> series) {
        if (grantedMinutesPerWeek <= 0 || deliveriesPerWeek <= 0) {
            throw new IllegalArgumentException("Granted minutes and deliveries per week must be more than 0: "
                    + grantedMinutesPerWeek + ", " + deliveriesPerWeek);
        }
        for (int i = 1; i < series.size(); i++) {
            if (!series.get(i).date().equals(series.get(i - 1).date().plusDays(1))) {
                throw new IllegalArgumentException("The days must be consecutive: " + series.get(i - 1).date() + " then " + series.get(i).date());
            }
        }
        List<DayMinutes> days = series.stream().filter(d -> !d.paused()).toList();
        // direction per closing day: +1 above, -1 below, 0 within the rule or no full week yet
        int[] change = new int[days.size()];
        int[] direction = new int[days.size()];
        int window = 0;
        for (int i = 0; i < days.size(); i++) {
            window += days.get(i).minutes();
            if (i >= WEEK) {
                window -= days.get(i - WEEK).minutes();
            }
            if (i >= WEEK - 1) {
                change[i] = window - grantedMinutesPerWeek;
                direction[i] = outside(change[i], grantedMinutesPerWeek, deliveriesPerWeek) ? Integer.signum(change[i]) : 0;
            }
        }
        int bestStart = -1;
        int bestEnd = -1;
        for (int i = 0; i < days.size(); ) {
            if (direction[i] == 0) {
                i++;
                continue;
            }
            int start = i;
            while (i + 1 < days.size() && direction[i + 1] == direction[start]) {
                i++;
            }
            if (i - start + 1 > minDurationDays) {
                bestStart = start;
                bestEnd = i;
            }
            i++;
        }
        if (bestStart < 0) {
            return new WithinRule(String.format(Locale.ROOT,
                    "Inden for reglen: ingen afvigelse over ± %d %% og på mindst %d min. pr. levering eller %d min. pr. uge "
                            + "har varet mere end %d dage (visiteret %d min. pr. uge, %d leveringer pr. uge).",
                    allowedDeviationPercent, minMinutesPerDelivery, minMinutesPerWeek, minDurationDays,
                    grantedMinutesPerWeek, deliveriesPerWeek));
        }
        int lasted = bestEnd - bestStart + 1;
        long sum = 0;
        for (int i = bestStart; i <= bestEnd; i++) {
            sum += change[i];
        }
        double perWeek = (double) sum / lasted;
        double perDelivery = perWeek / deliveriesPerWeek;
        double percent = perWeek * 100 / grantedMinutesPerWeek;
        List<Threshold> crossed = new ArrayList<>();
        crossed.add(Threshold.PERCENT);
        // averages of changes that are all at least the minimum are at least the minimum (compared exactly)
        if (Math.abs(sum) >= (long) minMinutesPerDelivery * deliveriesPerWeek * lasted) {
            crossed.add(Threshold.MINUTES_PER_DELIVERY);
        }
        if (Math.abs(sum) >= (long) minMinutesPerWeek * lasted) {
            crossed.add(Threshold.MINUTES_PER_WEEK);
        }
        crossed.add(Threshold.DURATION);
        LocalDate first = days.get(bestStart).date();
        String text = String.format(Locale.forLanguageTag("da-DK"),
                "Revurdering: det %s tidsforbrug afviger %s%.1f %% fra det visiterede (%d min. pr. uge) i %d dage fra %s "
                        + "— i gennemsnit %s%.1f min. pr. uge og %s%.1f min. pr. levering. Reglen: højst ± %d %%, "
                        + "ingen justering for ændringer under %d min. pr. levering og under %d min. pr. uge, "
                        + "og kun hvis ændringen varer mere end %d dage.",
                basis == Basis.DELIVERED ? "leverede" : "planlagte", sign(percent), percent, grantedMinutesPerWeek,
                lasted, first, sign(perWeek), perWeek, sign(perDelivery), perDelivery,
                allowedDeviationPercent, minMinutesPerDelivery, minMinutesPerWeek, minDurationDays);
        return new Crossed(crossed, percent, perDelivery, perWeek, first, lasted, text);
    }

    /** Outside ± the percent (exactly the percent is allowed) and at least the minutes per delivery or per week. */
    boolean outside(int changePerWeek, int grantedMinutesPerWeek, int deliveriesPerWeek) {
        long size = Math.abs((long) changePerWeek);
        boolean percent = size * 100 > (long) allowedDeviationPercent * grantedMinutesPerWeek;
        boolean perDelivery = size >= (long) minMinutesPerDelivery * deliveriesPerWeek;
        boolean perWeek = size >= minMinutesPerWeek;
        return percent && (perDelivery || perWeek);
    }

    private static String sign(double value) {
        return value > 0 ? "+" : "";
    }
}
