package dk.omsorg.catalog;

/**
 * A frequency cap on one intervention: at most {@code max} deliveries {@code per} period.
 *
 * @param shift          narrows the cap to deliveries in one shift; null for all shifts
 * @param scope          CITIZEN, or HOUSEHOLD when the cap is shared by everyone in the household
 * @param maxMinutesEach the longest one delivery may be, when the standard says so; null otherwise
 * @param text           the standard's words, e.g. "Max. 1 gang ugentligt"
 */
public record Limit(int max, LimitPeriod per, Shift shift, LimitScope scope, Integer maxMinutesEach, String text) {

    public Limit {
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

    /** "Højst 1 gang dagligt i dagvagten", for when the standard gives no text. */
    public String describe() {
        String times = max == 1 ? "1 gang" : max + " gange";
        return "Højst " + times + " " + per.danish()
                + (shift != null && per != LimitPeriod.NIGHT ? " i " + shift.danish() : "")
                + (scope == LimitScope.HOUSEHOLD ? " pr. husstand" : "")
                + (maxMinutesEach != null ? ", højst " + maxMinutesEach + " minutter hver gang" : "");
    }

    /** The text to quote: the standard's own, or the description. */
    public String quote() {
        return text != null ? text : describe();
    }
}
