package dk.omsorg.decision;

/**
 * A change made after a complaint (efter klage, issue 18): the complaints module implements this, so a decision
 * changed with a complaint reference is checked against the complaint and linked to it in the change's transaction,
 * without this module knowing complaints. The change goes through {@link Decisions#change} like any other, with its
 * checks.
 */
public interface AfterComplaint {

    /**
     * Refuses the change (an {@link dk.omsorg.shared.InvalidInputException} on field {@code afterComplaintId}) when
     * the complaint is not one being reconsidered on this decision version, or the change is a minor adjustment.
     */
    void checkChange(long complaintId, Decision current, boolean minorAdjustment);

    /** The changed version was saved: the complaint records it as its changed decision. */
    void changed(long complaintId, Decision changed);
}
