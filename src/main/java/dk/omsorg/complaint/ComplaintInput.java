package dk.omsorg.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A complaint as registered; checked by {@link Complaints#register}.
 *
 * @param complainantContactId null when the citizen complains
 * @param refusalPositions     refusals by their number in the decision version (1 = the first)
 */
public record ComplaintInput(Long decisionId, LocalDate receivedOn, Complaint.Channel channel, String oralNote,
                             String documentReference, Long complainantContactId, Boolean wholeDecision,
                             List<UUID> grantKeys, List<Integer> refusalPositions, String text) {

    public ComplaintInput {
        oralNote = blankToNull(oralNote);
        documentReference = blankToNull(documentReference);
        text = blankToNull(text);
        grantKeys = grantKeys == null ? List.of() : grantKeys.stream().filter(java.util.Objects::nonNull).toList();
        refusalPositions = refusalPositions == null ? List.of()
                : refusalPositions.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
