package dk.omsorg.ownpayment;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.support.WebSession;
import dk.omsorg.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Danish own-payment and BPA pages per citizen: a saved version with its calculation, a refusal, the BPA flag. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OwnPaymentWebTest {

    @LocalServerPort
    int port;

    @Test
    void theCaseworkerSavesAnOwnPaymentAndSeesTheCalculationAndAnAmountAboveTheCapIsRefusedInDanish() {
        long citizenId = OwnPaymentApiTest.ikastCitizen(port);
        WebSession caseworker = WebSession.logIn(port, "visitator-ikast");
        String path = "/citizens/" + citizenId + "/own-payments";
        Page empty = caseworker.get(path);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("Der er ikke beregnet egenbetaling").contains("Antennebidrag")
                .contains("højst 230,00 kr. pr. måned").doesNotContainIgnoringCase("seed");

        // the kinds in the page's order: MEDICINE, ANTENNA, PHONE, DEPOSIT_SAVING, INSURANCE
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("version", "0"),
                Map.entry("effectiveFrom", "2025-02-01"), Map.entry("stayStart", "2025-02-01"),
                Map.entry("incomeKind", "Folkepension"), Map.entry("incomeAmount", "14.000,00"),
                Map.entry("housing", "7000"), Map.entry("food", "3500"), Map.entry("services", "1500")));
        String[] kinds = {"MEDICINE", "ANTENNA", "PHONE", "DEPOSIT_SAVING", "INSURANCE"};
        String[] amounts = {"312,50", "231,00", "57", "220", "294"};
        for (int i = 0; i < kinds.length; i++) {
            fields.add(Map.entry("expenseKind", kinds[i]));
            fields.add(Map.entry("expenseAmount", amounts[i]));
        }
        Page refused = caseworker.post(path, fields);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Antennebidrag godkendes med højst 230,00 kr. pr. måned.");
        assertThat(caseworker.get(path).body()).contains("Der er ikke beregnet egenbetaling");

        fields.set(fields.indexOf(Map.entry("expenseAmount", "231,00")), Map.entry("expenseAmount", "230,00"));
        Page saved = caseworker.post(path, fields);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        Page page = caseworker.get(path);
        assertThat(page.body()).contains("id=\"own-payment-amount\">10.749,50 kr.</span>");
        assertThat(page.body()).contains("Rådighedsbeløb").contains("2.137,00").contains("Lægeordineret medicin");
    }

    @Test
    void theBpaPageShowsTheBudgetTheFollowUpAndTheTeamFlag() {
        long citizenId = OwnPaymentApiTest.ikastCitizen(port);
        WebSession caseworker = WebSession.logIn(port, "visitator-ikast");
        String path = "/citizens/" + citizenId + "/bpa";
        var start = DecisionTestData.today().minusMonths(3);
        assertThat(caseworker.get(path).body()).contains("Borgeren har ingen BPA-ordning.");
        Page bad = caseworker.post(path, List.of(Map.entry("hoursPerDay", "25"), Map.entry("startDate", start.toString())));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Timer pr. døgn skal være mellem 0 og 24");
        assertThat(caseworker.post(path, List.of(Map.entry("hoursPerDay", "8"), Map.entry("startDate", start.toString())))
                .status()).isEqualTo(302);
        Page page = caseworker.get(path);
        assertThat(page.body()).contains("id=\"bpa-budget\"").contains("id=\"bpa-follow-up\"").doesNotContain("id=\"bpa-team-flag\"");

        Page reported = caseworker.post(path + "/team-report", List.of(Map.entry("version", "0"),
                Map.entry("teamNotKeptFrom", DecisionTestData.today().minusWeeks(7).toString())));
        assertThat(reported.status()).as(reported.body()).isEqualTo(302);
        assertThat(caseworker.get(path).body()).contains("id=\"bpa-team-flag\"").contains("mere end 6 uger");
        assertThat(caseworker.get("/bpa/team-not-kept").body()).contains("/citizens/" + citizenId + "/bpa");
    }
}
