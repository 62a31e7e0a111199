package dk.omsorg.catalog;

/** The parts of the day help is planned and paid in (vagtlag). */
public enum Shift {
    DAY("dagvagten"),
    EVENING("aftenvagten"),
    NIGHT("nattevagten");

    private final String danish;

    Shift(String danish) {
        this.danish = danish;
    }

    /** "dagvagten", as in "i dagvagten". */
    public String danish() {
        return danish;
    }
}
