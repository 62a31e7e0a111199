package dk.omsorg.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import dk.omsorg.catalog.DanishText;
import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change end to end in a real headless Chromium (issue 13, "one effective date everywhere"): a caseworker changes
 * a grant back-dated, and the decision page, the change letter and the provider's notice all give the same day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChangeJourneyTest extends Journey {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBackDatedChangeGivesOneDayOnTheDecisionPageInTheChangeLetterAndInTheProvidersNotice() throws Exception {
        LocalDate today = DecisionTestData.today();
        Granted granted = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", today.minusDays(30));
        LocalDate from = today.minusDays(10);
        String day = DanishText.date(from);

        try (var context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true));
             Page page = context.newPage()) {
            logIn(page, "visitator");
            page.navigate(url("/decisions/" + granted.decisionId() + "/change"));
            page.locator("#grant-0-minutes").fill("39");
            page.locator("#grant-0-effective-from").fill(from.toString());
            page.locator("#reasoning").fill("Leverandøren har i to uger brugt længere tid i badet; behovet er steget.");
            page.locator("#save-button").click();

            assertThat(page.locator(".alert.success")).containsText("Afgørelsen er ændret");
            assertThat(page).hasURL(Pattern.compile(".*/decisions/\\d+$"));
            long changed = Long.parseLong(page.url().replaceFirst(".*/decisions/", ""));
            assertThat(page.locator("#grant-0-effective-from")).containsText(day);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-change-decision.png")).setFullPage(true));

            Download download = page.waitForDownload(() -> page.locator("#letter-download").click());
            String letter = DecisionTestData.pdfText(Files.readAllBytes(download.path()));
            assertThat(letter).contains("Afgørelse om ændring af din hjælp",
                    "ændrer afgørelsen af " + DanishText.date(today),
                    "39 minutter pr. gang fra " + day + ", før 30",
                    "Leverandøren har i to uger brugt længere tid i badet").doesNotContain("Du får bevilget");

            // the provider's notice of the change says the same day
            long notice = NoticeTestData.awaitNotice(jdbc, changed, granted.providerId());
            try (var providerContext = browser.newContext(); Page provider = providerContext.newPage()) {
                logIn(provider, "leverandor-a");
                provider.navigate(url("/provider/notices/" + notice));
                assertThat(provider.locator("#effective-on")).hasText(day);
                provider.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-change-notice.png")).setFullPage(true));
            }
        }
    }
}
