package dk.omsorg.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

/** A municipal employee or a provider's employee as stored in {@code app_user}, usable as a login principal. */
public record StaffUser(long id, String username, String displayName, Role role, int municipalityId,
                        String passwordHash, boolean enabled, Long providerId) implements UserDetails, Serializable {

    public CurrentUser asCurrentUser() {
        return new CurrentUser(username, displayName, role, municipalityId, providerId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "StaffUser[" + username + ", " + role + ", " + municipalityId + "]";
    }
}
