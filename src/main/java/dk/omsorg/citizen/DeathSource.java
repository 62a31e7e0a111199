package dk.omsorg.citizen;

/** Who told the municipality that a citizen died (issue 20, the death path). */
public enum DeathSource {
    /** A MedCom hospital notification with the patient deceased: the hospital is authoritative, recorded at once. */
    HOSPITAL,
    /** A provider's notice of the death, confirmed by a caseworker. */
    PROVIDER,
    /** Recorded by a caseworker. */
    CASEWORKER
}
