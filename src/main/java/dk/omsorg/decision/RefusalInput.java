package dk.omsorg.decision;

/**
 * What is refused, as the caseworker writes it.
 *
 * @param interventionCode the intervention refused, from the catalogue in force; null when the
 *                         refusal is of something the catalogue does not name
 * @param description      what is refused, in words; required without an intervention
 * @param reason           why (required)
 */
public record RefusalInput(String interventionCode, String description, String reason) {

    public RefusalInput {
        interventionCode = Texts.blankToNull(interventionCode);
        description = Texts.blankToNull(description);
        reason = Texts.blankToNull(reason);
    }

    public boolean isBlank() {
        return interventionCode == null && description == null && reason == null;
    }
}
