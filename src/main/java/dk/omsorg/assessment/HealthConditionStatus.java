package dk.omsorg.assessment;

/** What the caseworker concluded about one health condition. */
public enum HealthConditionStatus {
    /** Aktuel: the condition applies to the citizen and is described in the note. */
    NOTED,
    /** Ikke relevant: considered, and it does not apply. */
    NOT_RELEVANT
}
