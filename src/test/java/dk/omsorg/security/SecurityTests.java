package dk.omsorg.security;

import dk.omsorg.inquiry.InquiryApiTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityTests {

    private static final Set<String> PUBLIC = Set.of("/login", "/error");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyRouteRequiresLogin() throws Exception {
        int checked = 0;
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (PUBLIC.contains(pattern)) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                RequestMethod method = methods.isEmpty() ? RequestMethod.GET : methods.iterator().next();
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
                request = method == RequestMethod.GET ? request.GET()
                        : request.method(method.name(), HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json");
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                // the OpenAPI document is for API clients too (issue 14): a 401, not the login page
                if (path.startsWith("/api/") || path.startsWith("/v3/api-docs")) {
                    assertThat(response.statusCode()).as(method + " " + path).isEqualTo(401);
                } else if (method == RequestMethod.GET) {
                    assertThat(response.statusCode()).as(method + " " + path).isEqualTo(302);
                    assertThat(response.headers().firstValue("Location").orElse("")).as(path).endsWith("/login");
                } else {
                    // without a session there is no CSRF token either: refused before the controller
                    assertThat(response.statusCode()).as(method + " " + path).isIn(302, 403);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(15);
        // the API documentation also requires login: a 401 for an API client (issue 14)
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void theApiAnswers401WithoutOrWithWrongCredentials() throws Exception {
        var anonymous = ApiClient.anonymous(port).get("/api/v1/legal-bases");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("detail").asText()).contains("logge ind");
        var wrong = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/legal-bases"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("visitator:forkert".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
    }

    @Test
    void aGreveCaseworkerCannotReadAnEsbjergCitizenAndTheAttemptIsAudited() {
        ApiClient esbjerg = ApiClient.as(port, "visitator-esbjerg");
        long citizenId = esbjerg.post("/api/v1/inquiries", InquiryApiTestData.citizenInquiry(TestCitizens.newCpr()))
                .json().get("citizenId").asLong();
        ApiClient greve = ApiClient.as(port, "visitator");
        long mark = dk.omsorg.notice.NoticeTestData.lastAuditId(jdbc);

        var citizen = greve.get("/api/v1/citizens/" + citizenId);
        var inquiries = greve.get("/api/v1/citizens/" + citizenId + "/inquiries");

        // as a citizen that does not exist: the answer does not tell that the CPR's citizen is in Esbjerg (issue 14)
        assertThat(citizen.status()).isEqualTo(404);
        assertThat(citizen.contentType()).startsWith("application/problem+json");
        assertThat(citizen.json().get("detail").asText()).isEqualTo("Borgeren findes ikke.");
        assertThat(greve.get("/api/v1/citizens/999999999").json().get("detail").asText()).isEqualTo("Borgeren findes ikke.");
        assertThat(inquiries.status()).isEqualTo(404);
        // audited in Greve, naming no Esbjerg citizen (issue 14)
        List<String> denied = jdbc.sql("""
                        select detail from audit_event where id > ? and username = 'visitator' and action = 'ACCESS_DENIED'
                        and citizen_id is null and resource_id is null""")
                .param(mark).query(String.class).list();
        assertThat(denied).hasSize(2).containsOnly("borger i en anden kommune");
        assertThat(jdbc.sql("select count(*) from audit_event where citizen_id = ? and username = 'visitator'")
                .param(citizenId).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where citizen_id = ? and action = 'READ' and username = 'visitator'")
                .param(citizenId).query(Long.class).single()).isZero();
    }

    @Test
    void readsAndChangesAreAuditedWithUserRoleAndMunicipality() {
        ApiClient coordinator = ApiClient.as(port, "koordinator");
        long citizenId = coordinator.post("/api/v1/inquiries", InquiryApiTestData.citizenInquiry(TestCitizens.newCpr()))
                .json().get("citizenId").asLong();
        ApiClient.as(port, "visitator").get("/api/v1/citizens/" + citizenId);

        var events = jdbc.sql("select username, role, municipality_id, action, resource from audit_event where citizen_id = ? order by id")
                .param(citizenId).query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getInt(3) + "/"
                        + rs.getString(4) + "/" + rs.getString(5)).list();
        assertThat(events).containsSubsequence(
                "koordinator/COORDINATOR/253/CREATE/citizen",
                "koordinator/COORDINATOR/253/CREATE/inquiry",
                "visitator/CASEWORKER/253/READ/citizen");
    }

    @Test
    void theAuditLogIsForLeadersOnly() {
        assertThat(ApiClient.as(port, "visitator").get("/api/v1/audit-events").status()).isEqualTo(403);
        var leader = ApiClient.as(port, "leder").get("/api/v1/audit-events?action=CREATE");
        assertThat(leader.status()).isEqualTo(200);
        leader.json().get("events").forEach(e -> assertThat(e.get("action").asText()).isEqualTo("CREATE"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
        assertThat(login.body()).contains("name=\"_csrf\"");
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
        // log in properly to get a session, then post without the token
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String token = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        var loggedIn = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=koordinator&password=demo&_csrf=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        long before = jdbc.sql("select count(*) from inquiry").query(Long.class).single();

        var post = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/inquiries"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("cprNumber=" + TestCitizens.newCpr()
                        + "&citizenName=X&source=CITIZEN&receivedAt=2025-01-06T10:00&request=x&legalBasis=SEL+%C2%A7+83&priority=NORMAL")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from inquiry").query(Long.class).single()).isEqualTo(before);
    }
}
