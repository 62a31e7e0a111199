package dk.omsorg.decision;

import dk.omsorg.catalog.DecisionAuthority;

import java.time.Instant;

/**
 * A recommendation (indstilling): a decision a caseworker composed above their authority, waiting for the leader or
 * the committee (the leader acting as its secretary) to approve it. Not a decision: no letter, no notices, no grant in
 * force. Approval makes the decision ({@link #decisionId}); a return sends it back to the caseworker with a reason.
 *
 * @param required who must decide (the leader, or a named committee)
 * @param changeOf for a change of a decision: the version it changes (approval makes its successor); else null
 * @param change   for a change: the change as composed; {@code draft} then holds its grants, for display
 */
public record Recommendation(long id, int municipalityId, long citizenId, Long inquiryId, DecisionDraft draft,
                             DecisionAuthority required, String appliedFor, Status status, String recommendedBy,
                             Instant recommendedAt, String handledBy, Instant handledAt, String returnReason,
                             Long decisionId, int version, Long changeOf,
                             DecisionChange change) {

    public enum Status { PENDING, APPROVED, RETURNED }

    /** A change of an existing decision, rather than a new decision. */
    public boolean isChange() {
        return changeOf != null;
    }

    public boolean pending() {
        return status == Status.PENDING;
    }
}
