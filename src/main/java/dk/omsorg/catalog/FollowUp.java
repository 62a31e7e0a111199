package dk.omsorg.catalog;

/** When a grant is followed up (opfølgning): every {@code months} months, and/or as the text says. */
public record FollowUp(Integer months, String text) {

    public FollowUp {
        if (months != null && months < 1) {
            throw new IllegalArgumentException("Follow-up months must be positive");
        }
        if (months == null && text == null) {
            throw new IllegalArgumentException("A follow-up needs months or a text");
        }
    }
}
