package dk.omsorg.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.decision.DecisionTestData.Applicant;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decision end to end in a real headless Chromium: a caseworker opens an inquiry of an assessed
 * citizen, composes a grant, checks it against the quality standard and sees the rule it breaks,
 * corrects it, saves the decision and downloads the letter (the download link; the letter link opens it inline).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DecisionJourneyTest extends Journey {

    @Test
    void caseworkerChecksCorrectsSavesAndDownloadsTheLetter() throws Exception {
        Applicant applicant = DecisionTestData.applicant(ApiClient.as(port, "visitator"), "SEL § 83 a",
                Map.of(DecisionTestData.PERSONLIG_PLEJE, 3));

        try (var context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true));
             Page page = context.newPage()) {
            logIn(page, "visitator");
            page.navigate(url("/inquiries/" + applicant.inquiryId()));
            page.locator("#make-decision").click();

            assertThat(page.locator("h1")).containsText("Træf afgørelse");
            assertThat(page.locator("#appliedFor")).hasValue("Hjælp til bad og rengøring");
            page.locator("#grant-0-intervention").selectOption("rh-bad");
            page.locator("#grant-0-times").fill("2");
            page.locator("#grant-0-per").selectOption("WEEK");
            page.locator("#grant-0-shift-DAY").check();
            page.locator("#grant-0-minutes").fill("30");
            page.locator("#grant-0-goals").fill("Kan selv vaske overkrop efter 6 uger");

            page.locator("#check-button").click();
            var frequency = page.locator("#check-result .finding[data-rule=FREQUENCY_LIMIT]");
            assertThat(frequency).containsText("hyppighed");
            assertThat(frequency).containsText("Max.1 gang ugentligt.");
            assertThat(page.locator("#check-summary")).containsText("kræver en begrundelse");
            assertThat(page.locator("#weekly-total")).containsText("60 minutter");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-decision-check.png")).setFullPage(true));

            page.locator("#grant-0-times").fill("1");
            page.locator("#check-button").click();
            assertThat(page.locator("#check-summary")).containsText("Ingen fund");
            assertThat(page.locator("#weekly-total")).containsText("30 minutter");

            page.locator("#save-button").click();
            assertThat(page.locator(".alert.success")).containsText("Afgørelsen er gemt");
            assertThat(page).hasURL(Pattern.compile(".*/decisions/\\d+$"));
            assertThat(page.locator("#decision-grants")).containsText("RH Bad");
            assertThat(page.locator("#decision-grants")).containsText("1 gang ugentligt i dagvagten");

            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-decision-page.png")).setFullPage(true));
            Download download = page.waitForDownload(() -> page.locator("#letter-download").click());
            byte[] pdf = Files.readAllBytes(download.path());
            Files.write(Path.of("target/journey-decision-letter.pdf"), pdf);
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            String text = DecisionTestData.pdfText(pdf);
            assertThat(text).contains("Ankestyrelsen", "RH Bad", "SEL § 83 a", "RH står for rehabilitering");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Afgørelse Ærø Østergård")).first().click();
            assertThat(page.locator("#current-grants")).containsText("RH Bad");
            assertThat(page.locator("#decisions #weekly-total")).containsText("30 minutter");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-decision.png")).setFullPage(true));
        }
    }

    /** Greve's cleaning "hver 3. uge" (seed 003) granted as the standard writes it: 60 minutes is 20 a week. */
    @Test
    void caseworkerGrantsCleaningEveryThirdWeek() {
        Applicant applicant = DecisionTestData.applicant(ApiClient.as(port, "visitator"), "SEL § 83",
                Map.of(DecisionTestData.PERSONLIG_PLEJE, 3));

        try (var context = browser.newContext(); Page page = context.newPage()) {
            logIn(page, "visitator");
            page.navigate(url("/citizens/" + applicant.citizenId() + "/decisions/new?inquiryId=" + applicant.inquiryId()));
            page.locator("#grant-0-intervention").selectOption("stor-rengoering");
            page.locator("#grant-0-times").fill("1");
            page.locator("#grant-0-per").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("ugentligt"));
            page.locator("#grant-0-shift-DAY").check();
            page.locator("#grant-0-minutes").fill("60");
            page.locator("#check-button").click();
            // weekly cleaning is more than the standard's "Hver 3. uge"
            assertThat(page.locator("#check-result .finding[data-rule=FREQUENCY_LIMIT]")).containsText("Hver 3. uge");
            assertThat(page.locator("#weekly-total")).containsText("60 minutter");

            page.locator("#grant-0-per").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("hver 3. uge"));
            page.locator("#check-button").click();
            assertThat(page.locator("#check-result .finding[data-rule=FREQUENCY_LIMIT]")).hasCount(0);
            assertThat(page.locator("#weekly-total")).containsText("20 minutter");

            page.locator("#grant-0-override-reason").fill("Borgeren kan ikke selv gøre rent efter hofteoperationen");
            page.locator("#save-button").click();
            assertThat(page.locator(".alert.success")).containsText("Afgørelsen er gemt");
            assertThat(page.locator("#decision-grants")).containsText("hver 3. uge i dagvagten");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-every-third-week.png")).setFullPage(true));
        }
    }

    /** Esbjerg has no standard of its own in the demo: it adopts Greve's 2022 standard, and its caseworker decides. */
    @Test
    void anEsbjergCaseworkerDecidesUnderTheStandardEsbjergAdopts() throws Exception {
        Applicant applicant = DecisionTestData.applicant(ApiClient.as(port, "visitator-esbjerg"), "SEL § 83 a",
                Map.of(DecisionTestData.PERSONLIG_PLEJE, 3));

        try (var context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true));
             Page page = context.newPage()) {
            logIn(page, "visitator-esbjerg");
            page.navigate(url("/citizens/" + applicant.citizenId() + "/decisions/new?inquiryId=" + applicant.inquiryId()));
            assertThat(page.locator("body")).containsText("Greve Kommunes kvalitetsstandarder 2022 (anvendt midlertidigt)");
            page.locator("#grant-0-intervention").selectOption("rh-bad");
            page.locator("#grant-0-times").fill("1");
            page.locator("#grant-0-shift-DAY").check();
            page.locator("#grant-0-minutes").fill("30");
            page.locator("#grant-0-goals").fill("Kan selv vaske overkrop efter 6 uger");
            page.locator("#check-button").click();
            assertThat(page.locator("#check-summary")).containsText("Ingen fund");
            page.locator("#save-button").click();
            assertThat(page.locator(".alert.success")).containsText("Afgørelsen er gemt");
            assertThat(page.locator("#decision-grants")).containsText("1 gang ugentligt i dagvagten");

            Download download = page.waitForDownload(() -> page.locator("#letter-download").click());
            String text = DecisionTestData.pdfText(Files.readAllBytes(download.path()));
            assertThat(text).contains("Esbjerg Kommune", "RH Bad", "Ankestyrelsen");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-esbjerg-decision.png")).setFullPage(true));
        }
    }
}
