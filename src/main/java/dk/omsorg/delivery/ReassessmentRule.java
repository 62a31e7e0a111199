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
 * <p><b>The comparison window.</b> A grant is compared over a window of {@code windowDays} days that is no shorter
 * than its own period (7 for a grant per day or per week; a grant every 3rd week needs 21, so the two weeks without
 * a visit are no deviation): the minutes observed in a window against the granted minutes per window.
 *
 * <p><b>The reading at the boundaries</b> (it makes both of the seed's examples hold): a window is <em>outside the
 * rule</em> when
 * <ul>
 *   <li>its deviation from the granted minutes per window is more than the allowed percent (exactly 10 % is allowed),
 *   <li>and the change per delivery is at least {@code minMinutesPerDelivery} (exactly 10 counts) <em>or</em> the
 *       change per week (the window's change × 7 / windowDays) is at least {@code minMinutesPerWeek} (exactly 20
 *       counts).
 * </ul>
 *
 * <p><b>How long a change lasted</b> (seed 002: "for en periode på mere end 14 dage"). Input is a daily series:
 * the observed minutes per calendar day from the {@link #basis()} chosen. Each day from the window's length on
 * closes a trailing window. A run of consecutive days whose trailing window is outside the rule in the same
 * direction finds an <em>episode</em>; the days it covers are the run's windows (from the first window's first day
 * to the run's last day). The windows stretch a change (a 14-day change leaves trailing windows outside the rule
 * for up to 20 days), so the episode is trimmed to the days the change actually showed:
 * <ul>
 *   <li>its <b>first day</b> is the first day in the run's first window whose minutes differ, in the episode's
 *       direction, from the minutes one window earlier (the same weekday for a 7-day window): the day that changed.
 *       When the first window is the series' first (nothing earlier to compare with), it is the series' first day.
 *   <li>its <b>last day</b> is the last day in the run's last window whose minutes differ, in the episode's
 *       direction, from the minutes one window later: the last changed day before it went back. When the last
 *       window ends the series (the change goes on), it is the series' last day: the last day observed.
 * </ul>
 * Such days always exist: a window turns outside the rule only on a day that differs from the day one window
 * before it, and turns back only when a day of the last window is followed one window later by a day that differs
 * back. It <b>lasted</b> from its first to its last day, both counted: a daily 30 min delivered as 45 for exactly 14
 * days, then 30 again, lasted 14 days and is not flagged; once a week 5 min delivered as 20 on three Mondays, then 5
 * again, lasted 15 days (first to third Monday) and is flagged. It is flagged when it lasted more than
 * {@code minDurationDays} days; the latest such episode (by its run's last day) is reported. The averages (change
 * per week, per delivery, percent) are over the run's windows, so a steady change reports its own size (+15 min per
 * delivery for the first example). All comparisons are exact (integers). Paused days (absence, seed 002 "Fravær")
 * are left out: the clock stops, and windows, "one window earlier" and the days lasted count only days not paused.
 *
 * <p>The nightly scan ({@link ReassessmentScan}) applies the same reading in one SQL statement over all grants;
 * a test holds the two to the same results.
 *
 * @param name the rule's Danish name as people read it on a flag, e.g. "Esbjerg Kommunes regel for løbende
 *             justering" (from the policy file; never where the file came from)
 * @param source where the rule comes from, for the people maintaining the policy file; never shown
 */
public record ReassessmentRule(int allowedDeviationPercent, int minMinutesPerDelivery, int minMinutesPerWeek,
                               int minDurationDays, Basis basis, String name, String source, Set<String> pausingReasons) {

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
                            int minDurationDays, Basis basis, String name, String source) {
        this(allowedDeviationPercent, minMinutesPerDelivery, minMinutesPerWeek, minDurationDays, basis, name, source,
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
     * @param deviationPercent average deviation over the run, in percent of the granted minutes per window (negative: less time used)
     * @param changePerDelivery average change per delivery over the run, in minutes (negative: less)
     * @param changePerWeek    average change per week over the run, in minutes (negative: less)
     * @param firstDay         the first day of the change (see the class comment: the episode trimmed)
     * @param lastDay          the last day of the change, or the last day observed while it goes on
     * @param daysLasted       the days it lasted, first and last day included (paused days left out)
     */
    public record Crossed(List<Threshold> thresholds, double deviationPercent, double changePerDelivery,
                          double changePerWeek, LocalDate firstDay, LocalDate lastDay, int daysLasted, String text)
            implements Result {
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
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A reassessment rule needs its Danish name");
        }
        pausingReasons = pausingReasons == null ? DEFAULT_PAUSING_REASONS : Set.copyOf(pausingReasons);
        if (!NOT_DELIVERED_REASONS.containsAll(pausingReasons)) {
            throw new IllegalArgumentException("Unknown pausing reasons: " + pausingReasons);
        }
    }

    /** Esbjerg's rule from seed 002: ± 10 %, 10 minutes per delivery, 20 minutes a week, more than 14 days, on planned time. */
    public static ReassessmentRule seed002() {
        return new ReassessmentRule(10, 10, 20, 14, Basis.PLANNED, "Esbjerg Kommunes regel for løbende justering",
                "Esbjerg Kommune: Løbende justering/revisitation");
    }

    /**
     * @param windowDays          the comparison window in days, at least 1 and no shorter than the grant's own period
     *                            (7 for a grant per day or per week)
     * @param grantedPerWindow    the grant's granted minutes per window (visiteret tid), more than 0
     * @param deliveriesPerWindow how many times the grant is delivered per window, more than 0
     * @param series              observed minutes per day, consecutive calendar days in order
     */
    public Result evaluate(int windowDays, int grantedPerWindow, int deliveriesPerWindow, List<DayMinutes> series) {
        if (windowDays <= 0 || grantedPerWindow <= 0 || deliveriesPerWindow <= 0) {
            throw new IllegalArgumentException("Window, granted minutes and deliveries per window must be more than 0: "
                    + windowDays + ", " + grantedPerWindow + ", " + deliveriesPerWindow);
        }
        for (int i = 1; i < series.size(); i++) {
            if (!series.get(i).date().equals(series.get(i - 1).date().plusDays(1))) {
                throw new IllegalArgumentException("The days must be consecutive: " + series.get(i - 1).date() + " then " + series.get(i).date());
            }
        }
        List<DayMinutes> days = series.stream().filter(d -> !d.paused()).toList();
        int n = days.size();
        int w = windowDays;
        // change and direction per closing day: +1 above, -1 below, 0 within the rule or no full window yet
        int[] change = new int[n];
        int[] direction = new int[n];
        // per day: how it differs from the day one window earlier / later (+1, -1; 0 also where there is none)
        int[] sinceEarlier = new int[n];
        int[] untilLater = new int[n];
        int window = 0;
        for (int i = 0; i < n; i++) {
            int minutes = days.get(i).minutes();
            window += minutes;
            if (i >= w) {
                window -= days.get(i - w).minutes();
            }
            if (i >= w - 1) {
                change[i] = window - grantedPerWindow;
                direction[i] = outside(change[i], w, grantedPerWindow, deliveriesPerWindow) ? Integer.signum(change[i]) : 0;
            }
            sinceEarlier[i] = i >= w ? Integer.signum(minutes - days.get(i - w).minutes()) : 0;
            untilLater[i] = i + w < n ? Integer.signum(minutes - days.get(i + w).minutes()) : 0;
        }
        int bestFirst = -1;
        int bestLast = -1;
        int bestRunStart = -1;
        int bestRunEnd = -1;
        for (int i = 0; i < n; ) {
            if (direction[i] == 0) {
                i++;
                continue;
            }
            int start = i;
            int d = direction[start];
            while (i + 1 < n && direction[i + 1] == d) {
                i++;
            }
            // the first window's days, and the last window's: where the change began and where it went back
            int firstFrom = Math.max(0, start - w + 1);
            int lastFrom = Math.max(0, i - w + 1);
            int first = firstFrom;
            for (int k = firstFrom; k <= start; k++) {
                if (sinceEarlier[k] == d) {
                    first = k;
                    break;
                }
            }
            int last = i;
            for (int k = i; k >= lastFrom; k--) {
                if (untilLater[k] == d) {
                    last = k;
                    break;
                }
            }
            if (last - first + 1 > minDurationDays) {
                bestFirst = first;
                bestLast = last;
                bestRunStart = start;
                bestRunEnd = i;
            }
            i++;
        }
        String per = per(w);
        if (bestFirst < 0) {
            return new WithinRule(String.format(Locale.ROOT,
                    "Inden for reglen: ingen afvigelse over ± %d %% og på mindst %d min. pr. levering eller %d min. pr. uge "
                            + "har varet mere end %d dage (visiteret %d min. og %d leveringer %s).",
                    allowedDeviationPercent, minMinutesPerDelivery, minMinutesPerWeek, minDurationDays,
                    grantedPerWindow, deliveriesPerWindow, per));
        }
        int windows = bestRunEnd - bestRunStart + 1;
        int lasted = bestLast - bestFirst + 1;
        long sum = 0;
        for (int i = bestRunStart; i <= bestRunEnd; i++) {
            sum += change[i];
        }
        double perWindow = (double) sum / windows;
        double perWeek = perWindow * WEEK / w;
        double perDelivery = perWindow / deliveriesPerWindow;
        double percent = perWindow * 100 / grantedPerWindow;
        List<Threshold> crossed = new ArrayList<>();
        crossed.add(Threshold.PERCENT);
        // averages of changes that are all at least the minimum are at least the minimum (compared exactly)
        if (Math.abs(sum) >= (long) minMinutesPerDelivery * deliveriesPerWindow * windows) {
            crossed.add(Threshold.MINUTES_PER_DELIVERY);
        }
        if (Math.abs(sum) * WEEK >= (long) minMinutesPerWeek * w * windows) {
            crossed.add(Threshold.MINUTES_PER_WEEK);
        }
        crossed.add(Threshold.DURATION);
        LocalDate first = days.get(bestFirst).date();
        LocalDate last = days.get(bestLast).date();
        String text = String.format(Locale.forLanguageTag("da-DK"),
                "Revurdering: det %s tidsforbrug afviger %s%.1f %% fra det visiterede (%d min. %s) i %d dage fra %s "
                        + "— i gennemsnit %s%.1f min. pr. uge og %s%.1f min. pr. levering. %s: højst ± %d %%, "
                        + "ingen justering for ændringer under %d min. pr. levering og under %d min. pr. uge, "
                        + "og kun hvis ændringen varer mere end %d dage.",
                basis == Basis.DELIVERED ? "leverede" : "planlagte", sign(percent), percent, grantedPerWindow, per,
                lasted, first, sign(perWeek), perWeek, sign(perDelivery), perDelivery, name,
                allowedDeviationPercent, minMinutesPerDelivery, minMinutesPerWeek, minDurationDays);
        return new Crossed(crossed, percent, perDelivery, perWeek, first, last, lasted, text);
    }

    /**
     * Outside ± the percent (exactly the percent is allowed) and at least the minutes per delivery or per week (the
     * window's change scaled to 7 days, compared exactly: change × 7 ≥ minimum × windowDays).
     */
    boolean outside(int changePerWindow, int windowDays, int grantedPerWindow, int deliveriesPerWindow) {
        long size = Math.abs((long) changePerWindow);
        boolean percent = size * 100 > (long) allowedDeviationPercent * grantedPerWindow;
        boolean perDelivery = size >= (long) minMinutesPerDelivery * deliveriesPerWindow;
        boolean perWeek = size * WEEK >= (long) minMinutesPerWeek * windowDays;
        return percent && (perDelivery || perWeek);
    }

    /** "pr. uge", "pr. 3 uger", "pr. 30 dage": the window in Danish. */
    static String per(int windowDays) {
        if (windowDays == WEEK) {
            return "pr. uge";
        }
        return windowDays % WEEK == 0 ? "pr. " + windowDays / WEEK + " uger" : "pr. " + windowDays + " dage";
    }

    private static String sign(double value) {
        return value > 0 ? "+" : "";
    }
}
