package dk.omsorg.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's two ways in for integrations (issue 14, Load), over real HTTP: HTTP Basic, whose bcrypt check is
 * remembered for a while, must still refuse a wrong password, a changed password and a disabled user at once; and a
 * token from the municipality's IdP (here an HMAC-signed JWT standing in for the IdP's), which names a user of
 * {@code app_user}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiCredentialsTest {

    static final SecretKey IDP_KEY = new SecretKeySpec(
            "the test IdP's signing key, 32+ bytes long".getBytes(StandardCharsets.UTF_8), "HmacSHA256");

    @TestConfiguration
    static class TestIdp {
        @Bean
        JwtDecoder jwtDecoder() {
            return NimbusJwtDecoder.withSecretKey(IDP_KEY).macAlgorithm(MacAlgorithm.HS256).build();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    StaffDirectory staff;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void basicStillWorksAndAWrongPasswordStillFailsAfterASuccess() throws Exception {
        assertThat(get(basic("koordinator", "demo"))).isEqualTo(200);
        assertThat(get(basic("koordinator", "demo"))).isEqualTo(200);
        assertThat(get(basic("koordinator", "forkert"))).isEqualTo(401);
        assertThat(get(basic("koordinator", "demo2"))).isEqualTo(401);
        assertThat(get(basic("koordinator", "demo"))).isEqualTo(200);
    }

    @Test
    void aChangedPasswordOrADisabledUserIsRefusedAtOnceDespiteTheRememberedCheck() throws Exception {
        staff.addIfMissing("api-kode-test", "Karl Kodeskift", Role.COORDINATOR, 253, encoder.encode("gammel"));
        jdbc.sql("update app_user set password_hash = ?, enabled = true where username = 'api-kode-test'")
                .param(encoder.encode("gammel")).update();
        assertThat(get(basic("api-kode-test", "gammel"))).isEqualTo(200);

        jdbc.sql("update app_user set password_hash = ? where username = 'api-kode-test'").param(encoder.encode("ny")).update();
        assertThat(get(basic("api-kode-test", "gammel"))).isEqualTo(401);
        assertThat(get(basic("api-kode-test", "ny"))).isEqualTo(200);

        jdbc.sql("update app_user set enabled = false where username = 'api-kode-test'").update();
        assertThat(get(basic("api-kode-test", "ny"))).isEqualTo(401);
    }

    @Test
    void aTokenFromTheIdpNamingAKnownUserIsAccepted() throws Exception {
        assertThat(get("Bearer " + token("koordinator", IDP_KEY, Instant.now().plusSeconds(300)))).isEqualTo(200);
        // a caseworker may not read settlement: the app_user's role applies, as after a password login
        assertThat(get("Bearer " + token("visitator", IDP_KEY, Instant.now().plusSeconds(300)), "/api/v1/settlement/runs"))
                .isEqualTo(403);
    }

    @Test
    void anUnknownUserAForgedOrAnExpiredTokenIsRefused() throws Exception {
        assertThat(get("Bearer " + token("ukendt-integration", IDP_KEY, Instant.now().plusSeconds(300)))).isEqualTo(401);
        SecretKey other = new SecretKeySpec("somebody else's key, also 32+ bytes".getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        assertThat(get("Bearer " + token("koordinator", other, Instant.now().plusSeconds(300)))).isEqualTo(401);
        assertThat(get("Bearer " + token("koordinator", IDP_KEY, Instant.now().minusSeconds(600)))).isEqualTo(401);
        assertThat(get("Bearer ikke-et-token")).isEqualTo(401);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String token(String username, SecretKey key, Instant expires) {
        JwtClaimsSet claims = JwtClaimsSet.builder().subject("klient-" + username).claim("preferred_username", username)
                .issuedAt(expires.minusSeconds(900)).expiresAt(expires).build();
        return new NimbusJwtEncoder(new ImmutableSecret<>(key))
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }

    private int get(String authorization) throws Exception {
        return get(authorization, "/api/v1/inquiries?view=unassigned");
    }

    private int get(String authorization, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
