package dk.omsorg.journey;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: a § 100 application from inquiry to letter and the month's payment list, in Ikast-Brande. The inquiry comes
 * in through the API; in the browser the caseworker opens the citizen's overview, types the calculation of the
 * additional costs, grants the calculation's amount in the decision form and downloads the letter — in kroner, never
 * minutes; finance finds the payment in the month's list and downloads it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdditionalCostsJourneyTest extends Journey {

    @Test
    void fromTheInquiryToTheLetterAndTheMonthsPaymentList() throws Exception {
        LocalDate today = DecisionTestData.today();
        String name = "Merete Udgift Østergaard";
        String cpr = "1506%02d-1%03d".formatted(85, ThreadLocalRandom.current().nextInt(1000));
        ApiClient caseworker = ApiClient.as(port, "visitator-ikast");
        var inquiry = caseworker.post("/api/v1/inquiries", json(map("cprNumber", cpr, "citizenName", name,
                "address", "Østergade 8, 7430 Ikast", "source", "CITIZEN", "receivedAt", today.minusDays(3) + "T10:00:00+01:00",
                "request", "Ansøgning om dækning af merudgifter til diætkost", "legalBasis", "SEL § 100", "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        long citizenId = inquiry.json().get("citizenId").asLong();
        long inquiryId = inquiry.json().get("id").asLong();

        try (BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setAcceptDownloads(true));
             Page page = context.newPage()) {
            logIn(page, "visitator-ikast");
            page.navigate(url("/citizens/" + citizenId + "?section=social"));
            page.locator("#social-additional-costs").click();
            // the calculation: documented diet costs less what others of the same age eat → the 2025 band's amount
            page.locator("#new-calculation summary").click();
            page.locator("[name='expenses[0].text']").fill("Diætkost");
            page.locator("[name='expenses[0].amount']").fill("1.500,00");
            page.locator("[name='expenses[0].evidence']").selectOption("DOCUMENTED");
            page.locator("[name='expenses[0].receiptReference']").fill("Bilag 1");
            page.locator("[name='deductions[0].text']").fill("Almindelig kost for jævnaldrende");
            page.locator("[name='deductions[0].amount']").fill("200,00");
            page.locator("#calculate-button").click();
            assertThat(page.locator("#calculation-saved")).containsText("1.179,00 kr. om måneden");

            page.navigate(url("/inquiries/" + inquiryId));
            page.locator("#make-decision").click();
            page.locator("#grant-0-intervention").selectOption("merudgiftsydelse");
            page.locator("#grant-0-amount").fill("1.179,00");
            page.locator("#grant-0-start").fill(today.toString());
            page.locator("#grant-0-override-reason").fill("Dokumenterede merudgifter til diætkost.");
            page.locator("#save-button").click();
            assertThat(page.locator(".alert.success")).containsText("Afgørelsen er gemt");
            assertThat(page).hasURL(Pattern.compile(".*/decisions/\\d+$"));
            assertThat(page.locator("#decision-grants")).containsText("1.179,00 kr. om måneden");

            Download download = page.waitForDownload(() -> page.locator("#letter-download").click());
            byte[] pdf = Files.readAllBytes(download.path());
            Files.write(Path.of("target/journey-additional-costs-letter.pdf"), pdf);
            String letter = DecisionTestData.pdfText(pdf);
            assertThat(letter).contains("1.179,00 kr. om måneden").doesNotContain("minutter", "gang ugentligt");
        }

        String month = YearMonth.from(today).toString();
        try (BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setAcceptDownloads(true));
             Page page = context.newPage()) {
            logIn(page, "okonomi-ikast");
            page.navigate(url("/additional-costs/payments?month=" + month));
            assertThat(page.locator("#payments")).containsText(name);
            assertThat(page.locator("#payments")).containsText("1.179,00");
            assertThat(page.locator("#payments")).containsText(cpr);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-additional-costs-payments.png")).setFullPage(true));
            Download csv = page.waitForDownload(() -> page.locator("#download-csv").click());
            String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
            assertThat(text).contains(name).containsPattern("1\\.?179,00");
        }
    }
}
