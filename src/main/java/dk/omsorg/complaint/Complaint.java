package dk.omsorg.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A complaint (klage) on one decision version.
 *
 * @param complainantContactId the citizen's contact who complains; null when the citizen does
 * @param grantKeys            the grants complained about (empty with {@code wholeDecision})
 * @param refusalPositions     the refusals complained about, by their number in the version (1 = the first)
 * @param late                 received after {@code complaintDeadline}: "for sent", and it still goes on
 * @param appealable           false: the parts complained about cannot be brought before Ankestyrelsen
 * @param changedDecisionId    the decision version made after the complaint (medhold, delvist medhold)
 */
public record Complaint(long id, int municipalityId, long citizenId, long decisionId, LocalDate receivedOn,
                        Channel channel, String oralNote, String documentReference, Long complainantContactId,
                        boolean wholeDecision, List<UUID> grantKeys, List<Integer> refusalPositions, String text,
                        LocalDate complaintDeadline, boolean late, boolean appealable, ComplaintStatus status,
                        LocalDate reconsiderationDue, Outcome outcome, LocalDate outcomeOn, String outcomeBy,
                        String outcomeReason, Long changedDecisionId, String createdBy, int version) {

    /** How the complaint came: orally (with a note of what was said) or in writing (with the document). */
    public enum Channel { ORAL, WRITTEN }

    /** The reconsideration's outcome: medhold, delvist medhold, fastholdt. */
    public enum Outcome { FULL, PARTIAL, MAINTAINED }
}
