package dk.omsorg.security;

/**
 * The person behind the current request.
 *
 * @param municipalityId the official code of the municipality the user works for (for a provider
 *                       user: the municipality the provider is approved in); a user only ever sees
 *                       that municipality's citizens
 * @param providerId     the provider a PROVIDER user works for; null for municipal staff
 */
public record CurrentUser(String username, String displayName, Role role, int municipalityId, Long providerId) {

    public CurrentUser(String username, String displayName, Role role, int municipalityId) {
        this(username, displayName, role, municipalityId, null);
    }

    public boolean isProvider() {
        return role == Role.PROVIDER;
    }

    public boolean is(Role other) {
        return role == other;
    }
}
