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

import static dk.omsorg.additionalcosts.AdditionalCostsApiTest.path;
import static dk.omsorg.additionalcosts.AdditionalCostsTestData.IKAST;
import static dk.omsorg.additionalcosts.AdditionalCostsTestData.citizen;
import static org.assertj.core.api.Assertions.assertThat;

/** The yearly regulation from the 2022 to the 2025 level: drafts with differences, approved once, then paid. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdditionalCostsRegulationTest {

    static final String REGULATION = "/api/v1/additional-costs/regulations/2025-01-01";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    static String monthlyDiet(String kroner) {
        return """
                {"startMonth": "2022-06-01", "expenses": [{"kind": "OTHER", "text": "Diætkost", "amount": "%s",
                 "period": "MONTH", "evidence": "PROBABLE"}]}""".formatted(kroner);
    }

    JsonNode draftOf(JsonNode drafts, long citizenId) {
        for (JsonNode d : drafts) {
            if (d.get("citizenId").asLong() == citizenId) {
                return d;
            }
        }
        throw new AssertionError("no draft for " + citizenId + ": " + drafts);
    }

    long paid(ApiClient finance, String month, long citizenId) {
        for (JsonNode p : finance.get("/api/v1/additional-costs/payments?month=" + month).json()) {
            if (p.get("citizenId").asLong() == citizenId) {
                return p.get("amount").decimalValue().movePointRight(2).longValueExact();
            }
        }
        return -1;
    }

    @Test
    void newYearlyLevelsGiveDraftsWithTheDifferenceThatTakeEffectWhenApprovedOnce() {
        ApiClient caseworker = ApiClient.as(port, "visitator-ikast");
        ApiClient finance = ApiClient.as(port, "okonomi-ikast");
        long up = citizen(jdbc, IKAST, LocalDate.of(1980, 4, 2));
        long down = citizen(jdbc, IKAST, LocalDate.of(1981, 8, 9));
        // 1.300 kr.: band 1 both years (1.074 → 1.179); 1.650 kr.: band 2 in 2022 (2.148), band 1 in 2025 (1.179)
        assertThat(caseworker.post(path(up), monthlyDiet("1.300,00")).json().get("monthlyAllowance").decimalValue())
                .isEqualByComparingTo("1074.00");
        assertThat(caseworker.post(path(down), monthlyDiet("1.650,00")).json().get("monthlyAllowance").decimalValue())
                .isEqualByComparingTo("2148.00");

        Response created = caseworker.post(REGULATION, "");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        JsonNode upDraft = draftOf(created.json(), up);
        assertThat(upDraft.get("oldAllowance").decimalValue()).isEqualByComparingTo("1074.00");
        assertThat(upDraft.get("newAllowance").decimalValue()).isEqualByComparingTo("1179.00");
        assertThat(upDraft.get("difference").decimalValue()).isEqualByComparingTo("105.00");
        assertThat(upDraft.get("status").asText()).isEqualTo("DRAFT");
        JsonNode downDraft = draftOf(created.json(), down);
        assertThat(downDraft.get("difference").decimalValue()).isEqualByComparingTo("-969.00");
        assertThat(downDraft.get("newBand").asInt()).isEqualTo(1);

        // not in effect before approval
        assertThat(paid(finance, "2025-02", up)).isEqualTo(107_400);

        Response approved = caseworker.post(REGULATION + "/approval", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(draftOf(approved.json(), up).get("status").asText()).isEqualTo("APPROVED");
        assertThat(paid(finance, "2025-02", up)).isEqualTo(117_900);
        assertThat(paid(finance, "2025-02", down)).isEqualTo(117_900);
        assertThat(paid(finance, "2024-12", down)).isEqualTo(214_800);

        Response again = caseworker.post(REGULATION + "/approval", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("allerede godkendt");
        assertThat(jdbc.sql("select count(*) from additional_costs_recalculation where calculation_id in "
                        + "(select id from additional_costs_calculation where citizen_id in (?, ?)) and status = 'APPROVED'")
                .params(up, down).query(Integer.class).single()).isEqualTo(2);
    }
}
