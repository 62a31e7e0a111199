package dk.omsorg.pools;

/** What a pool holds (glossary: ledsageordning, afløsning, aflastning). */
public enum PoolKind {
    /** § 97 ledsageordning: hours accrue each month, may be saved, lapse. */
    COMPANION_HOURS,
    /** § 84 afløsning in the home: the grant's hours per 12 months. */
    RELIEF_HOURS,
    /** § 84 aflastning outside the home: the grant's days (døgn) per 12 months. */
    RESPITE_DAYS;

    public boolean days() {
        return this == RESPITE_DAYS;
    }
}
