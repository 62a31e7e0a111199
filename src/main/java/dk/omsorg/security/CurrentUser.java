package dk.omsorg.security;

/**
 * The person behind the current request.
 *
 * @param municipalityId the official code of the municipality the user works for; a user only
 *                       ever sees that municipality's citizens
 */
public record CurrentUser(String username, String displayName, Role role, int municipalityId) {

    public boolean is(Role other) {
        return role == other;
    }
}
