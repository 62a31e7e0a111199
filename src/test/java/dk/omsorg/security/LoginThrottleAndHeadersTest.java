package dk.omsorg.security;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: the OpenAPI document for HTTP Basic clients; Referrer-Policy, Permissions-Policy and
 * WWW-Authenticate; no forged Host in a redirect; failed logins throttled per username and per client.
 * Its own context (a client limit of 12), so that its locks do not reach other tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "omsorg.login-throttle.max-failures-per-client=12")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginThrottleAndHeadersTest {

    @LocalServerPort
    int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    void theApiDocumentIsServedToAnApiClientWithHttpBasic() {
        ApiClient.Response docs = ApiClient.as(port, "visitator").get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"", "/api/v1/citizens");
        assertThat(ApiClient.as(port, "leverandor-a").get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(ApiClient.anonymous(port).get("/v3/api-docs").status()).isEqualTo(401);
        // and to Swagger UI in a logged-in browser
        assertThat(WebSession.logIn(port, "visitator").get("/v3/api-docs").status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void securityHeadersAndWwwAuthenticate() throws Exception {
        HttpResponse<String> page = get("/login", null);
        HttpResponse<String> api = get("/api/v1/citizens?query=x", basic("visitator", "demo"));
        for (HttpResponse<String> response : List.of(page, api)) {
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).hasValue("camera=(), microphone=(), geolocation=()");
        }
        HttpResponse<String> anonymous = get("/api/v1/citizens?query=x", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic realm=");
    }

    @Test
    @Order(3)
    void aForgedHostHeaderIsNotEchoedIntoRedirects() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /citizens HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            String status = in.readLine();
            String location = null;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                if (line.regionMatches(true, 0, "Location:", 0, 9)) {
                    location = line.substring(9).strip();
                }
            }
            assertThat(status).contains("302");
            assertThat(location).isNotNull().doesNotContain("evil.example").startsWith("/");
        }
    }

    @Test
    @Order(4)
    void failedLoginsLockTheUsernameThenTheClient() throws Exception {
        // HTTP Basic: 5 wrong passwords lock the username, even with the right one after
        for (int i = 0; i < 5; i++) {
            assertThat(get("/api/v1/citizens?query=x", basic("visitator2", "forkert")).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = get("/api/v1/citizens?query=x", basic("visitator2", "demo"));
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("For mange forkerte forsøg på at logge ind");
        // another user from the same client still gets in
        assertThat(get("/api/v1/citizens?query=x", basic("visitator", "demo")).statusCode()).isEqualTo(200);

        // the form login: 5 wrong passwords, then the right one is sent back with the Danish message
        for (int i = 0; i < 5; i++) {
            WebSessionLogin form = new WebSessionLogin(port).attempt("tilsyn", "forkert");
            assertThat(form.location).contains("/login?error");
        }
        WebSessionLogin right = new WebSessionLogin(port).attempt("tilsyn", "demo");
        assertThat(right.location).contains("/login?locked");
        assertThat(right.session.get("/login?locked").body()).contains("For mange forkerte forsøg på at logge ind");

        // the client: 12 failures in all lock every username from it
        assertThat(get("/api/v1/citizens?query=x", basic("nogen-1", "forkert")).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/citizens?query=x", basic("nogen-2", "forkert")).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/citizens?query=x", basic("leder", "demo")).statusCode()).isEqualTo(429);
    }

    /** A form login attempt without WebSession.logIn's assertion that it succeeds. */
    private static final class WebSessionLogin {
        final WebSession session;
        String location;

        WebSessionLogin(int port) {
            session = WebSession.anonymous(port);
        }

        WebSessionLogin attempt(String username, String password) {
            session.get("/login");
            location = session.post("/login", List.of(Map.entry("username", username), Map.entry("password", password)))
                    .location();
            return this;
        }
    }
}
