package dk.omsorg.inquiry;

/** Who the inquiry came from (seed 003 "Hvordan søges om hjælpen?"). */
public enum InquirySource {
    CITIZEN,
    RELATIVE,
    GP,
    HOSPITAL,
    PROVIDER,
    OTHER;

    /** Anyone but the citizen applies on the citizen's behalf, and needs consent. */
    public boolean isThirdParty() {
        return this != CITIZEN;
    }
}
