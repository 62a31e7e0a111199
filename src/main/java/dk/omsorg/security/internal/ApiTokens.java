package dk.omsorg.security.internal;

import dk.omsorg.security.StaffDirectory;
import dk.omsorg.security.StaffUser;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * API clients with a token from the municipality's IdP (OAuth2 resource server, JWT; e.g. an integration's
 * client-credentials token): the signature and expiry are checked with the IdP's published keys, no password and so
 * no bcrypt per request (issue 14, Load). Switched on by configuring the IdP's issuer
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}), which makes Spring Boot create the
 * {@link JwtDecoder}; without it the API takes no bearer tokens.
 *
 * <p>As with the OIDC login of the web UI, the IdP only says who calls; the caller must also be a user in
 * {@code app_user} (its username in the token's {@code preferred_username} claim, else {@code sub}), enabled, and
 * that user's role and municipality apply. The principal is that {@link StaffUser}, as after a password login, so
 * every use case reads the caller the same way.
 */
final class ApiTokens {

    private ApiTokens() {
    }

    static void configure(HttpSecurity http, JwtDecoder decoder, StaffDirectory staff, AuthenticationEntryPoint refused)
            throws Exception {
        http.oauth2ResourceServer(server -> server
                .authenticationEntryPoint(refused)
                .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(staffUser(staff))));
    }

    static Converter<Jwt, AbstractAuthenticationToken> staffUser(StaffDirectory staff) {
        return jwt -> {
            String username = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
            StaffUser user = (username == null ? java.util.Optional.<StaffUser>empty() : staff.find(username))
                    .filter(StaffUser::enabled)
                    .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("invalid_token",
                            "Brugeren er ikke oprettet i systemet.", null)));
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        };
    }
}
