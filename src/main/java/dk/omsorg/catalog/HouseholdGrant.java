package dk.omsorg.catalog;

/**
 * A current grant of another member of the citizen's household, as the checks count it against a cap "pr. husstand"
 * (seed 003). The catalogue knows no households: the decision module passes these in as data.
 *
 * @param memberName the member's name, for the finding's text
 */
public record HouseholdGrant(String memberName, ProposedGrant grant) {
}
