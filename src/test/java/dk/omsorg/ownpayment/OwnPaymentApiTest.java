package dk.omsorg.ownpayment;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.TestCitizens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/** § 107 own payment over real HTTP with Ikast-Brande's 2025 policy: versions, recomputation, refusals, audit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OwnPaymentApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient caseworker;
    long citizenId;

    /** An Ikast-Brande citizen, created through an inquiry as in the other Ikast tests. */
    static long ikastCitizen(int port) {
        Response inquiry = ApiClient.as(port, "koordinator-ikast").post("/api/v1/inquiries", json(map(
                "cprNumber", TestCitizens.newCpr(), "citizenName", "Botilbud Borger", "address", "Østergade 2, 7430 Ikast",
                "district", "ikast", "source", "CITIZEN", "receivedAt", "2025-01-06T10:00:00+01:00",
                "request", "Midlertidigt botilbud", "legalBasis", "SEL § 82 b", "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        return inquiry.json().get("citizenId").asLong();
    }

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator-ikast");
        citizenId = ikastCitizen(port);
    }

    private String path() {
        return "/api/v1/citizens/" + citizenId + "/own-payments";
    }

    /** The seed's 2025 expenses at their caps, medicine 312,50 actual: 1.113,50 kr. */
    private static Map<String, Object> body(String effectiveFrom, String income, int version) {
        return map("effectiveFrom", effectiveFrom, "stayStart", "2025-02-01", "version", version,
                "incomes", List.of(map("kind", "Folkepension", "amount", income)),
                "expenses", List.of(map("kind", "MEDICINE", "amount", "312.50"), map("kind", "ANTENNA", "amount", "230.00"),
                        map("kind", "PHONE", "amount", "57.00"), map("kind", "DEPOSIT_SAVING", "amount", "220.00"),
                        map("kind", "INSURANCE", "amount", "294.00")),
                "offer", map("housing", "7000.00", "food", "3500.00", "services", "1500.00"));
    }

    @Test
    void aChangedIncomeIsANewVersionRecomputedAndTheOldOneIsKept() {
        // 14.000,00 − 1.113,50 − 2.137,00 (rådighedsbeløb 2025) = 10.749,50
        Response first = caseworker.post(path(), json(body("2025-02-01", "14000.00", 0)));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("ownPayment").decimalValue()).isEqualByComparingTo("10749.50");
        assertThat(first.json().get("calculation").get("disposableAmount").decimalValue()).isEqualByComparingTo("2137.00");

        // the pension rises by 500,00 from 1 June: 10.749,50 + 500,00 = 11.249,50
        Response second = caseworker.post(path(), json(body("2025-06-01", "14500.00", 1)));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().get("version").asInt()).isEqualTo(2);
        assertThat(second.json().get("ownPayment").decimalValue()).isEqualByComparingTo("11249.50");

        Response history = caseworker.get(path());
        assertThat(history.json()).extracting(v -> v.get("version").asInt() + " " + v.get("effectiveFrom").asText()
                + " " + v.get("ownPayment").decimalValue().setScale(2).toPlainString())
                .containsExactly("2 2025-06-01 11249.50", "1 2025-02-01 10749.50");
    }

    @Test
    void cappedAtTheOffersCostAndNeverBelowZero() {
        Map<String, Object> rich = body("2025-02-01", "30000.00", 0);
        Response capped = caseworker.post(path(), json(rich));
        assertThat(capped.json().get("ownPayment").decimalValue()).isEqualByComparingTo("12000.00");
        assertThat(capped.json().get("calculation").get("cappedAtOffer").asBoolean()).isTrue();
        Response poor = caseworker.post(path(), json(body("2025-03-01", "2500.00", 1)));
        assertThat(poor.json().get("ownPayment").decimalValue()).isEqualByComparingTo("0.00");
    }

    @Test
    void aStaleVersionIs409AndNothingIsStored() {
        assertThat(caseworker.post(path(), json(body("2025-02-01", "14000.00", 0))).status()).isEqualTo(201);
        Response stale = caseworker.post(path(), json(body("2025-03-01", "15000.00", 0)));
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.json().get("detail").asText()).startsWith("Egenbetalingen er ændret af en anden");
        assertThat(caseworker.get(path()).json()).hasSize(1);
    }

    @Test
    void badInputIsRefusedInDanishByFieldAndNothingIsStored() {
        Map<String, Object> bad = body("2025-02-01", "-1.00", 0);
        bad.put("expenses", List.of(map("kind", "BIL", "amount", "100.00"), map("kind", "ANTENNA", "amount", "231.00")));
        Response refused = caseworker.post(path(), json(bad));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors")).extracting(e -> e.get("field").asText() + ": " + e.get("message").asText())
                .containsExactly("incomes[0].amount: Beløbet må ikke være negativt.",
                        "expenses[0].kind: Ukendt udgiftstype. Vælg en af de godkendte udgifter.",
                        "expenses[1].amount: Antennebidrag godkendes med højst 230,00 kr. pr. måned.");

        Response decimals = caseworker.post(path(), json(body("2025-02-01", "14000.005", 0)));
        assertThat(decimals.status()).isEqualTo(400);
        assertThat(decimals.json().get("errors").get(0).get("field").asText()).isEqualTo("incomes[0].amount");
        assertThat(caseworker.get(path()).json()).isEmpty();
    }

    @Test
    void anotherMunicipalitysCaseworkerGets404AndEveryReadAndWriteIsAudited() {
        caseworker.post(path(), json(body("2025-02-01", "14000.00", 0)));
        caseworker.get(path());
        assertThat(ApiClient.as(port, "visitator").get(path()).status()).isEqualTo(404);
        assertThat(ApiClient.as(port, "visitator").post(path(), json(body("2025-03-01", "1.00", 1))).status()).isEqualTo(404);
        assertThat(jdbc.sql("select action from audit_event where citizen_id = ? and resource = 'egenbetaling' order by id")
                .param(citizenId).query(String.class).list()).containsExactly("CREATE", "READ");
        assertThat(jdbc.sql("select detail from audit_event where citizen_id = ? and action = 'CREATE' and resource = 'egenbetaling'")
                .param(citizenId).query(String.class).single()).isEqualTo("egenbetaling version 1 fra 01-02-2025: 10.749,50 kr. pr. måned");
    }
}
