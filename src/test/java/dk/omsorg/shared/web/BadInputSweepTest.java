package dk.omsorg.shared.web;

import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write endpoint under {@code /api/v1} (found from Spring's own mappings, so a new one is swept too) answers
 * each class of bad input with the app's Danish problem: never a 5xx, never the framework's English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputSweepTest {

    private static final List<String> ENGLISH = List.of("Failed to", "Bad Request", "Internal Server Error",
            "Unsupported Media Type", "Exception", "Cannot deserialize", "tools.jackson", "java.lang", "JSON parse error",
            "\"error\"", "Forbidden", "Not Found");

    /** A string field under the names the API's bodies use, each with a NUL, and the other classes of bad input. */
    private static final List<String> BODIES = List.of(
            "{bad",
            "[]",
            "\"text\"",
            """
            {"cprNumber": "010140-1\\u0000234", "citizenName": "A\\u0000", "reason": "R\\u0000", "note": "N\\u0000",
             "request": "Q\\u0000", "caseworker": "C\\u0000", "overallAssessment": "O\\u0000", "visitId": "V\\u0000"}""",
            """
            {"priority": 1, "source": 0, "kind": 2, "band": 1, "status": 0, "shift": 1}""",
            """
            {"minutes": 2.5, "times": 2.5, "version": 2.5, "providerId": 2.5, "inquiryId": 2.5, "citizenId": 2.5}""",
            """
            {"date": "9999-01-01", "validFrom": "0000-01-01", "validTo": "+10000-01-01", "month": "26-11",
             "assessedOn": "1850-01-01", "expectedDecisionOn": "9999-12-31", "from": "9999-01-01", "effectiveFrom": "9999-01-01"}""",
            "{\"reason\": \"" + "x".repeat(300_000) + "\", \"note\": \"" + "x".repeat(300_000) + "\"}");

    @LocalServerPort
    int port;

    @Autowired
    RequestMappingHandlerMapping mappings;

    @Test
    void everyWriteEndpointAnswersBadInputWithADanishProblem() {
        Set<String> writes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> verbs = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/v1/") && (verbs.contains(RequestMethod.POST) || verbs.contains(RequestMethod.PUT))) {
                    writes.add((verbs.contains(RequestMethod.PUT) ? "PUT " : "POST ") + pattern.replaceAll("\\{[^}]+}", "1"));
                }
            }
        });
        assertThat(writes).hasSizeGreaterThan(20);
        List<String> failures = new ArrayList<>();
        // roles that can reach each part of the API; a refusal must be Danish too
        for (String user : List.of("koordinator", "visitator", "okonomi", "leverandor-a")) {
            ApiClient client = ApiClient.as(port, user);
            for (String write : writes) {
                String path = write.substring(write.indexOf(' ') + 1);
                boolean put = write.startsWith("PUT");
                List<ApiClient.Response> responses = new ArrayList<>();
                for (String body : BODIES) {
                    responses.add(put ? client.put(path, body) : client.post(path, body));
                }
                responses.add(client.post(path, "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8)));
                for (ApiClient.Response r : responses) {
                    String where = user + " " + write + " → " + r.status() + " " + r.body().substring(0, Math.min(300, r.body().length()));
                    if (r.status() >= 500 || (r.status() >= 400 && !r.contentType().startsWith("application/problem+json"))
                            || ENGLISH.stream().anyMatch(r.body()::contains)) {
                        failures.add(where);
                    } else if (r.status() == 400 && r.body().contains("Feltet '")) {
                        // a type error names its field in the detail and under errors
                        if (!r.body().contains("\"field\"")) {
                            failures.add("no field: " + where);
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
