package dk.omsorg.journey;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Reassessment end to end in a real headless Chromium: the provider imports its planning system's CSV of the
 * last four weeks in the browser; the caseworker runs the scan, finds the drifting grant flagged, reads the
 * evidence week by week and adjusts the grant (back-dated to when the deviation began); the provider finds the
 * changed grant in its inbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReassessmentJourneyTest extends Journey {

    @Autowired
    JdbcClient jdbc;

    @Test
    void providerImportsTheScanFlagsTheCaseworkerAdjustsAndTheProviderIsTold() {
        LocalDate today = DecisionTestData.today();
        // RH Bad once a week, 30 minutes, decided 30 days ago with Solsikken
        Granted granted = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", today);
        LocalDate start = today.minusDays(30);
        jdbc.sql("update decision_grant set start_on = ?, effective_from = ? where grant_key = ?")
                .params(start, start, granted.grantKey()).update();
        jdbc.sql("update citizen set name = 'Journey Rigmor Revurdering' where id = ?").param(granted.citizenId()).update();

        // the provider's planning system: the bath took 60 minutes each time for four weeks
        StringBuilder csv = new StringBuilder("besøgs_id;bevillings_id;type;dato;starttid;vagtlag;minutter;ikke_leveret_årsag\n");
        for (int daysAgo : new int[]{28, 21, 14, 7, 1}) {
            csv.append("journey-").append(granted.grantKey().toString(), 0, 8).append('-').append(daysAgo).append(';')
                    .append(granted.grantKey()).append(";leveret;").append(today.minusDays(daysAgo)).append(";09.00;;60;\n");
        }
        try (BrowserContext context = browser.newContext(); Page provider = context.newPage()) {
            logIn(provider, "leverandor-a");
            provider.navigate(url("/provider/import"));
            provider.locator("input[type=file]").setInputFiles(new FilePayload("uge.csv", "text/csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8)));
            provider.locator("#import button[type=submit]").click();
            assertThat(provider.locator("#import-result")).containsText("5");
        }

        try (BrowserContext context = browser.newContext(); Page caseworker = context.newPage()) {
            logIn(caseworker, "visitator");
            caseworker.navigate(url("/reassessment"));
            caseworker.locator("#run-scan").click();
            assertThat(caseworker.locator("#success")).containsText("Scanningen er kørt");
            var row = caseworker.locator("#flags tr", new Page.LocatorOptions().setHasText("Journey Rigmor Revurdering"));
            assertThat(row).containsText("mere tid");
            assertThat(row).containsText("Åben");
            row.locator("a.flag-link").click();

            assertThat(caseworker.locator("#flag-text")).containsText("min. pr. levering");
            assertThat(caseworker.locator("#flag-summary")).containsText("ændring pr. levering");
            assertThat(caseworker.locator("#evidence")).containsText("60");
            caseworker.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-reassessment-flag.png")).setFullPage(true));

            caseworker.locator("#minutesPerDelivery").fill("60");
            caseworker.locator("#reasoning").fill("Leverandørens registreringer viser, at badet tager 60 minutter.");
            caseworker.locator("#overrideReason").fill("Konkret vurdering: borgeren har brug for 60 minutter til bad.");
            caseworker.locator("#adjust").click();

            assertThat(caseworker.locator("#success")).containsText("Bevillingen er justeret");
            assertThat(caseworker.locator("#flag-status")).hasText("Bevilling justeret");
            caseworker.locator("#adjusted-decision").click();
            assertThat(caseworker).hasURL(Pattern.compile(".*/decisions/\\d+$"));
            assertThat(caseworker.locator("main")).containsText("60");
            caseworker.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-reassessment-adjusted.png")).setFullPage(true));
        }

        long newDecision = jdbc.sql("select resolved_decision_id from reassessment_flag where grant_key = ?")
                .param(granted.grantKey()).query(Long.class).single();
        NoticeTestData.awaitNotice(jdbc, newDecision, granted.providerId());
        try (BrowserContext context = browser.newContext(); Page provider = context.newPage()) {
            logIn(provider, "leverandor-a");
            var row = provider.locator("#inbox tr", new Page.LocatorOptions().setHasText("Journey Rigmor Revurdering"))
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Ændret bevilling"));
            assertThat(row).containsText("Ikke kvitteret");
            provider.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-reassessment-inbox.png")).setFullPage(true));
        }
    }
}
