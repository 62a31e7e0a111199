package dk.omsorg.followup;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.decision.DecisionTestData.Applicant;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.PERSONLIG_PLEJE;
import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Citizens with decisions through the API, and waiting (bounded) for the follow-ups the decisions schedule. */
final class FollowUpTestData {

    static final Duration AT_MOST = Duration.ofSeconds(20);

    private FollowUpTestData() {
    }

    record Decided(long citizenId, long decisionId, UUID grantKey, JsonNode decision) {
    }

    static Applicant applicant(ApiClient caseworker) {
        return DecisionTestData.applicant(caseworker, "SEL § 83", Map.of(PERSONLIG_PLEJE, 3));
    }

    /** RH Bad, a § 83 a course (seed 003), from {@code start}. */
    static Map<String, Object> course(LocalDate start) {
        return with(grant("rh-bad", 1, "WEEK", "DAY", 30, start, null), "goals", "Kan selv vaske overkrop efter 6 uger");
    }

    /** Daglig hygiejne: personal care in an area where rehabilitation comes first. */
    static Map<String, Object> hygiene(LocalDate start, LocalDate end) {
        return grant("daglig-hygiejne", 1, "DAY", "DAY", 20, start, end);
    }

    /** A decision with the grants; {@code reason} covers every finding (e.g. no course before permanent help). */
    @SafeVarargs
    static Decided decide(ApiClient caseworker, long citizenId, String reason, Map<String, Object>... grants) {
        Response response = caseworker.post("/api/v1/decisions", json(map("citizenId", citizenId,
                "appliedFor", "Hjælp til personlig pleje", "overrideReason", reason, "grants", List.of(grants))));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode body = response.json();
        return new Decided(citizenId, body.get("id").asLong(),
                UUID.fromString(body.get("grants").get(0).get("grantKey").asText()), body);
    }

    /** Waits until the grant has an open follow-up under the rule; that follow-up as the API shows it. */
    static JsonNode awaitOpen(ApiClient caseworker, JdbcClient jdbc, UUID grantKey, String rule) {
        await().atMost(AT_MOST).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.sql(
                        "select count(*) from follow_up where grant_key = ? and rule = ? and status = 'OPEN'")
                .params(grantKey, rule).query(Long.class).single() > 0);
        long id = jdbc.sql("select id from follow_up where grant_key = ? and rule = ? and status = 'OPEN'")
                .params(grantKey, rule).query(Long.class).single();
        Response response = caseworker.get("/api/v1/follow-ups/" + id);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static List<String> rules(JdbcClient jdbc, UUID grantKey, String status) {
        return jdbc.sql("select rule from follow_up where grant_key = ? and status = ? order by id")
                .params(grantKey, status).query(String.class).list();
    }
}
