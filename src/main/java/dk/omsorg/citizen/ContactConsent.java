package dk.omsorg.citizen;

/**
 * The citizen's consent that the municipality may talk with the contact about the citizen's case, as the
 * inquiry's {@code Consent} records consent to an application made on the citizen's behalf: none, given orally
 * (noted by the caseworker) or given in writing. A guardian or a holder of power of attorney rests on the
 * appointment itself; the consent is still recorded as given.
 */
public enum ContactConsent {
    NONE,
    ORAL,
    WRITTEN
}
