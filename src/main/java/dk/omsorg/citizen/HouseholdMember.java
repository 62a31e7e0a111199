package dk.omsorg.citizen;

/** Another citizen in a citizen's current household, as the contacts section and the decision check show it. */
public record HouseholdMember(long citizenId, String name, CprNumber cprNumber, String address) {
}
