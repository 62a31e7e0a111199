package dk.omsorg.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** Resolves the logged-in user, whether from a form/basic login or from the municipal IdP. */
@Component
public class CurrentUsers {

    private final StaffDirectory staff;

    CurrentUsers(StaffDirectory staff) {
        this.staff = staff;
    }

    public CurrentUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AccessDeniedException("Not logged in");
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof StaffUser user) {
            return user.asCurrentUser();
        }
        if (principal instanceof OidcUser oidc) {
            return staff.find(oidc.getPreferredUsername()).map(StaffUser::asCurrentUser)
                    .orElseThrow(() -> new AccessDeniedException("Unknown user"));
        }
        throw new AccessDeniedException("Not a municipal user");
    }
}
