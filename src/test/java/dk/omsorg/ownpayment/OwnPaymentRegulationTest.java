package dk.omsorg.ownpayment;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new yearly own-payment level (test policy: 2.137,00 kr. disposable in 2025, 2.200,00 kr. from 2026) is an input of
 * every own payment: a draft per citizen with before and after, a new version only when approved, approved once; a
 * draft whose citizen got a new version after it was made is stale (409, nothing approved).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "omsorg.ownpayment.location=classpath*:test-policy/*/own-payment.yaml")
class OwnPaymentRegulationTest {

    static final String REGULATION = "/api/v1/own-payments/regulations/2026-01-01";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    /** The seed's 2025 expenses at their caps, medicine 312,50: 1.113,50 kr. */
    private static Map<String, Object> body(String effectiveFrom, String income, int version) {
        return map("effectiveFrom", effectiveFrom, "stayStart", "2025-02-01", "version", version,
                "incomes", List.of(map("kind", "Folkepension", "amount", income)),
                "expenses", List.of(map("kind", "MEDICINE", "amount", "312.50"), map("kind", "ANTENNA", "amount", "230.00"),
                        map("kind", "PHONE", "amount", "57.00"), map("kind", "DEPOSIT_SAVING", "amount", "220.00"),
                        map("kind", "INSURANCE", "amount", "294.00")),
                "offer", map("housing", "9000.00", "food", "3500.00", "services", "1500.00"));
    }

    private static JsonNode draftOf(JsonNode drafts, long citizenId) {
        for (JsonNode d : drafts) {
            if (d.get("citizenId").asLong() == citizenId) {
                return d;
            }
        }
        throw new AssertionError("no draft for " + citizenId + ": " + drafts);
    }

    private int versions(long citizenId) {
        return jdbc.sql("select count(*) from own_payment where citizen_id = ?").param(citizenId).query(Integer.class).single();
    }

    @Test
    void aNewYearlyLevelGivesDraftsWithTheDifferenceThatTakeEffectWhenApprovedOnceAndAStaleDraftIs409() {
        ApiClient caseworker = ApiClient.as(port, "visitator-ikast");
        long citizenId = OwnPaymentApiTest.ikastCitizen(port);
        String path = "/api/v1/citizens/" + citizenId + "/own-payments";
        // 2025: 14.000,00 − 1.113,50 − 2.137,00 = 10.749,50
        assertThat(caseworker.post(path, json(body("2025-02-01", "14000.00", 0))).json().get("ownPayment").decimalValue())
                .isEqualByComparingTo("10749.50");

        // 2026: 14.000,00 − 1.113,50 − 2.200,00 = 10.686,50: 63,00 kr. less
        Response created = caseworker.post(REGULATION, "");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        JsonNode draft = draftOf(created.json(), citizenId);
        assertThat(draft.get("before").decimalValue()).isEqualByComparingTo("10749.50");
        assertThat(draft.get("after").decimalValue()).isEqualByComparingTo("10686.50");
        assertThat(draft.get("difference").decimalValue()).isEqualByComparingTo("-63.00");
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(versions(citizenId)).as("no new version before approval").isEqualTo(1);

        // the pension rises from June after the draft was made: the draft is stale, nothing is approved
        assertThat(caseworker.post(path, json(body("2025-06-01", "14500.00", 1))).status()).isEqualTo(201);
        Response stale = caseworker.post(REGULATION + "/approval", "");
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.json().get("detail").asText()).contains("er ændret, efter udkastet blev dannet");
        assertThat(versions(citizenId)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from own_payment_regulation where status = 'APPROVED' and level_valid_from = '2026-01-01'")
                .query(Integer.class).single()).isZero();

        // made again from the latest version: 14.500,00 − 1.113,50 − 2.200,00 = 11.186,50
        JsonNode again = draftOf(caseworker.post(REGULATION, "").json(), citizenId);
        assertThat(again.get("before").decimalValue()).isEqualByComparingTo("11249.50");
        assertThat(again.get("after").decimalValue()).isEqualByComparingTo("11186.50");
        assertThat(again.get("baseVersion").asInt()).isEqualTo(2);

        Response approved = ApiClient.as(port, "okonomi-ikast").post(REGULATION + "/approval", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(draftOf(approved.json(), citizenId).get("status").asText()).isEqualTo("APPROVED");
        JsonNode latest = caseworker.get(path).json().get(0);
        assertThat(latest.get("version").asInt()).isEqualTo(3);
        assertThat(latest.get("effectiveFrom").asText()).isEqualTo("2026-01-01");
        assertThat(latest.get("ownPayment").decimalValue()).isEqualByComparingTo("11186.50");
        assertThat(latest.get("calculation").get("disposableAmount").decimalValue()).isEqualByComparingTo("2200.00");

        Response twice = caseworker.post(REGULATION + "/approval", "");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asText()).isEqualTo("Genberegningerne fra 01.01.2026 er allerede godkendt; intet er ændret.");
        assertThat(versions(citizenId)).isEqualTo(3);

        // the page shows the level's recalculations, before → after, approved
        WebSession finance = WebSession.logIn(port, "okonomi-ikast");
        String page = finance.get("/own-payments/regulations?level=2026-01-01").body().replaceAll("\\s+", " ");
        assertThat(page).contains("Genberegning fra 01.01.2026", "11.249,50 kr.", "11.186,50 kr.", "-63,00 kr.", "Godkendt")
                .doesNotContain("APPROVED").doesNotContain("Godkend udkastene");
        WebSession.Page refused = finance.post("/own-payments/regulations/approval?level=2026-01-01", List.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("allerede godkendt; intet er ændret");
        assertThat(versions(citizenId)).isEqualTo(3);
    }

    @Test
    void aDayWithoutANewLevelIsRefusedInDanish() {
        Response none = ApiClient.as(port, "visitator-ikast").post("/api/v1/own-payments/regulations/2026-02-01", "");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("Der er ingen satser for egenbetaling, der træder i kraft den dag.");
    }
}
