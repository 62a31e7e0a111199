package dk.omsorg.specialcase;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import dk.omsorg.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offer page and finance's page over HTTP as the browser posts them: Danish errors beside what was typed and
 * nothing stored; the comparison with the cheapest marked; the contract; finance's page with the monthly cost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpecialCaseOfferWebTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theLeaderRecordsOffersComparesChoosesAndContractsAndFinanceSeesTheMonthlyCost() {
        SpecialCaseOfferFixture fixture = new SpecialCaseOfferFixture(jdbc, ApiClient.as(port, "visitator"));
        fixture.watch("DAY,NIGHT", 480, LocalDate.of(2026, 1, 1));
        long kystens = SpecialCaseOfferFixture.provider(jdbc, "kystens-hjemmeservice");
        long solsikken = SpecialCaseOfferFixture.provider(jdbc, "solsikken-hjemmepleje");
        String page = "/special-cases/" + fixture.caseId + "/offers";
        WebSession leader = WebSession.logIn(port, "leder");
        assertThat(leader.get(page).body()).contains("Der er ingen tilbud endnu", "id=\"offer-form\"");

        Page bad = leader.post(page, offer(kystens, "0"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Intet er gemt", "Timetaksten skal være større end 0 kr.", "value=\"650,00\"");
        assertThat(fixture.count("special_case_offer")).isZero();

        assertThat(leader.post(page, offer(kystens, "600,00")).status()).isEqualTo(302);
        leader.get(page);
        assertThat(leader.post(page, offer(solsikken, "398,00")).status()).isEqualTo(302);
        Page compared = leader.get(page);
        assertThat(compared.tag("comparison")).isNotNull();
        assertThat(compared.body()).contains("billigst", "kommunal leverandør, til sammenligning", "234.525,29 kr.");

        long dear = jdbc.sql("select id from special_case_offer where special_case_id = ? and provider_id = ?")
                .params(fixture.caseId, kystens).query(Long.class).single();
        Page noReason = leader.post("/special-cases/" + fixture.caseId + "/choice",
                List.of(Map.entry("offerId", String.valueOf(dear)), Map.entry("reason", "")));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("Skriv en begrundelse");

        leader.get(page);
        Page contract = leader.post("/special-cases/" + fixture.caseId + "/contracts", List.of(
                Map.entry("startOn", DecisionTestData.today().withDayOfMonth(1).toString()), Map.entry("noticeMonths", "1")));
        assertThat(contract.status()).isEqualTo(302);
        assertThat(leader.get(page).body()).contains("Solsikken Hjemmepleje ApS", "Opsig kontrakten");

        WebSession finance = WebSession.logIn(port, "okonomi");
        Page costs = finance.get("/special-cases/finance");
        assertThat(costs.status()).isEqualTo(200);
        assertThat(costs.body()).contains("Kontrakt indgået", "234.525,29 kr.", "href=\"/special-cases/" + fixture.caseId + "/offers\"");
        assertThat(finance.get(page).body()).doesNotContain("id=\"offer-form\"");
        assertThat(WebSession.logIn(port, "visitator").get("/special-cases/finance").status()).isEqualTo(403);
    }

    private static List<Map.Entry<String, String>> offer(long providerId, String dayRate) {
        return List.of(Map.entry("providerId", String.valueOf(providerId)), Map.entry("receivedOn", "2026-11-02"),
                Map.entry("rateWeekdayDay", dayRate), Map.entry("rateOther", dayRate.equals("398,00") ? "521,00" : "650,00"),
                Map.entry("rateNight", dayRate.equals("398,00") ? "530,00" : "700,00"), Map.entry("validFrom", "2026-11-01"),
                Map.entry("validTo", ""), Map.entry("noticeMonths", "1"));
    }
}
