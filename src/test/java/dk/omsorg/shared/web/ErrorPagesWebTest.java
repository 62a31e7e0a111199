package dk.omsorg.shared.web;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A malformed address, a wrong method or a refused page gets the application's Danish error page, and the
 * API answers the same mistakes with a Danish problem — never the framework's English ("Failed to convert",
 * "No static resource", "Not Found", "Forbidden").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesWebTest {

    private static final List<String> ENGLISH = List.of("Failed to convert", "No static resource", "Not Found",
            "Bad Request", "Forbidden", "Unauthorized", "Method Not Allowed", "Whitelabel", "Internal Server Error",
            "Unsupported Media Type", "\"error\"", "Exception");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void malformedAddressesGetTheDanishErrorPage() {
        WebSession leader = WebSession.logIn(port, "leder");
        record Case(String path, int status, String title) {
        }
        for (Case c : List.of(
                new Case("/citizens/abc", 400, "Ugyldige oplysninger"),
                new Case("/decisions/99999999999999999999", 400, "Ugyldige oplysninger"),
                new Case("/audit?action=FOO", 400, "Ugyldige oplysninger"),
                new Case("/audit?from=igaar", 400, "Ugyldige oplysninger"),
                new Case("/nope", 404, "Findes ikke"),
                new Case("/css/nope.css", 404, "Findes ikke"))) {
            WebSession.Page page = leader.get(c.path());
            assertThat(page.status()).as(c.path()).isEqualTo(c.status());
            assertThat(page.body()).as(c.path()).contains("<html lang=\"da\"", c.title(), "Gå til forsiden");
            assertThat(ENGLISH).as(c.path()).noneMatch(page.body()::contains);
        }
    }

    @Test
    void aPageForAnotherRoleGetsTheDanishRefusal() {
        WebSession caseworker = WebSession.logIn(port, "visitator");
        WebSession.Page audit = caseworker.get("/audit");
        assertThat(audit.status()).isEqualTo(403);
        assertThat(audit.body()).contains("Ingen adgang", "Du har ikke adgang til dette.");
        assertThat(ENGLISH).noneMatch(audit.body()::contains);
    }

    @Test
    void aWrongMethodOnAPageGetsTheDanishErrorPage() {
        WebSession leader = WebSession.logIn(port, "leder");
        leader.get("/audit");
        // a form post (with the CSRF token) to a page that only reads
        WebSession.Page post = leader.post("/audit", List.of());
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.body()).contains("Handlingen er ikke tilladt");
        assertThat(ENGLISH).noneMatch(post.body()::contains);
    }

    @Test
    void theApiAnswersMistakesWithADanishProblem() throws Exception {
        ApiClient leader = ApiClient.as(port, "leder");
        for (String path : List.of("/api/v1/citizens/abc", "/api/v1/audit-events?action=FOO", "/api/v1/nope")) {
            ApiClient.Response response = leader.get(path);
            assertThat(response.status()).as(path).isIn(400, 404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.json().get("title").asText()).as(path).isIn("Ugyldige oplysninger", "Findes ikke");
            assertThat(ENGLISH).as(path).noneMatch(response.body()::contains);
        }
        assertThat(leader.get("/api/v1/nope").json().get("instance").asText()).isEqualTo("/api/v1/nope");

        ApiClient.Response badJson = leader.post("/api/v1/inquiries", "{bad");
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.json().get("detail").asText()).startsWith("Forespørgslen kunne ikke læses");

        HttpResponse<String> delete = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/audit-events"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("leder:demo".getBytes()))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(delete.body()).contains("Handlingen er ikke tilladt");
        assertThat(ENGLISH).noneMatch(delete.body()::contains);

        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/audit-events"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"title\":\"Ikke logget ind\"");
        assertThat(ENGLISH).noneMatch(anonymous.body()::contains);
    }
}
