package dk.omsorg.notice;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.PERSONLIG_PLEJE;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Citizens granted help with a chosen provider, through the API, and waiting (bounded) for the notices. */
public final class NoticeTestData {

    /** Long enough for an asynchronous listener on a busy machine; the poll stops as soon as it holds. */
    public static final Duration AT_MOST = Duration.ofSeconds(20);

    private NoticeTestData() {
    }

    /** A decision granting help with the provider: the grant's key and its decision. */
    public record Granted(long citizenId, long decisionId, UUID grantKey, long providerId, JsonNode decision) {
    }

    /** The provider a provider user works for. */
    public static long providerOf(JdbcClient jdbc, String username) {
        return jdbc.sql("select provider_id from app_user where username = ?").param(username).query(Long.class).single();
    }

    /** A district the provider is approved in (today), so it may be chosen for a citizen living there. */
    public static String districtOf(JdbcClient jdbc, long providerId) {
        return jdbc.sql("""
                        select district_code from provider_district_approval
                        where provider_id = ? and valid_from <= current_date and (valid_to is null or valid_to >= current_date)
                        order by district_code limit 1""")
                .param(providerId).query(String.class).single();
    }

    /** A new citizen in the provider's district with an open inquiry and an assessment that meets RH Bad's criteria. */
    public static DecisionTestData.Applicant applicant(ApiClient caseworker, String district, String name, LocalDate today) {
        var inquiry = caseworker.post("/api/v1/inquiries", json(map(
                "cprNumber", TestCitizens.newCpr(), "citizenName", name, "address", "Advisvej 7, 2670 Greve",
                "phone", "+45 12 34 56 78", "district", district,
                "source", "CITIZEN", "receivedAt", "2025-01-06T10:00:00+01:00", "request", "Hjælp til bad",
                "legalBasis", "SEL § 83 a", "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        long citizenId = inquiry.json().get("citizenId").asLong();
        long inquiryId = inquiry.json().get("id").asLong();
        var assessment = caseworker.post("/api/v1/citizens/" + citizenId + "/assessments", json(map(
                "inquiryId", inquiryId, "assessedOn", today.toString(),
                "overallAssessment", "Har brug for hjælp til bad efter fald.", "abilityScores", Map.of(PERSONLIG_PLEJE, 3))));
        assertThat(assessment.status()).as(assessment.body()).isEqualTo(201);
        return new DecisionTestData.Applicant(citizenId, inquiryId);
    }

    /**
     * RH Bad once a week (§ 83 a, Greve: start within 3 working days) with the provider. § 83 a has no free
     * choice in Greve, so the municipality selects the provider, with a reason.
     */
    public static Map<String, Object> bath(LocalDate start, long providerId) {
        return DecisionTestData.with(DecisionTestData.grant("rh-bad", 1, "WEEK", "DAY", 30, start, null),
                "goals", "Kan selv vaske overkrop efter 6 uger",
                "provider", map("providerId", providerId, "kind", "SELECTED_BY_MUNICIPALITY",
                        "reason", "Leverandøren har ledig kapacitet i borgerens distrikt"));
    }

    /** A citizen in the provider's district granted RH Bad from {@code start} with that provider, decided today. */
    public static Granted granted(ApiClient caseworker, JdbcClient jdbc, String providerUser, LocalDate start) {
        return granted(caseworker, jdbc, providerUser, DecisionTestData.today(), start);
    }

    /** The same, on the application's {@code today} (a test clock). */
    public static Granted granted(ApiClient caseworker, JdbcClient jdbc, String providerUser, LocalDate today,
                                  LocalDate start) {
        long providerId = providerOf(jdbc, providerUser);
        DecisionTestData.Applicant applicant = applicant(caseworker, districtOf(jdbc, providerId), "Advis Åse Ørum", today);
        var decision = caseworker.post("/api/v1/decisions", json(map("citizenId", applicant.citizenId(),
                "inquiryId", applicant.inquiryId(), "grants", List.of(bath(start, providerId)))));
        assertThat(decision.status()).as(decision.body()).isEqualTo(201);
        JsonNode body = decision.json();
        return new Granted(applicant.citizenId(), body.get("id").asLong(),
                UUID.fromString(body.get("grants").get(0).get("grantKey").asText()), providerId, body);
    }

    /** Waits (bounded) until the decision's notice to the provider is written; its id. */
    public static long awaitNotice(JdbcClient jdbc, long decisionId, long providerId) {
        await().atMost(AT_MOST).pollInterval(Duration.ofMillis(50)).until(() -> notices(jdbc, decisionId, providerId) > 0);
        return jdbc.sql("select id from notice where decision_id = ? and provider_id = ?").params(decisionId, providerId)
                .query(Long.class).single();
    }

    public static long notices(JdbcClient jdbc, long decisionId, long providerId) {
        return jdbc.sql("select count(*) from notice where decision_id = ? and provider_id = ?")
                .params(decisionId, providerId).query(Long.class).single();
    }

    /** Audit rows of refused access by the user since {@code afterId}. */
    public static List<String> denied(JdbcClient jdbc, String username, long afterId) {
        return jdbc.sql("select resource || ':' || coalesce(resource_id, '') from audit_event where username = ? and action = 'ACCESS_DENIED' and id > ? order by id")
                .params(username, afterId).query(String.class).list();
    }

    public static long lastAuditId(JdbcClient jdbc) {
        return jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
    }
}
