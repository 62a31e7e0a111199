package dk.omsorg.settlement;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 000 "Opret ydelse": in a care centre a special case is granted the new intervention "Plejecenter individuel
 * tid" on top of the ordinary package. It is 1:1 time, so settlement prices it in rate group indi-tid as fast vagt:
 * by the minutes delivered and the time of day, the municipal provider's night hours at the free-choice rate, the
 * primary private provider at its own bid, each on the provider's own account. Settles September 2022, a month no
 * other test uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CareCentreIndividualTimeSettlementTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void careCentreIndividualTimeIsPricedAsOneToOneTimeByTimeOfDayOnTheProvidersAccount() {
        ApiClient finance = ApiClient.as(port, "okonomi");
        SettlementFixture fixture = new SettlementFixture(jdbc, NoticeTestData.granted(ApiClient.as(port, "visitator"),
                jdbc, "leverandor-a", DecisionTestData.today()));
        long municipal = SettlementFixture.provider(jdbc, "greve-hjemmeplejen");
        long solsikken = SettlementFixture.provider(jdbc, "solsikken-hjemmepleje");
        LocalDate tuesday = LocalDate.of(2022, 9, 6);
        UUID individual = fixture.grant("fast-vagt", "plejecenter-individuel-tid", "SEL § 83 stk. 1 nr. 1", 120,
                LocalDate.of(2022, 9, 1), null);
        fixture.delivered(individual, solsikken, tuesday, LocalTime.of(9, 0), 150);     // delivered, not granted, minutes
        fixture.delivered(individual, solsikken, tuesday, LocalTime.of(18, 0), 60);
        fixture.delivered(individual, municipal, tuesday, LocalTime.of(23, 30), 120);

        var response = finance.post("/api/v1/settlement/runs", json(map("month", "2022-09", "waitForResult", true)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode run = response.json();
        assertThat(run.get("problems")).as(response.body()).isEmpty();
        long runId = run.get("run").get("id").asLong();

        // Solsikken's bid for indi-tid: 398 kr/t hverdag dag, 521 kr/t øvrige tider (settlement.yaml)
        assertThat(lines(finance, runId, solsikken, individual)).containsExactly(
                "WEEKDAY_DAY PROVIDER 398.00 1 150 995.00 5.30.26.2",
                "OTHER PROVIDER 521.00 1 60 521.00 5.30.26.2");
        // the municipal provider's night hours at the free-choice rate, 544 kr/t
        assertThat(lines(finance, runId, municipal, individual)).containsExactly(
                "NIGHT FREE_CHOICE 544.00 1 120 1088.00 5.30.26.1");
    }

    /** The provider's PERIOD lines of the grant: band, rate source, rate, visits, minutes, amount, account. */
    private static List<String> lines(ApiClient finance, long runId, long providerId, UUID grant) {
        var statement = finance.get("/api/v1/settlement/runs/" + runId + "/providers/" + providerId);
        assertThat(statement.status()).as(statement.body()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        for (JsonNode l : statement.json().get("lines")) {
            if (l.get("grantKey").asText().equals(grant.toString()) && l.get("kind").asText().equals("PERIOD")) {
                lines.add(l.get("band").asText() + " " + l.get("rateSource").asText() + " " + kr(l.get("rate")) + " "
                        + l.get("visits").asInt() + " " + l.get("minutes").asLong() + " " + kr(l.get("amount")) + " "
                        + l.get("account").asText());
            }
        }
        return lines;
    }

    private static String kr(JsonNode amount) {
        return amount.decimalValue().setScale(2).toPlainString();
    }
}
