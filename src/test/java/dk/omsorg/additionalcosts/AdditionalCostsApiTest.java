package dk.omsorg.additionalcosts;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;

import static dk.omsorg.additionalcosts.AdditionalCostsTestData.IKAST;
import static dk.omsorg.additionalcosts.AdditionalCostsTestData.citizen;
import static org.assertj.core.api.Assertions.assertThat;

/** § 100 calculations over real HTTP with Ikast-Brande's levels: stored, read back, refused by field, audited. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdditionalCostsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    static String path(long citizenId) {
        return "/api/v1/citizens/" + citizenId + "/additional-costs";
    }

    static String body(String startMonth, String expenses) {
        return """
                {"startMonth": "%s", "grantKey": "7b0c8f8e-8f0e-4f7a-9a43-0c2b1c1f0a11", "expenses": [%s],
                 "deductions": [{"text": "Almindelig kost for jævnaldrende", "amount": "200,00", "period": "MONTH"}]}"""
                .formatted(startMonth, expenses);
    }

    static final String DIET = """
            {"kind": "OTHER", "text": "Diætkost", "amount": "1.500,00", "period": "MONTH", "evidence": "DOCUMENTED",
             "receiptReference": "Bilag 3"}""";
    static final String MEDICINE = """
            {"kind": "MEDICINE", "text": "Medicin", "amount": "9.000,00", "period": "YEAR", "evidence": "PROBABLE"}""";

    @Test
    void aCalculationIsStoredWithItsLinesCapsAndBandAndReadBackAudited() {
        ApiClient caseworker = ApiClient.as(port, "visitator-ikast");
        long citizenId = citizen(jdbc, IKAST, LocalDate.of(1980, 5, 17));
        Response created = caseworker.post(path(citizenId), body("2025-02-01", DIET + "," + MEDICINE));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode c = created.json();
        // 1.500,00 + medicine capped at 4.575/12 = 381,25 − 200,00 = 1.681,25 → band 1 of 2025 (630–1.768,99): 1.179,00
        assertThat(c.get("expenses").get(1).get("monthlyBeforeCap").decimalValue()).isEqualByComparingTo("750.00");
        assertThat(c.get("expenses").get(1).get("monthly").decimalValue()).isEqualByComparingTo("381.25");
        assertThat(c.get("expenses").get(1).get("cap").asText()).isEqualTo("MEDICINE_CEILING");
        assertThat(c.get("monthlyNeed").decimalValue()).isEqualByComparingTo("1681.25");
        assertThat(c.get("outcome").asText()).isEqualTo("STANDARD");
        assertThat(c.get("band").asInt()).isEqualTo(1);
        assertThat(c.get("monthlyAllowance").decimalValue()).isEqualByComparingTo("1179.00");
        assertThat(c.get("levelValidFrom").asText()).isEqualTo("2025-01-01");

        Response list = caseworker.get(path(citizenId));
        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).get("expenses").get(0).get("receiptReference").asText()).isEqualTo("Bilag 3");
        assertThat(jdbc.sql("select action from audit_event where citizen_id = ? and resource = 'additional-costs' order by id")
                .param(citizenId).query(String.class).list()).containsExactly("CREATE", "READ");
    }

    @Test
    void badInputIsRefusedInDanishByFieldAndNothingIsStored() {
        ApiClient caseworker = ApiClient.as(port, "visitator-ikast");
        long citizenId = citizen(jdbc, IKAST, LocalDate.of(1985, 1, 9));
        Response bad = caseworker.post(path(citizenId), body("2025-02-01", """
                {"kind": "OTHER", "text": "Tøj", "amount": "100,005", "period": "MONTH", "evidence": "PROBABLE"},
                {"kind": "OTHER", "text": "Tøj", "amount": "99999999999999999999,00", "period": "MONTH", "evidence": "PROBABLE"}"""));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("expenses[0].amount", "højst to decimaler", "expenses[1].amount");
        Response more = caseworker.post(path(citizenId), body("2025-02-01", """
                {"kind": "OTHER", "text": "Tøj", "amount": "-5,00", "period": "MONTH", "evidence": "PROBABLE"},
                {"kind": "OTHER", "text": "Tøj", "amount": "100,00", "evidence": "PROBABLE"},
                {"kind": "OTHER", "text": "Tøj", "amount": "100,00", "period": "YEAR", "evidence": "DOCUMENTED"}"""));
        assertThat(more.status()).as(more.body()).isEqualTo(400);
        assertThat(more.body()).contains("expenses[0].amount", "større end 0 kr.", "expenses[1].period",
                "pr. måned eller pr. år", "expenses[2].receiptReference", "henvisning til bilaget");
        assertThat(jdbc.sql("select count(*) from additional_costs_calculation where citizen_id = ?")
                .param(citizenId).query(Integer.class).single()).isZero();
    }

    @Test
    void aCitizenUnder18OrOverFolkepensionAgeIsRefused() {
        ApiClient caseworker = ApiClient.as(port, "visitator-ikast");
        long child = citizen(jdbc, IKAST, LocalDate.of(2008, 6, 1));
        Response young = caseworker.post(path(child), body("2025-02-01", DIET));
        assertThat(young.status()).as(young.body()).isEqualTo(400);
        assertThat(young.body()).contains("startMonth", "fyldte 18. år");
        long pensioner = citizen(jdbc, IKAST, LocalDate.of(1950, 6, 1));
        Response old = caseworker.post(path(pensioner), body("2025-02-01", DIET));
        assertThat(old.status()).as(old.body()).isEqualTo(400);
        assertThat(old.body()).contains("folkepensionsalderen");
        assertThat(jdbc.sql("select count(*) from additional_costs_calculation where citizen_id in (?, ?)")
                .params(child, pensioner).query(Integer.class).single()).isZero();
    }

    @Test
    void anotherMunicipalitysCitizenIsNotFoundAndAStaleEndIsAConflict() {
        long citizenId = citizen(jdbc, IKAST, LocalDate.of(1990, 3, 3));
        Response greve = ApiClient.as(port, "visitator").post(path(citizenId), body("2025-02-01", DIET));
        assertThat(greve.status()).isEqualTo(404);
        assertThat(ApiClient.as(port, "visitator").get(path(citizenId)).status()).isEqualTo(404);

        ApiClient caseworker = ApiClient.as(port, "visitator-ikast");
        long id = caseworker.post(path(citizenId), body("2025-02-01", DIET)).json().get("id").asLong();
        Response ended = caseworker.post(path(citizenId) + "/" + id + "/end", "{\"conditionsEnd\": \"2025-06-10\", \"version\": 0}");
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        Response stale = caseworker.post(path(citizenId) + "/" + id + "/end", "{\"conditionsEnd\": \"2025-07-10\", \"version\": 0}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("ændret af en anden");
        assertThat(caseworker.get(path(citizenId) + "/" + id).json().get("conditionsEnd").asText()).isEqualTo("2025-06-10");
    }
}
