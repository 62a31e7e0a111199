package dk.omsorg.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.settlement.SettlementFixture;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settlement end to end in a real headless Chromium: with December 2022's visits delivered by two providers, the
 * finance officer opens Afregning, settles December, watches the progress bar poll until the totals and the chart
 * appear, approves (a second tab that still shows the draft is then told in Danish that the month is already
 * approved), and downloads a provider's statement as PDF and Excel; the provider then sees its own statement only.
 * <p>
 * Greve's December 2022 is shared with {@code SettlementWebTest}, which never approves it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SettlementJourneyTest extends Journey {

    private static final String PP = "SEL § 83 stk. 1 nr. 1";
    private static final Pattern DECEMBER_2022 = Pattern.compile("(december 2022|dec\\.? 2022|2022-12|12[./-]2022)", Pattern.CASE_INSENSITIVE);


    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void financeSettlesDecemberWatchesItRunApprovesAndDownloadsAndTheProviderSeesItsOwnStatement() throws Exception {
        SettlementFixture fixture = new SettlementFixture(jdbc, NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc,
                "leverandor-a", DecisionTestData.today()));
        long kystens = SettlementFixture.provider(jdbc, "kystens-hjemmeservice");
        long solsikken = SettlementFixture.provider(jdbc, "solsikken-hjemmepleje");
        UUID care = fixture.grant("personlig-pleje", "daglig-hygiejne", PP, 30, LocalDate.of(2022, 12, 1), null);
        for (int day : new int[]{1, 2, 5, 6, 7}) {
            fixture.delivered(care, kystens, LocalDate.of(2022, 12, day), LocalTime.of(8, 0), 30);
        }
        UUID watch = fixture.grant("fast-vagt", "fast-vagt", PP, 120, LocalDate.of(2022, 12, 1), null);
        fixture.delivered(watch, solsikken, LocalDate.of(2022, 12, 3), LocalTime.of(10, 0), 120);
        fixture.grant("praktisk-hjaelp", "toejvask-8kg-hver-uge", "SEL § 83 stk. 1 nr. 2", 15, LocalDate.of(2022, 12, 1), null);

        String kystensTotal;
        long runId;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true));
             Page finance = context.newPage()) {
            logIn(finance, "okonomi");
            finance.locator("header nav a[href='/settlement']").click();
            assertThat(finance.locator("h1")).hasText("Afregning");

            // Hold the run at its start (its first statement replaces the month's lines), so the progress is seen
            try (Connection hold = dataSource.getConnection()) {
                hold.setAutoCommit(false);
                hold.createStatement().execute("lock table settlement_line in share mode");
                try {
                    finance.locator("#settle-month").fill("2022-12");
                    finance.locator("#settle").click();
                    assertThat(finance).hasURL(Pattern.compile(".*/settlement/runs/\\d+$"));
                    assertThat(finance.locator("h1")).hasText("Afregning for december 2022");
                    assertThat(finance.locator("#run-status")).hasText("Kører");
                    assertThat(finance.locator("#run-progress-bar")).isVisible();
                    assertThat(finance.locator("#run-phase")).not().isEmpty();
                    finance.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-settlement-running.png")));
                } finally {
                    hold.commit();
                }
            }
            // htmx polls the run until it is done, then the totals and the chart replace the progress bar
            assertThat(finance.locator("#run")).hasAttribute("data-status", "DRAFT",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
            assertThat(finance.locator("#run-progress-bar")).hasCount(0);
            Locator kystensRow = finance.locator("#provider-" + kystens);
            assertThat(kystensRow).containsText("Kystens Hjemmeservice ApS");
            assertThat(finance.locator("#provider-" + solsikken)).containsText("Solsikken Hjemmepleje ApS");
            assertThat(finance.locator("svg.chart rect.bar.current")).not().hasCount(0);
            assertThat(finance.locator("svg.chart g[data-provider='" + kystens + "'] rect.bar.current title"))
                    .containsText("Kystens Hjemmeservice ApS, december 2022");
            kystensTotal = kystensRow.locator(".provider-total").innerText().strip();
            assertThat(kystensTotal).matches("[0-9.]+,\\d\\d");
            runId = Long.parseLong(finance.url().replaceFirst(".*/settlement/runs/(\\d+)$", "$1"));
            finance.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-settlement-draft.png")).setFullPage(true));

            // a second tab still shows the draft while the first approves
            Page stale = context.newPage();
            stale.navigate(finance.url());
            assertThat(stale.locator("#approve")).isVisible();

            // approval locks the month, so the page asks first
            finance.locator("#approve").click();
            assertThat(finance.locator("#approve-confirm-question")).hasText("Vil du godkende afregningen for december 2022?");
            assertThat(finance.locator("#run-status")).not().hasText("Godkendt");
            finance.locator("#approve-confirm").click();
            assertThat(finance.locator("#approved")).containsText("Afregningen for december 2022 er godkendt");
            assertThat(finance.locator("#run-status")).hasText("Godkendt");
            assertThat(finance.locator("#approve")).hasCount(0);
            assertThat(finance.locator("#run-approved")).containsText("Ole Økonomi");

            stale.locator("#approve").click();
            assertThat(stale.locator("#approve-error")).hasText("Afregningen for december 2022 er allerede godkendt.");
            stale.close();

            // the provider's statement as PDF and Excel (the export component comes with the exports work)
            Download pdf = finance.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(20_000),
                    () -> kystensRow.locator("a.pdf").click());
            byte[] pdfBytes = Files.readAllBytes(pdf.path());
            assertThat(pdfBytes.length).isGreaterThan(4);
            assertThat(new String(Arrays.copyOf(pdfBytes, 4), StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
            Download xlsx = finance.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(20_000),
                    () -> kystensRow.locator("a.xlsx").click());
            byte[] xlsxBytes = Files.readAllBytes(xlsx.path());
            assertThat(xlsxBytes.length).isGreaterThan(2);
            assertThat(new String(Arrays.copyOf(xlsxBytes, 2), StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        }

        // the provider (leverandor-b is Kystens) sees its own approved statement, and no other provider's
        try (BrowserContext context = browser.newContext(); Page provider = context.newPage()) {
            logIn(provider, "leverandor-b");
            provider.navigate(url("/provider/statements"));
            Locator table = provider.locator("main table");
            assertThat(table).containsText(DECEMBER_2022);
            assertThat(table).containsText(kystensTotal);
            assertThat(provider.locator("main")).not().containsText("Solsikken");
            provider.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-settlement-provider.png")).setFullPage(true));

            provider.navigate(url("/provider/statements/" + runId));
            assertThat(provider.locator("main")).containsText(kystensTotal);
            assertThat(provider.locator("main")).not().containsText("Solsikken");
        }
    }
}
