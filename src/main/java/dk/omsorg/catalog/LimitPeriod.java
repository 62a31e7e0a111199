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
}
