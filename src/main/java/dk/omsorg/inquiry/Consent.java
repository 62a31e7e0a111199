package dk.omsorg.inquiry;

/**
 * The citizen's consent to an application made on their behalf (seed 003: "Sker ansøgningen fra
 * andre end borgeren selv, skal borgeren have samtykket til, at der søges om hjælp på borgerens
 * vegne").
 */
public enum Consent {
    /** No consent recorded: refused for third-party inquiries, never stored. */
    NOT_RECORDED,
    GIVEN_ORALLY,
    GIVEN_IN_WRITING,
    /** The citizen applies personally. */
    NOT_NEEDED
}
