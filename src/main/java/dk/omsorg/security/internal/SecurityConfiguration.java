package dk.omsorg.security.internal;

import dk.omsorg.security.Role;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.security.StaffUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Two filter chains. The REST API under {@code /api/**} is stateless (HTTP Basic in the demo
 * profile; a bearer token from the municipality's IdP when its issuer is configured, see {@link ApiTokens})
 * and never reads the browser session, so it needs no CSRF token. The web UI uses a
 * session with CSRF protection, form login with the demo users, or the municipal IdP (OIDC) in
 * the {@code prod} profile.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String PROD = "prod";

    /**
     * A provider user (leverandør) reaches only its own routes, the start page that sends it there, and the
     * API documentation its planning system integrates with. Everything else is for municipal staff: a
     * provider is refused by URL here, before any controller reads a request, in addition to each use
     * case's own capability annotation (a provider route checks per request which notices and citizens
     * are the provider's own).
     */
    static final String[] PROVIDER_PAGES = {"/", "/provider/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};
    static final String[] PROVIDER_API = {"/api/v1/provider/**"};
    static final AuthorizationManager<RequestAuthorizationContext> MUNICIPAL_STAFF = AuthorizationManagers.allOf(
            AuthenticatedAuthorizationManager.authenticated(),
            AuthorizationManagers.not(AuthorityAuthorizationManager.hasAnyRole(Role.PROVIDER.name(), Role.HOSPITAL.name())));
    static final AuthorizationManager<RequestAuthorizationContext> NOT_HOSPITAL = AuthorizationManagers.allOf(
            AuthenticatedAuthorizationManager.authenticated(),
            AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole(Role.HOSPITAL.name())));
    /** A hospital's system client reaches only the FHIR inbox for hospital notifications (issue 20). */
    static final String[] HOSPITAL_API = {"/api/v1/fhir/**"};

    /**
     * bcrypt, with successful comparisons remembered for a short time (see {@link CachingPasswordEncoder}), so that
     * an API client's HTTP Basic calls do not each pay bcrypt; {@code omsorg.security.password-cache.ttl=0} turns it off.
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @Value("${omsorg.security.password-cache.ttl:PT5M}") Duration ttl,
            @Value("${omsorg.security.password-cache.max-entries:1000}") int maxEntries) {
        return new CachingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(), ttl, maxEntries,
                Clock.systemUTC());
    }

    /** Refusals become events (AuthorizationDeniedEvent), so that they can be audited. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    /**
     * The OpenAPI document, for a client generator with the API's own credentials (HTTP Basic) as well as for
     * Swagger UI in a logged-in browser (the session); anyone authenticated may read it (issue 14).
     */
    @Bean
    @Order(0)
    SecurityFilterChain apiDocs(HttpSecurity http, Environment environment, LoginThrottle throttle) throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(new LoginThrottleFilter(throttle), BasicAuthenticationFilter.class)
                .headers(SecurityConfiguration::headers)
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) ->
                        problem(response, HttpStatus.UNAUTHORIZED, "Du skal logge ind for at bruge API'et.")));
        if (!environment.acceptsProfiles(Profiles.of(PROD))) {
            http.httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                    problem(response, HttpStatus.UNAUTHORIZED, "Du skal logge ind for at bruge API'et.")));
        }
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Environment environment, ObjectProvider<JwtDecoder> tokens,
                            StaffDirectory staff, LoginThrottle throttle) throws Exception {
        http.securityMatcher("/api/**")
                .addFilterBefore(new LoginThrottleFilter(throttle), BasicAuthenticationFilter.class)
                .headers(SecurityConfiguration::headers)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PROVIDER_API).access(NOT_HOSPITAL)
                        .requestMatchers(HOSPITAL_API).hasRole(Role.HOSPITAL.name())
                        .anyRequest().access(MUNICIPAL_STAFF))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problem(response, HttpStatus.UNAUTHORIZED,
                                "Du skal logge ind for at bruge API'et."))
                        .accessDeniedHandler((request, response, e) -> problem(response, HttpStatus.FORBIDDEN,
                                "Du har ikke adgang til dette.")));
        JwtDecoder decoder = tokens.getIfAvailable();
        if (decoder != null) {
            // a token from the municipality's IdP (ApiTokens): in production the way for integrations
            ApiTokens.configure(http, decoder, staff, (request, response, e) -> {
                response.setHeader("WWW-Authenticate", "Bearer");
                problem(response, HttpStatus.UNAUTHORIZED, "Du skal logge ind for at bruge API'et.");
            });
        }
        if (!environment.acceptsProfiles(Profiles.of(PROD))) {
            http.httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                    problem(response, HttpStatus.UNAUTHORIZED, "Du skal logge ind for at bruge API'et.")));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, Environment environment, LoginThrottle throttle) throws Exception {
        http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers(PROVIDER_PAGES).access(NOT_HOSPITAL)
                        .anyRequest().access(MUNICIPAL_STAFF))
                .headers(headers -> headers(headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'"))))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        if (environment.acceptsProfiles(Profiles.of(PROD))) {
            http.oauth2Login(Customizer.withDefaults());
        } else {
            http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll());
        }
        return http.build();
    }

    /**
     * In production the municipal IdP authenticates; the user must also exist in {@code app_user},
     * which gives the role and the municipality.
     */
    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(StaffDirectory staff) {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            StaffUser known = staff.find(user.getPreferredUsername())
                    .filter(StaffUser::enabled)
                    .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("unknown_user",
                            "Brugeren er ikke oprettet i systemet.", null)));
            return new DefaultOidcUser(List.of(new SimpleGrantedAuthority(known.role().authority())),
                    user.getIdToken(), user.getUserInfo(), "preferred_username");
        };
    }

    /** No referrer to other sites, and no camera, microphone or location for any page (issue 14). */
    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()"));
    }

    private static void problem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String detail)
            throws java.io.IOException {
        response.setStatus(status.value());
        if (status == HttpStatus.UNAUTHORIZED) {
            // tells a client how to log in (RFC 9110 requires it on a 401)
            response.setHeader("WWW-Authenticate", "Basic realm=\"Omsorg\", charset=\"UTF-8\"");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // Danish titles, as ErrorPages and ApiProblems give them (messages_da.properties error.title.*)
        String title = status == HttpStatus.UNAUTHORIZED ? "Ikke logget ind" : "Ingen adgang";
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }

}
