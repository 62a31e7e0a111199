package dk.omsorg.decision;

/**
 * A refusal (afslag) of something applied for, with the reason.
 *
 * @param interventionCode    the catalogue's intervention refused; null for a refusal in words
 * @param legalBasis          the area's legal basis, else the inquiry's; null when neither is known
 * @param appealable          false where the area's decisions cannot be appealed
 * @param criteriaText        the standard's allocation criteria, quoted; null when none
 * @param criteriaExplanation how the citizen's scores read against them
 */
public record Refusal(String interventionCode, String interventionName, String legalBasis, boolean appealable,
                      String description, String reason, String criteriaText, String criteriaExplanation) {

    public Refusal {
        if (description == null || description.isBlank() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A refusal needs a description and a reason");
        }
    }
}
