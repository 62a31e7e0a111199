package dk.omsorg.catalog;

/** The period a frequency cap counts over. {@code NIGHT} is per day, counting only the night shift. */
public enum LimitPeriod {
    DAY("dagligt"),
    WEEK("ugentligt"),
    MONTH("om måneden"),
    YEAR("om året"),
    NIGHT("pr. nat");

    private final String danish;

    LimitPeriod(String danish) {
        this.danish = danish;
    }

    /** "ugentligt", as in "højst 1 gang ugentligt". */
    public String danish() {
        return danish;
    }

    /** "ugentligt" for every 1; "pr. 3 uger" for a cap counted over 3 weeks ("højst 2 gange pr. 3 uger"). */
    public String danish(int every) {
        if (every <= 1) {
            return danish;
        }
        return "pr. " + every + " " + switch (this) {
            case DAY, NIGHT -> "dage";
            case WEEK -> "uger";
            case MONTH -> "måneder";
            case YEAR -> "år";
        };
    }
}
