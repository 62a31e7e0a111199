package dk.omsorg.provider;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.PERSONLIG_PLEJE;
import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.today;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

/** Citizens in a district, Greve's demo providers and grants with a provider, for the provider tests. */
final class ProviderTestData {

    static final String OVERRIDE = "Konkret vurdering: varigt behov efter hofteoperation.";

    private ProviderTestData() {
    }

    /** A Greve citizen in the district (null: none), assessed, with an open inquiry. */
    static DecisionTestData.Applicant applicant(ApiClient caseworker, String district) {
        var inquiry = caseworker.post("/api/v1/inquiries", json(map(
                "cprNumber", TestCitizens.newCpr(), "citizenName", "Leverandør Ærø Østergård", "address", "Testvej 1, 2670 Greve",
                "district", district, "source", "CITIZEN", "receivedAt", "2025-01-06T10:00:00+01:00",
                "request", "Hjælp til personlig pleje", "legalBasis", "SEL § 83", "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        long citizenId = inquiry.json().get("citizenId").asLong();
        long inquiryId = inquiry.json().get("id").asLong();
        var assessment = caseworker.post("/api/v1/citizens/" + citizenId + "/assessments", json(map(
                "inquiryId", inquiryId, "assessedOn", today().toString(),
                "overallAssessment", "Har brug for hjælp efter hofteoperation.", "abilityScores", Map.of(PERSONLIG_PLEJE, 3))));
        assertThat(assessment.status()).as(assessment.body()).isEqualTo(201);
        return new DecisionTestData.Applicant(citizenId, inquiryId);
    }

    static long provider(JdbcClient jdbc, String code) {
        return jdbc.sql("select id from provider where municipality_id = 253 and code = ?").param(code)
                .query(Long.class).single();
    }

    static Map<String, Object> choice(Long providerId, String kind, String reason) {
        return map("providerId", providerId, "kind", kind, "reason", reason);
    }

    /** Permanent daily hygiene (personal care, § 83 stk. 1 nr. 1) in the evening, with the reason rehabilitation first asks for. */
    static Map<String, Object> hygiene(Map<String, Object> provider) {
        return with(grant("daglig-hygiejne", 1, "DAY", "EVENING", 20, today(), null), "overrideReason", OVERRIDE,
                "provider", provider);
    }

    /** A § 83 a bath course (rehabilitation, no free choice in Greve). */
    static Map<String, Object> bathCourse(Map<String, Object> provider) {
        return with(grant("rh-bad", 1, "WEEK", "DAY", 30, today(), null), "goals", "Kan selv vaske overkrop",
                "provider", provider);
    }

    /** Cleaning (practical help, § 83 stk. 1 nr. 2) every other week, with a reason for any finding. */
    static Map<String, Object> cleaning(Map<String, Object> provider) {
        return with(grant("lille-rengoering", 1, "WEEK", "DAY", 30, today(), null), "overrideReason", OVERRIDE,
                "provider", provider);
    }

    @SafeVarargs
    static String decision(long citizenId, Map<String, Object>... grants) {
        return json(map("citizenId", citizenId, "appliedFor", "Personlig pleje", "grants", List.of(grants)));
    }

    /** Rows written by deciding and switching, to show that a refused request stored nothing. */
    record Rows(DecisionTestData.Rows decisions, long switches, long transfers) {
        static Rows count(JdbcClient jdbc) {
            return new Rows(DecisionTestData.Rows.count(jdbc),
                    jdbc.sql("select count(*) from provider_switch").query(Long.class).single(),
                    jdbc.sql("select count(*) from district_transfer").query(Long.class).single());
        }
    }

    static LocalDate today() {
        return DecisionTestData.today();
    }
}
