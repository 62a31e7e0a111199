package dk.omsorg.catalog;

/**
 * A frequency cap on one intervention: at most {@code max} deliveries per {@code every} {@code per} periods —
 * "Max. 1 gang ugentligt" is 1 per 1 WEEK, Greve's cleaning "hver 3. uge" is 1 per 3 WEEKs (seed 003).
 *
 * @param shift          narrows the cap to deliveries in one shift; null for all shifts
 * @param scope          CITIZEN, or HOUSEHOLD when the cap is shared by everyone in the household
 * @param maxMinutesEach the longest one delivery may be, when the standard says so; null otherwise
 * @param text           the standard's words, e.g. "Max. 1 gang ugentligt"
 */
public record Limit(int max, LimitPeriod per, int every, Shift shift, LimitScope scope, Integer maxMinutesEach,
                    String text) {

    /** A cap over one period. */
    public Limit(int max, LimitPeriod per, Shift shift, LimitScope scope, Integer maxMinutesEach, String text) {
        this(max, per, 1, shift, scope, maxMinutesEach, text);
    }

    public Limit {
        if (every < 1) {
            throw new IllegalArgumentException("A limit's interval must be positive");
        }
        if (every > 1 && per == LimitPeriod.NIGHT) {
            throw new IllegalArgumentException("A per-night limit has no interval");
        }
        if (max < 1) {
            throw new IllegalArgumentException("A limit's max must be positive");
        }
        if (per == null) {
            throw new IllegalArgumentException("A limit needs a period");
        }
        if (per == LimitPeriod.NIGHT && shift != null && shift != Shift.NIGHT) {
            throw new IllegalArgumentException("A per-night limit counts only the night shift");
        }
        if (maxMinutesEach != null && maxMinutesEach < 1) {
            throw new IllegalArgumentException("maxMinutesEach must be positive");
        }
        scope = scope == null ? LimitScope.CITIZEN : scope;
    }

    /** The shift the cap counts: its own, or the night shift for a per-night cap. */
    public Shift countedShift() {
        return per == LimitPeriod.NIGHT ? Shift.NIGHT : shift;
    }

    /** "Højst 1 gang dagligt i dagvagten", "Højst 1 gang pr. 3 uger", for when the standard gives no text. */
    public String describe() {
        String times = max == 1 ? "1 gang" : max + " gange";
        return "Højst " + times + " " + per.danish(every)
                + (shift != null && per != LimitPeriod.NIGHT ? " i " + shift.danish() : "")
                + (scope == LimitScope.HOUSEHOLD ? " pr. husstand" : "")
                + (maxMinutesEach != null ? ", højst " + maxMinutesEach + " minutter hver gang" : "");
    }

    /** The text to quote: the standard's own, or the description. */
    public String quote() {
        return text != null ? text : describe();
    }
}
