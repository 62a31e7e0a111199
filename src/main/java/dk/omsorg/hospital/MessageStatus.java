package dk.omsorg.hospital;

/** What became of a received hospital notification. */
public enum MessageStatus {
    /** Applied to the citizen's stay and absences. */
    PROCESSED,
    /** Applied, but it builds on a message not received (e.g. a discharge before an admission): staff check it. */
    OUT_OF_ORDER,
    /** For no citizen of the municipality: nothing applied, kept without its content so staff see it came. */
    REJECTED
}
