package dk.omsorg.catalog;

/** The period a grant's frequency is stated in: so many times per day or per week. */
public enum FrequencyUnit {
    DAY("dagligt"),
    WEEK("ugentligt");

    private final String danish;

    FrequencyUnit(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }
}
