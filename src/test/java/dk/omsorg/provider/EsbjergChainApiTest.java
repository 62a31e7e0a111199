package dk.omsorg.provider;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.TestCitizens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.PERSONLIG_PLEJE;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Esbjerg's demo users through the whole chain over real HTTP: Esbjerg has no quality standard of its own and
 * uses Greve's 2022 one until it is loaded (policy/561-esbjerg/catalog-2022.yaml), so an Esbjerg citizen is
 * granted within the standard, gets a letter from Esbjerg, the provider is told and registers visits, and a
 * switch of provider follows Esbjerg's rule (a month's notice to any day, seed 002), not Greve's (to the 1st).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EsbjergChainApiTest {

    static final SwitchRule ESBJERG = new SwitchRule(1, false, "med en måneds varsel");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEsbjergCitizenIsGrantedWithinTheStandardWithALetterAndEsbjergsSwitchRule() {
        ApiClient coordinator = ApiClient.as(port, "koordinator-esbjerg");
        ApiClient caseworker = ApiClient.as(port, "visitator-esbjerg");
        ApiClient vestkysten = ApiClient.as(port, "leverandor-esbjerg");
        LocalDate today = today();

        // inquiry, registered and distributed by the coordinator
        Response inquiry = coordinator.post("/api/v1/inquiries", json(map(
                "cprNumber", TestCitizens.newCpr(), "citizenName", "Esbjerg Ærø Østergård", "address", "Kongensgade 5, 6700 Esbjerg",
                "district", "esbjerg-midt", "source", "CITIZEN", "receivedAt", "2025-01-06T10:00:00+01:00",
                "request", "Hjælp til bad", "legalBasis", "SEL § 83 a", "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        long citizenId = inquiry.json().get("citizenId").asLong();
        long inquiryId = inquiry.json().get("id").asLong();
        assertThat(coordinator.post("/api/v1/inquiries/" + inquiryId + "/assignment",
                "{\"caseworker\": \"visitator-esbjerg\"}").status()).isEqualTo(200);

        // assessment and decision: RH Daglig hygiejne once a day (no FSIII criteria in the adopted standard) within it,
        // nothing to explain; a moderate course (seed 004: a private provider delivers moderate and comprehensive
        // courses only, rehabilitation.yaml)
        Response assessment = caseworker.post("/api/v1/citizens/" + citizenId + "/assessments", json(map(
                "inquiryId", inquiryId, "assessedOn", today.toString(),
                "overallAssessment", "Har brug for hjælp til bad efter fald.", "abilityScores", Map.of(PERSONLIG_PLEJE, 3))));
        assertThat(assessment.status()).as(assessment.body()).isEqualTo(201);
        long vestkystens = jdbc.sql("select id from provider where municipality_id = 561 and code = 'vestkystens-omsorg'")
                .query(Long.class).single();
        long municipal = jdbc.sql("select id from provider where municipality_id = 561 and code = 'esbjerg-hjemmeplejen'")
                .query(Long.class).single();
        Response decided = caseworker.post("/api/v1/decisions", json(map("citizenId", citizenId, "inquiryId", inquiryId,
                "grants", List.of(DecisionTestData.with(NoticeTestData.bath(today, vestkystens),
                        "interventionCode", "rh-daglig-hygiejne", "times", 1, "per", "DAY")))));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        JsonNode grant = decided.json().get("grants").get(0);
        assertThat(grant.get("criteriaOutcome").asText()).isNotEqualTo("NOT_MET");
        assertThat(grant.get("areaCode").asText()).isEqualTo("rh-personlig-pleje");
        assertThat(grant.get("findings")).isEmpty();
        assertThat(grant.get("catalogVersion").asText()).isEqualTo("Greve Kommunes kvalitetsstandarder 2022 (anvendt midlertidigt)");
        long decisionId = decided.json().get("id").asLong();
        String letter = DecisionTestData.pdfText(caseworker.download("/api/v1/decisions/" + decisionId + "/letter").body());
        assertThat(letter).contains("Esbjerg Kommune", "RH Daglig hygiejne",
                "Esbjerg Kommunes kvalitetsstandard: Greve Kommunes kvalitetsstandarder 2022 (anvendt midlertidigt).",
                "Vestkystens Omsorg ApS").doesNotContainIgnoringCase("seed").doesNotContain("demo");

        // the provider is told, sees the citizen and registers the first visit
        long noticeId = NoticeTestData.awaitNotice(jdbc, decisionId, vestkystens);
        assertThat(vestkysten.get("/api/v1/provider/notices/" + noticeId).status()).isEqualTo(200);
        assertThat(vestkysten.get("/api/v1/provider/citizens").json()).anySatisfy(c ->
                assertThat(c.get("id").asLong()).isEqualTo(citizenId));
        String grantKey = grant.get("grantKey").asText();
        Response visit = vestkysten.post("/api/v1/provider/visits", json(List.of(map("visitId", "esbjerg-" + grantKey,
                "grantKey", grantKey, "kind", "DELIVERED", "date", today.toString(), "startTime", "10:00", "minutes", 30))));
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);

        // Esbjerg's switch rule: a month's notice, on the same day of the month (not the 1st as in Greve)
        Response switched = caseworker.post("/api/v1/citizens/" + citizenId + "/provider-switches", json(map(
                "grantKeys", List.of(grantKey), "newProviderId", municipal, "effectiveFrom", null,
                "note", "Borgeren ønsker at skifte.")));
        assertThat(switched.status()).as(switched.body()).isEqualTo(201);
        assertThat(LocalDate.parse(switched.json().get(0).get("effectiveFrom").asText()))
                .isEqualTo(ESBJERG.earliestEffective(today)).isEqualTo(today.plusMonths(1));
    }
}
