package dk.omsorg.security;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider user (leverandør) is refused every municipal route — page or API, read or write — and
 * reaches only the provider routes (those annotated {@link RequireProvider}), which check per request
 * which notices and citizens are its own (see the notice module's isolation tests). Walks every request
 * mapping, like {@link SecurityTests#everyRouteRequiresLogin}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProviderRoutesTest {

    /** Open to every logged-in user: login, error page, the start page (which sends a provider to its inbox). */
    private static final Set<String> ANY_USER = Set.of("/login", "/error", "/");
    /** The API documentation, which a provider's planning system integrating with the API needs. */
    private static final List<String> DOCUMENTATION = List.of("/v3/api-docs", "/swagger-ui");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcClient jdbc;

    private static boolean providerRoute(HandlerMethod handler) {
        return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), RequireProvider.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), RequireProvider.class);
    }

    @Test
    void aProviderUserGets403OnEveryRouteButTheProviderRoutes() {
        ApiClient api = ApiClient.as(port, "leverandor-a");
        WebSession web = WebSession.logIn(port, "leverandor-a");
        long auditBefore = jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
        List<String> checked = new ArrayList<>();
        List<String> providerRoutes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (ANY_USER.contains(pattern) || DOCUMENTATION.stream().anyMatch(pattern::startsWith)) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                RequestMethod method = methods.isEmpty() ? RequestMethod.GET : methods.iterator().next();
                if (providerRoute(entry.getValue())) {
                    providerRoutes.add(method + " " + pattern);
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                int status;
                if (path.startsWith("/api/")) {
                    status = switch (method) {
                        case GET -> api.get(path).status();
                        case PUT -> api.put(path, "{}").status();
                        default -> api.post(path, "{}").status();
                    };
                } else if (method == RequestMethod.GET) {
                    status = web.get(path).status();
                } else {
                    web.get("/provider/inbox"); // a fresh CSRF token, as a browser's form would carry
                    status = web.post(path, List.of()).status();
                }
                assertThat(status).as(method + " " + pattern + " as leverandor-a").isEqualTo(403);
                checked.add(method + " " + pattern);
            }
        }
        assertThat(checked).as("municipal routes checked").hasSizeGreaterThan(40);
        // every refusal is audited, with the request refused
        assertThat(jdbc.sql("select count(*) from audit_event where id > ? and username = 'leverandor-a' and action = 'ACCESS_DENIED' and resource = 'request'")
                .param(auditBefore).query(Long.class).single()).isEqualTo(checked.size());
        assertThat(jdbc.sql("select count(*) from audit_event where id > ? and username = 'leverandor-a' and resource_id = 'GET /api/v1/citizens/1'")
                .param(auditBefore).query(Long.class).single()).isEqualTo(1);
        assertThat(providerRoutes).as("the provider routes").contains(
                "GET /provider/inbox", "GET /provider/notices/{noticeId}", "POST /provider/notices/{noticeId}/acknowledge",
                "GET /api/v1/provider/notices", "POST /api/v1/provider/notices/{id}/acknowledgement");
        // the token used for the posts was valid: logging out with it works
        web.get("/provider/inbox");
        WebSession.Page logout = web.post("/logout", List.of());
        assertThat(logout.status()).isEqualTo(302);
        assertThat(logout.location()).endsWith("/login?logout");
    }

    @Test
    void theStartPageSendsAProviderToItsInbox() {
        WebSession web = WebSession.logIn(port, "leverandor-a");
        WebSession.Page home = web.get("/");
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.location()).endsWith("/provider/inbox");
        WebSession.Page inbox = web.get("/provider/inbox");
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.body()).contains("Indbakke").contains("Solsikken");
        // the navigation offers the provider's pages only
        assertThat(inbox.body()).contains("/provider/citizens").doesNotContain("href=\"/citizens\"")
                .doesNotContain("/notices/unacknowledged").doesNotContain("/catalog");
    }
}
