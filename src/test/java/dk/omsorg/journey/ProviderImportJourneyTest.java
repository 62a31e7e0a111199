package dk.omsorg.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider's visit file built from the downloaded template, in a real headless Chromium: the provider's user
 * downloads the week's template on the import page, fills in the delivered start time and minutes (as it would in its
 * spreadsheet), uploads it on the same page, sees the counts, and finds the visit in the citizen's week view.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProviderImportJourneyTest extends Journey {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theProviderFillsInTheDownloadedTemplateAndImportsIt(@TempDir Path dir) throws Exception {
        LocalDate today = DecisionTestData.today();
        // RH Bad once a week in the day shift, with leverandor-a, since last week: this week's delivery is on Monday
        Granted granted = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a",
                today.with(DayOfWeek.MONDAY).minusWeeks(1));
        String key = granted.grantKey().toString();

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true));
             Page provider = context.newPage()) {
            logIn(provider, "leverandor-a");
            provider.navigate(url("/provider/import"));
            assertThat(provider.locator("#template-week")).hasValue(today.toString());
            Download download = provider.waitForDownload(() -> provider.locator("#download-template").click());
            assertThat(download.suggestedFilename()).isEqualTo("besoeg-uge-" + today.with(DayOfWeek.MONDAY) + ".csv");
            String template = Files.readString(download.path(), StandardCharsets.UTF_8);

            // the spreadsheet: keep the header and this citizen's line, fill in when the visit began and how long it took
            List<String> lines = template.lines().toList();
            List<String> ours = lines.stream().filter(l -> l.contains(";" + key + ";")).toList();
            assertThat(ours).hasSize(1);
            String[] fields = ours.get(0).split(";", -1);
            assertThat(fields[2]).isEqualTo("DELIVERED");
            fields[4] = "08:40";
            fields[6] = "27";
            Path filled = dir.resolve("besøg.csv");
            Files.writeString(filled, lines.get(0) + "\r\n" + String.join(";", fields) + "\r\n", StandardCharsets.UTF_8);

            provider.locator("input[name=file]").setInputFiles(filled);
            provider.locator("#import button[type=submit]").click();
            assertThat(provider.locator("#import-result")).containsText("Filen er indlæst: 1 nye besøg, 0 ændrede, 0 uændrede.");
            provider.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-import-result.png")).setFullPage(true));

            provider.navigate(url("/provider/citizens/" + granted.citizenId() + "/week?date=" + fields[3]));
            var row = provider.locator("#grant-" + key);
            assertThat(row).containsText(key);
            assertThat(row.locator("td[data-day='" + fields[3] + "']")).containsText("Leveret 27 min.");
            assertThat(provider.locator("#visits")).containsText(fields[0]);
            assertThat(provider.locator("#visits")).containsText("08:40");
            provider.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-import-week.png")).setFullPage(true));
        }
    }
}
