package dk.omsorg.decision;

import dk.omsorg.decision.DecisionTestData.Applicant;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.PERSONLIG_PLEJE;
import static dk.omsorg.decision.DecisionTestData.decision;
import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.today;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reads for other modules' event listeners: a stored version and the one it replaced, without
 * a logged-in user and without an audit row (the caller audits what it shows).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoredDecisionsTest {

    @LocalServerPort
    int port;
    @Autowired
    Decisions decisions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aStoredVersionAndTheOneItReplacesAreReadWithoutAUserAndWithoutAudit() {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        Applicant applicant = DecisionTestData.applicant(caseworker, "SEL § 83 a", Map.of(PERSONLIG_PLEJE, 3));
        Map<String, Object> bath = with(grant("rh-bad", 1, "WEEK", "DAY", 30, today(), null), "goals", "Kan selv vaske sig");
        JsonNode first = caseworker.post("/api/v1/decisions", decision(applicant.citizenId(), null, bath)).json();
        String key = first.get("grants").get(0).get("grantKey").asText();
        JsonNode second = caseworker.post("/api/v1/decisions/" + first.get("id").asLong() + "/changes", json(map(
                "version", first.get("version").asInt(),
                "grants", List.of(with(bath, "grantKey", key, "minutesPerDelivery", 45))))).json();
        long audits = jdbc.sql("select count(*) from audit_event where citizen_id = ?").param(applicant.citizenId())
                .query(Long.class).single();
        SecurityContextHolder.clearContext();

        Decision after = decisions.stored(second.get("id").asLong()).orElseThrow();
        Decision before = decisions.stored(after.supersedesDecisionId()).orElseThrow();
        List<Decision> all = decisions.storedForCitizen(after.municipalityId(), applicant.citizenId());

        assertThat(after.grant(UUID.fromString(key)).orElseThrow().minutesPerDelivery()).isEqualTo(45);
        assertThat(before.grant(UUID.fromString(key)).orElseThrow().minutesPerDelivery()).isEqualTo(30);
        assertThat(before.isCurrent()).isFalse();
        assertThat(after.createdBy()).isEqualTo("visitator");
        assertThat(all).extracting(Decision::id).containsExactly(after.id(), before.id());
        assertThat(decisions.stored(Long.MAX_VALUE)).isEmpty();
        assertThat(decisions.storedForCitizen(561, applicant.citizenId())).as("another municipality's key").isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where citizen_id = ?").param(applicant.citizenId())
                .query(Long.class).single()).isEqualTo(audits);
    }

    @Test
    void theLegalBasisInForceAndTheAgeItWasChosenByAreStoredAndKeptByAGrantCarriedOver() {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        Applicant applicant = DecisionTestData.applicant(caseworker, "SEL § 83 a", Map.of(PERSONLIG_PLEJE, 3));
        Map<String, Object> bath = with(grant("rh-bad", 1, "WEEK", "DAY", 30, today(), null), "goals", "Kan selv vaske sig");
        Map<String, Object> hygiene = grant("daglig-hygiejne", 1, "DAY", "DAY", 20, today(), today().plusMonths(2));
        JsonNode first = caseworker.post("/api/v1/decisions", decision(applicant.citizenId(), null, bath, hygiene)).json();
        String bathKey = first.get("grants").get(0).get("grantKey").asText();
        UUID hygieneKey = UUID.fromString(first.get("grants").get(1).get("grantKey").asText());
        JsonNode second = caseworker.post("/api/v1/decisions/" + first.get("id").asLong() + "/changes", json(map(
                "version", first.get("version").asInt(),
                "grants", List.of(with(bath, "grantKey", bathKey, "minutesPerDelivery", 45), with(hygiene,
                        "grantKey", hygieneKey.toString()))))).json();
        SecurityContextHolder.clearContext();

        Grant before = decisions.stored(first.get("id").asLong()).orElseThrow().grant(hygieneKey).orElseThrow();
        Grant after = decisions.stored(second.get("id").asLong()).orElseThrow().grant(hygieneKey).orElseThrow();

        // the applicant was born in 1940: personal care since 1 July 2025 rests on Ældreloven, chosen by her age
        assertThat(before.legalBasis()).isEqualTo("Ældreloven § 10");
        assertThat(before.legalBasisAge()).isBetween(85, 87);
        assertThat(after.carriedOver()).isTrue();
        assertThat(after.legalBasis()).isEqualTo(before.legalBasis());
        assertThat(after.legalBasisAge()).isEqualTo(before.legalBasisAge());
        // the § 83 a course does not divide by age
        assertThat(decisions.stored(first.get("id").asLong()).orElseThrow().grants().get(0).legalBasisAge()).isNull();
    }
}
