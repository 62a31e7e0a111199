package dk.omsorg.complaint;

/** Where a complaint is. Stored by name; Danish names in messages ({@code complaint.status.*}). */
public enum ComplaintStatus {
    /** Registered; the authority reconsiders the decision. */
    RECONSIDERING,
    /** Full agreement (medhold): the decision was changed; nothing goes on. */
    AGREED,
    /** Maintained in full or in part: to be sent to Ankestyrelsen. */
    FORWARDING,
    /** Sent to Ankestyrelsen. */
    FORWARDED,
    /** Ankestyrelsen has decided. */
    APPEAL_DECIDED,
    /** The parts complained about cannot be appealed (§§ 82 a, 82 b): answered so, not forwarded. */
    NOT_APPEALABLE
}
