package dk.omsorg.settlement;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import dk.omsorg.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finance officer's settlement screens over real HTTP with a form login: settling December 2022 from the form,
 * the progress fragment htmx polls, totals per provider with the chart, a provider's statement, the co-payment list,
 * approval errors in Danish, the case-rate form, and refusals for a caseworker and a provider.
 * <p>
 * Greve's December 2022 is shared with {@code SettlementJourneyTest}, which approves it in the browser. The two may run
 * in either order, so this class never approves December: it settles the month when it is not yet approved, and
 * otherwise reads the approved run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SettlementWebTest {

    static final YearMonth DECEMBER = YearMonth.of(2022, 12);
    static final String PP = "SEL § 83 stk. 1 nr. 1";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    SettlementFixture fixture;
    long kystens;
    long solsikken;
    UUID care;

    @BeforeEach
    void setUp() {
        fixture = new SettlementFixture(jdbc, NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a",
                DecisionTestData.today()));
        kystens = SettlementFixture.provider(jdbc, "kystens-hjemmeservice");
        solsikken = SettlementFixture.provider(jdbc, "solsikken-hjemmepleje");
        // personal care at the free-choice rate with Kystens, 1:1 time at Solsikken's own rate, laundry with co-payment
        care = fixture.grant("personlig-pleje", "daglig-hygiejne", PP, 20, DECEMBER.atDay(1), null);
        fixture.delivered(care, kystens, LocalDate.of(2022, 12, 1), LocalTime.of(8, 0), 20);
        fixture.delivered(care, kystens, LocalDate.of(2022, 12, 5), LocalTime.of(8, 0), 20);
        UUID watch = fixture.grant("fast-vagt", "fast-vagt", PP, 60, DECEMBER.atDay(1), null);
        fixture.delivered(watch, solsikken, LocalDate.of(2022, 12, 6), LocalTime.of(7, 0), 60);
        fixture.grant("praktisk-hjaelp", "toejvask-8kg-hver-uge", "SEL § 83 stk. 1 nr. 2", 15, DECEMBER.atDay(1), null);
    }

    @Test
    void financeSettlesAMonthFromTheFormFollowsItsProgressAndReadsTotalsChartStatementAndCoPayment() {
        WebSession web = WebSession.logIn(port, "okonomi");
        Page home = web.get("/");
        assertThat(home.location()).endsWith("/settlement");

        Page list = web.get("/settlement");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("href=\"/settlement\"", "Afregn måneden", "name=\"month\"", "Særskilte takster");
        // the form suggests the previous month
        assertThat(list.tag("settle-month")).contains("value=\"" + YearMonth.now(java.time.ZoneId.of("Europe/Copenhagen")).minusMonths(1) + "\"");

        December december = december(web);
        long id = december.id();
        Page fragment = web.htmx("/settlement/runs/" + id);
        assertThat(fragment.body()).doesNotContain("<html").contains("id=\"run\"").doesNotContain("hx-trigger=\"every 1s\"");

        Page run = web.get("/settlement/runs/" + id);
        assertThat(run.status()).isEqualTo(200);
        assertThat(run.body()).contains("Afregning for december 2022", "Kystens Hjemmeservice ApS", "Solsikken Hjemmepleje ApS",
                "<svg class=\"chart\"", "class=\"bar current\"", "Egenbetaling")
                .contains("/settlement/runs/" + id + "/providers/" + kystens + "/statement.pdf")
                .contains("/settlement/runs/" + id + "/providers/" + kystens + "/statement.xlsx")
                .contains("/settlement/runs/" + id + "/copayment");
        assertThat(run.body()).containsPattern("<title>Kystens Hjemmeservice ApS, december 2022: [0-9.]+,\\d\\d kr\\.</title>");
        assertThat(web.get("/settlement").body()).contains("href=\"/settlement/runs/" + id + "\"", "december 2022");

        Page statement = web.get("/settlement/runs/" + id + "/providers/" + kystens);
        assertThat(statement.status()).isEqualTo(200);
        assertThat(statement.body()).contains("Afregningsbilag: Kystens Hjemmeservice ApS, december 2022", "Hverdag dag",
                "Fritvalgstakst", "413,00 pr. time", "Kontering", "SEL § 83 stk. 1 nr. 1", "Hent PDF", "Hent Excel", "Hent CSV");

        Page coPayment = web.get("/settlement/runs/" + id + "/copayment");
        assertThat(coPayment.status()).isEqualTo(200);
        assertThat(coPayment.body()).contains("Egenbetaling for december 2022", "262,00", "copayment.csv", "copayment.xlsx");
        if (december.settledHere()) {   // an approved month does not take this test's visits and grants
            assertThat(statement.body()).contains("data-grant=\"" + care + "\"");
            assertThat(coPayment.body()).contains("data-citizen=\"" + fixture.citizenId() + "\"");
        }

        // the leader sees the screens too
        WebSession leader = WebSession.logIn(port, "leder");
        assertThat(leader.get("/settlement/runs/" + id).status()).isEqualTo(200);
        assertThat(leader.get("/inquiries/queue").body()).contains("href=\"/settlement\"");
    }

    @Test
    void approvingAsksForConfirmationFirstAndChangesNothingUntilConfirmed() {
        WebSession web = WebSession.logIn(port, "okonomi");
        long id = december(web).id();
        String before = runState(id);
        web.get("/settlement/runs/" + id);
        String version = before.split(" ")[1];

        Page asked = web.post("/settlement/runs/" + id + "/approve", List.of(Map.entry("version", version)));

        assertThat(runState(id)).isEqualTo(before);
        if (before.startsWith("DRAFT")) {
            assertThat(asked.status()).isEqualTo(200);
            assertThat(asked.body()).contains("Vil du godkende afregningen for december 2022?", "måneden låst",
                    "id=\"approve-confirm\"", "name=\"confirmed\" value=\"true\"", "id=\"approve-cancel\"")
                    .doesNotContain("id=\"approve-form\"");
            assertThat(asked.tag("approve-confirm-form")).contains("/settlement/runs/" + id + "/approve");
        } else {
            // approved by the journey: approving twice is refused at once, not asked about
            assertThat(asked.body()).contains("Afregningen for december 2022 er allerede godkendt.")
                    .doesNotContain("id=\"approve-confirm\"");
        }
    }

    @Test
    void approvingAtAVersionThePageDidNotShowIsRefusedInDanishOnThePageAndChangesNothing() {
        WebSession web = WebSession.logIn(port, "okonomi");
        long id = december(web).id();
        String before = runState(id);
        web.get("/settlement/runs/" + id);

        Page refused = web.post("/settlement/runs/" + id + "/approve", List.of(Map.entry("version", "999999")));

        assertThat(refused.status()).isEqualTo(409);
        // a draft: someone ran it again or approved it in between; approved (by the journey): approving twice
        String expected = before.startsWith("APPROVED") ? "Afregningen for december 2022 er allerede godkendt."
                : "Afregningen er kørt igen eller godkendt af en anden, siden du hentede den.";
        assertThat(refused.tag("approve-error")).contains("role=\"alert\"");
        assertThat(refused.body()).contains(expected).contains("Afregning for december 2022");
        assertThat(runState(id)).isEqualTo(before);
    }

    @Test
    void aBadMonthIsRefusedInDanishOnTheList() {
        WebSession web = WebSession.logIn(port, "okonomi");
        web.get("/settlement");
        int runs = jdbc.sql("select count(*) from settlement_run").query(Integer.class).single();

        Page bad = web.post("/settlement/runs", List.of(Map.entry("month", "december")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Måneden skal skrives som ÅÅÅÅ-MM");
        Page future = web.post("/settlement/runs", List.of(Map.entry("month", "2999-01")));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("er ikke begyndt endnu");
        assertThat(jdbc.sql("select count(*) from settlement_run").query(Integer.class).single()).isEqualTo(runs);
    }

    @Test
    void theCaseRateFormShowsEveryErrorBesideItsFieldStoresNothingThenEntersAndEndsARate() {
        WebSession web = WebSession.logIn(port, "okonomi");
        assertThat(web.get("/settlement/case-rates").body()).contains("Ny særskilt takst", "Kystens Hjemmeservice ApS", "Nat");
        int before = caseRates();

        Page bad = web.post("/settlement/case-rates", List.of(Map.entry("grantKey", "ikke-et-id"), Map.entry("providerId", ""),
                Map.entry("band", ""), Map.entry("amount", "mange penge"), Map.entry("validFrom", "2023-01-10"),
                Map.entry("validTo", "2023-01-01"), Map.entry("reason", " ")));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Taksten er ikke gemt");
        assertThat(error(bad, "grantKey")).contains("Bevillings-id skal have formen");
        assertThat(error(bad, "providerId")).contains("Vælg en leverandør i kommunen.");
        assertThat(error(bad, "band")).contains("Vælg tidsrum");
        assertThat(error(bad, "amount")).contains("Taksten skal være et beløb i kroner");
        assertThat(error(bad, "validTo")).contains("Slutdatoen ligger før startdatoen.");
        assertThat(error(bad, "reason")).contains("Angiv begrundelsen");
        // what was typed stays in the form
        assertThat(bad.tag("amount")).contains("value=\"mange penge\"");
        assertThat(caseRates()).isEqualTo(before);

        Page negative = web.post("/settlement/case-rates", List.of(Map.entry("grantKey", care.toString()),
                Map.entry("providerId", String.valueOf(kystens)), Map.entry("band", "WEEKDAY_DAY"), Map.entry("amount", "-5,00"),
                Map.entry("validFrom", "2023-01-01"), Map.entry("validTo", ""), Map.entry("reason", "Aftale")));
        assertThat(error(negative, "amount")).contains("Taksten kan ikke være negativ.");
        assertThat(caseRates()).isEqualTo(before);

        Page saved = web.post("/settlement/case-rates", List.of(Map.entry("grantKey", care.toString()),
                Map.entry("providerId", String.valueOf(kystens)), Map.entry("band", "WEEKDAY_DAY"), Map.entry("amount", "450,00"),
                Map.entry("validFrom", "2023-01-01"), Map.entry("validTo", ""), Map.entry("reason", "Aftale med Kystens")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(caseRates()).isEqualTo(before + 1);
        long rateId = jdbc.sql("select id from settlement_case_rate where grant_key = ?").param(care).query(Long.class).single();
        Page listed = web.get("/settlement/case-rates");
        assertThat(listed.body()).contains("Den særskilte takst er gemt.", "Aftale med Kystens", "450,00", "01.01.2023");

        Page badEnd = web.post("/settlement/case-rates/" + rateId + "/end", List.of(Map.entry("validTo", "2022-12-31"),
                Map.entry("version", "1")));
        assertThat(badEnd.status()).isEqualTo(400);
        assertThat(badEnd.tag("end-" + rateId + "-error")).isNotEmpty();
        assertThat(badEnd.body()).contains("Slutdatoen ligger før startdatoen.");
        Page ended = web.post("/settlement/case-rates/" + rateId + "/end", List.of(Map.entry("validTo", "2023-06-30"),
                Map.entry("version", "1")));
        assertThat(ended.status()).as(ended.body()).isEqualTo(302);
        assertThat(web.get("/settlement/case-rates").body()).contains("Den særskilte takst er afsluttet.", "30.06.2023");
    }

    @Test
    void aCaseworkerAndAProviderAreRefused() {
        for (String user : List.of("visitator", "leverandor-a")) {
            WebSession web = WebSession.logIn(port, user);
            for (String path : List.of("/settlement", "/settlement/case-rates", "/settlement/runs/1",
                    "/settlement/runs/1/providers/1", "/settlement/runs/1/copayment", "/settlement/runs/1/copayment.csv",
                    "/settlement/runs/1/providers/1/statement.pdf")) {
                Page page = web.get(path);
                assertThat(page.status()).as(user + " " + path).isEqualTo(403);
                assertThat(page.body()).as(user + " " + path).doesNotContain("Afregn måneden");
            }
        }
        assertThat(WebSession.logIn(port, "visitator").get("/my-queue").body()).doesNotContain("href=\"/settlement\"");
    }

    /**
     * Greve's December 2022 run: settled from the form (and followed as htmx polls it) unless the journey has approved it.
     */
    private December december(WebSession web) {
        Long approved = jdbc.sql("select id from settlement_run where municipality_id = 253 and month = ? and status = 'APPROVED'")
                .param(DECEMBER.atDay(1)).query(Long.class).optional().orElse(null);
        if (approved != null) {
            return new December(approved, false);
        }
        web.get("/settlement");
        Page started = web.post("/settlement/runs", List.of(Map.entry("month", "2022-12")));
        assertThat(started.status()).as(started.body()).isEqualTo(302);
        Matcher m = Pattern.compile("/settlement/runs/(\\d+)$").matcher(started.location());
        assertThat(m.find()).as(started.location()).isTrue();
        long id = Long.parseLong(m.group(1));
        long deadline = System.currentTimeMillis() + 60_000;
        Page fragment = web.htmx("/settlement/runs/" + id);
        while (fragment.body().contains("hx-trigger=\"every 1s\"") && System.currentTimeMillis() < deadline) {
            assertThat(fragment.body()).contains("id=\"run-progress-bar\"");
            sleep();
            fragment = web.htmx("/settlement/runs/" + id);
        }
        assertThat(fragment.body()).as("the run finished").contains("data-status=\"DRAFT\"");
        return new December(id, true);
    }

    /** The December run, and whether this test settled it (with its own visits) or found it approved. */
    private record December(long id, boolean settledHere) {
    }

    private String runState(long id) {
        return jdbc.sql("select status || ' ' || version || ' ' || coalesce(approved_by, '') from settlement_run where id = ?")
                .param(id).query(String.class).single();
    }

    private int caseRates() {
        return jdbc.sql("select count(*) from settlement_case_rate").query(Integer.class).single();
    }

    /** The Danish error shown beside a field. */
    private static String error(Page page, String field) {
        Matcher m = Pattern.compile("id=\"" + field + "-error\"[^>]*>([^<]*)<").matcher(page.body());
        assertThat(m.find()).as("error beside " + field + " in " + page.body()).isTrue();
        return m.group(1);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
