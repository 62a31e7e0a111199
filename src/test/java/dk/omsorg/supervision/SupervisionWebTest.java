package dk.omsorg.supervision;

import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
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

/** The supervisor's screens over real HTTP with a form login: draw from the form, the sample page, downloads, refusals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupervisionWebTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private long samples() {
        return jdbc.sql("select count(*) from supervision_sample").query(Long.class).single();
    }

    @Test
    void theSupervisorDrawsASampleFromTheFormAndSeesTheCitizensPerProvider() {
        LocalDate today = SupervisionTestData.todayInDenmark();
        Granted g = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", today);
        long solsikken = SupervisionTestData.provider(jdbc, "solsikken-hjemmepleje");
        WebSession web = WebSession.logIn(port, "tilsyn");

        Page list = web.get("/supervision");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Træk stikprøve").contains("Solsikken Hjemmepleje ApS").contains("href=\"/supervision\"");

        Page drawn = web.post("/supervision/samples", List.of(Map.entry("from", today.toString()),
                Map.entry("to", today.plusDays(6).toString()), Map.entry("perProvider", "100"),
                Map.entry("providerId", String.valueOf(solsikken)), Map.entry("seed", "")));
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(302);
        assertThat(drawn.location()).matches(".*/supervision/samples/\\d+");
        String path = drawn.location().replaceFirst("^https?://[^/]+", "");

        Page sample = web.get(path);
        assertThat(sample.status()).isEqualTo(200);
        // at most 100 citizens a provider are drawn, and many tests grant help with this provider: the sample has
        // grants, the test's own only when the provider has few enough citizens to be drawn in full
        long citizens = jdbc.sql("""
                        select count(distinct d.citizen_id) from decision_grant dg join decision d on d.id = dg.decision_id
                        where d.status = 'CURRENT' and d.municipality_id = 253""").query(Long.class).single();
        assertThat(sample.body()).contains("Solsikken Hjemmepleje ApS").contains("data-grant=\"")
                .satisfies(b -> { if (citizens <= 100) assertThat(b).contains("data-grant=\"" + g.grantKey() + "\""); })
                .contains("Hent CSV").contains("Visiteret pr. uge");
        assertThat(web.get(path + "/export.csv").status()).isEqualTo(200);
        assertThat(web.get(path + "/export.xlsx").status()).isEqualTo(200);
        assertThat(web.get("/supervision").body()).contains(path);
    }

    @Test
    void aBadFormShowsTheErrorsInDanishAndDrawsNothing() {
        WebSession web = WebSession.logIn(port, "tilsyn");
        web.get("/supervision");
        long before = samples();

        Page page = web.post("/supervision/samples", List.of(Map.entry("from", "2025-03-10"), Map.entry("to", "2025-03-01"),
                Map.entry("perProvider", "0"), Map.entry("providerId", ""), Map.entry("seed", "")));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Stikprøven er ikke trukket")
                .contains("Periodens sidste dag (01.03.2025) ligger før den første (10.03.2025).")
                .contains("Antal borgere pr. leverandør skal være et helt tal fra 1 til 100.");
        assertThat(samples()).isEqualTo(before);
    }

    @Test
    void aCaseworkerAndAProviderAreRefused() {
        for (String user : List.of("visitator", "leverandor-a")) {
            WebSession web = WebSession.logIn(port, user);
            assertThat(web.get("/supervision").status()).as(user).isEqualTo(403);
            assertThat(web.get("/supervision").body()).as(user).doesNotContain("Træk stikprøve");
        }
        assertThat(WebSession.logIn(port, "visitator").get("/").body()).doesNotContain("href=\"/supervision\"");
    }
}
