package dk.omsorg.pools;

import dk.omsorg.catalog.DanishText;
import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import dk.omsorg.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The citizen's pools in the browser, with and without htmx: balance, what lapses, the ledger, the use form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PoolWebTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCaseworkerSeesBalanceExpiryAndLedgerAndRegistersAUseWithoutJavaScript() {
        long citizenId = PoolTestData.ikastCitizen(jdbc);
        LocalDate thisMonth = DecisionTestData.today().withDayOfMonth(1);
        JsonNode pool = PoolTestData.opened(ApiClient.as(port, "visitator-ikast"), citizenId, "COMPANION_HOURS",
                thisMonth.minusMonths(1), null);
        long poolId = pool.get("id").asLong();
        WebSession caseworker = WebSession.logIn(port, "visitator-ikast");

        Page page = caseworker.get("/citizens/" + citizenId + "/pools");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html").contains("Ledsageordning (§ 97)").contains("30 timer")
                .contains("15 timer kan bruges til og med " + DanishText.date(thisMonth.minusMonths(1).plusMonths(6).minusDays(1)))
                .contains("Tildelt");

        String path = "/citizens/" + citizenId + "/pools/" + poolId + "/uses";
        Page refused = caseworker.post(path, List.of(Map.entry("on", thisMonth.toString()), Map.entry("quantity", "31"),
                Map.entry("note", "Biograf"), Map.entry("version", "0")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Der er ikke nok til rådighed: saldoen er 30 timer").contains("value=\"31\"")
                .doesNotContain("Exception");
        assertThat(jdbc.sql("select count(*) from pool_entry where pool_id = ?").param(poolId).query(Long.class).single()).isZero();

        Page saved = caseworker.post(path, List.of(Map.entry("on", thisMonth.toString()), Map.entry("quantity", "2,5"),
                Map.entry("note", "Biograf"), Map.entry("version", "0")));
        assertThat(saved.status()).isEqualTo(302);
        Page after = caseworker.get(saved.location());
        assertThat(after.body()).contains("Forbruget er registreret.").contains("27,5 timer").contains("Biograf");

        Page fragment = caseworker.htmx("/citizens/" + citizenId + "/pools");
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html").contains("id=\"pools\"").contains("Forbrug");
    }

    @Test
    void anotherMunicipalitysCitizenHasNoPoolsPage() {
        long citizenId = PoolTestData.ikastCitizen(jdbc);
        assertThat(WebSession.logIn(port, "visitator").get("/citizens/" + citizenId + "/pools").status()).isEqualTo(404);
    }
}
