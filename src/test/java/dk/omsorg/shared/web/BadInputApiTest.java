package dk.omsorg.shared.web;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input the database cannot hold or the API would have to guess at is refused with a Danish 400 that names
 * the field, and nothing is stored: a NUL character, half an emoji, an enum by number, a decimal for a whole number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String inquiry(String cpr, String citizenName, String priority) {
        return """
                {"cprNumber": "%s", "citizenName": "%s", "address": "Strandvejen 1", "source": "CITIZEN",
                 "request": "Hjælp til rengøring", "receivedAt": "2026-01-05T10:00:00+01:00", "legalBasis": "SEL § 83", "priority": %s}"""
                .formatted(cpr, citizenName, priority);
    }

    private void assertRefused(ApiClient.Response response, String field, String cpr) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("title").asText()).isEqualTo("Ugyldige oplysninger");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
        if (response.json().get("errors").size() == 1 && !response.json().get("detail").asText().startsWith("Navnet")) {
            assertThat(response.json().get("detail").asText()).contains("'" + field + "'");
        }
        assertThat(response.body()).doesNotContain("Exception", "tools.jackson", "java.lang", "Cannot");
        assertThat(jdbc.sql("select count(*) from citizen where cpr_number = ?").param(cpr.replace("-", ""))
                .query(Long.class).single()).isZero();
    }

    @Test
    void aNulCharacterIsRefusedNamingTheField() {
        ApiClient coordinator = ApiClient.as(port, "koordinator");
        String cpr = TestCitizens.newCpr();
        ApiClient.Response response = coordinator.post("/api/v1/inquiries", inquiry(cpr, "Anna\\u0000Hansen", "\"NORMAL\""));
        assertRefused(response, "citizenName", cpr);
        assertThat(response.json().get("detail").asText()).contains("nul-tegn");
    }

    @Test
    void aLoneSurrogateIsRefusedNotStoredAsAQuestionMark() {
        ApiClient coordinator = ApiClient.as(port, "koordinator");
        String cpr = TestCitizens.newCpr();
        assertRefused(coordinator.post("/api/v1/inquiries", inquiry(cpr, "Anna \\ud83d Hansen", "\"NORMAL\"")), "citizenName", cpr);
        // a whole emoji is two halves and is kept
        String whole = TestCitizens.newCpr();
        ApiClient.Response kept = coordinator.post("/api/v1/inquiries", inquiry(whole, "Anna \\ud83d\\ude00 Hansen", "\"NORMAL\""));
        assertThat(kept.status()).as(kept.body()).isEqualTo(201);
    }

    @Test
    void aFormWithANulCharacterIsRefusedBesideTheField() {
        WebSession coordinator = WebSession.logIn(port, "koordinator");
        coordinator.get("/inquiries/new");
        String cpr = TestCitizens.newCpr();
        WebSession.Page page = coordinator.post("/inquiries", List.of(Map.entry("cprNumber", cpr),
                Map.entry("citizenName", "Anna\u0000Hansen"), Map.entry("address", "Strandvejen 1"),
                Map.entry("source", "CITIZEN"), Map.entry("request", "Hjælp"), Map.entry("legalBasis", "SEL § 83"),
                Map.entry("priority", "NORMAL"), Map.entry("consent", "NOT_RECORDED"),
                Map.entry("receivedAt", "2026-01-05T10:00")));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("et tegn, der ikke kan gemmes");
        assertThat(jdbc.sql("select count(*) from citizen where cpr_number = ?").param(cpr.replace("-", ""))
                .query(Long.class).single()).isZero();

        WebSession.Page huge = coordinator.post("/inquiries", List.of(Map.entry("cprNumber", cpr),
                Map.entry("citizenName", "Anna Hansen"), Map.entry("address", "Strandvejen 1"),
                Map.entry("source", "CITIZEN"), Map.entry("request", "x".repeat(300_000)), Map.entry("legalBasis", "SEL § 83"),
                Map.entry("priority", "NORMAL"), Map.entry("consent", "NOT_RECORDED"),
                Map.entry("receivedAt", "2026-01-05T10:00")));
        assertThat(huge.status()).isEqualTo(200);
        assertThat(huge.body()).contains("længere end 10.000 tegn");
        assertThat(jdbc.sql("select count(*) from citizen where cpr_number = ?").param(cpr.replace("-", ""))
                .query(Long.class).single()).isZero();
    }

    @Test
    void anEnumGivenAsANumberIsRefusedNotTakenByItsPosition() {
        ApiClient coordinator = ApiClient.as(port, "koordinator");
        String cpr = TestCitizens.newCpr();
        assertRefused(coordinator.post("/api/v1/inquiries", inquiry(cpr, "Anna Hansen", "1")), "priority", cpr);
        assertThat(coordinator.post("/api/v1/inquiries", inquiry(cpr, "Anna Hansen", "1")).json().get("detail").asText())
                .contains("tilladte værdier");
    }

    @Test
    void aDecimalScoreIsRefusedNotCutToAWholeNumber() {
        ApiClient coordinator = ApiClient.as(port, "koordinator");
        ApiClient caseworker = ApiClient.as(port, "visitator");
        ApiClient.Response registered = coordinator.post("/api/v1/inquiries",
                inquiry(TestCitizens.newCpr(), "Anna Hansen", "\"NORMAL\""));
        long citizenId = registered.json().get("citizenId").asLong();
        ApiClient.Response response = caseworker.post("/api/v1/citizens/" + citizenId + "/assessments", """
                {"assessedOn": "2026-01-05", "overallAssessment": "Har brug for hjælp.", "abilityScores": {"b510": 2.5}}""");
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("abilityScores.b510");
        assertThat(response.json().get("detail").asText()).contains("helt tal");
        assertThat(jdbc.sql("select count(*) from assessment where citizen_id = ?").param(citizenId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aLongNameAFarDateAndAHugeTextAreRefusedNamingTheField() {
        ApiClient coordinator = ApiClient.as(port, "koordinator");
        String cpr = TestCitizens.newCpr();
        ApiClient.Response longName = coordinator.post("/api/v1/inquiries", inquiry(cpr, "A".repeat(201), "\"NORMAL\""));
        assertRefused(longName, "citizenName", cpr);
        assertThat(longName.json().get("detail").asText()).contains("højst 200 tegn");

        ApiClient.Response huge = coordinator.post("/api/v1/inquiries", inquiry(cpr, "Anna Hansen", "\"NORMAL\"")
                .replace("Hjælp til rengøring", "x".repeat(300_000)));
        assertRefused(huge, "request", cpr);
        assertThat(huge.json().get("detail").asText()).contains("højst 10.000 tegn");

        ApiClient finance = ApiClient.as(port, "okonomi");
        for (String month : List.of("0000-01", "26-11", "9999-01")) {
            ApiClient.Response run = finance.post("/api/v1/settlement/runs", "{\"month\": \"" + month + "\"}");
            assertThat(run.status()).as(month + run.body()).isEqualTo(400);
            assertThat(run.json().get("errors").get(0).get("field").asText()).isEqualTo("month");
            assertThat(run.json().get("detail").asText()).contains("mellem år 1900");
        }
    }

    @Test
    void aCaseRateAboveTenMillionKronerIsRefused() {
        ApiClient finance = ApiClient.as(port, "okonomi");
        ApiClient.Response rate = finance.post("/api/v1/settlement/case-rates", """
                {"grantKey": "00000000-0000-0000-0000-000000000001", "providerId": 1, "band": "ALL",
                 "amount": "92233720368547758", "validFrom": "2026-01-01", "reason": "Test"}""");
        assertThat(rate.status()).as(rate.body()).isEqualTo(400);
        assertThat(rate.body()).contains("\"field\":\"amount\"", "Beløbet er for stort");
    }
}
