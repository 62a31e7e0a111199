package dk.omsorg.catalog;

/**
 * The period a grant's frequency is stated in: so many times per day, week, month or year, or — with an interval
 * of k &gt; 1 — every k-th of them: Greve's cleaning "hver 3. uge" is once per WEEK every 3, its laundry "hver 2. uge"
 * once per WEEK every 2 (seed 003); the social area counts hours per month and days per 12 months (seed 001).
 */
public enum FrequencyUnit {
    DAY("dagligt", "dag", "hver"),
    WEEK("ugentligt", "uge", "hver"),
    MONTH("om måneden", "måned", "hver"),
    YEAR("om året", "år", "hvert");

    private final String danish;
    private final String singular;
    private final String each;

    FrequencyUnit(String danish, String singular, String each) {
        this.danish = danish;
        this.singular = singular;
        this.each = each;
    }

    /** "ugentligt", as in "1 gang ugentligt". */
    public String danish() {
        return danish;
    }

    /** "ugentligt" for every 1, "hver 3. uge" for every 3, "hvert 2. år". */
    public String danish(int every) {
        return every <= 1 ? danish : each + " " + every + ". " + singular;
    }

    /** Average weeks in one period of this unit: a month is 52/12 weeks, a year 52 (as the caps count them). */
    public double weeks() {
        return switch (this) {
            case DAY -> 1.0 / 7;
            case WEEK -> 1;
            case MONTH -> 52.0 / 12;
            case YEAR -> 52;
        };
    }
}
