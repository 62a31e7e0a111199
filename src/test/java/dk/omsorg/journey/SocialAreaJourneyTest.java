package dk.omsorg.journey;

import com.microsoft.playwright.Browser;
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
 * Issue 16's "Done when", in the browser: an Ikast-Brande caseworker assesses the citizen with VUM 2.0 (a draft with
 * statements from the GP and a psychologist, corrected with one from the provider and completed), calculates the
 * § 100 additional costs, and in one decision grants § 85 socialpædagogisk støtte (time), § 97 ledsagelse (a pool)
 * and § 100 merudgifter (the calculation's amount); the letter shows the pool in hours and the amount in kroner with
 * no minutes; the pool is on the citizen's Puljer tab; finance downloads the month's payment list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SocialAreaJourneyTest extends Journey {

    @Test
    void vumAssessmentThreeMeasuresInOneDecisionTheLetterAndTheMonthsPayments() throws Exception {
        LocalDate today = DecisionTestData.today();
        String name = "Jonas Ledsager Kristensen";
        String cpr = "0903%02d-1%03d".formatted(88, ThreadLocalRandom.current().nextInt(1000));
        ApiClient api = ApiClient.as(port, "visitator-ikast");
        var inquiry = api.post("/api/v1/inquiries", json(map("cprNumber", cpr, "citizenName", name,
                "address", "Stadion Allé 3, 7430 Ikast", "source", "CITIZEN", "receivedAt", today.minusDays(5) + "T09:00:00+01:00",
                "request", "Ansøgning om socialpædagogisk støtte, ledsagelse og dækning af merudgifter",
                "legalBasis", "SEL § 85", "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        long citizenId = inquiry.json().get("citizenId").asLong();
        long inquiryId = inquiry.json().get("id").asLong();

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true));
             Page page = context.newPage()) {
            logIn(page, "visitator-ikast");
            assessWithVum(page, citizenId, today);
            calculateAdditionalCosts(page, citizenId);

            page.navigate(url("/inquiries/" + inquiryId));
            page.locator("#make-decision").click();
            // § 85: time
            page.locator("#grant-0-intervention").selectOption("socialpaedagogisk-stoette-individuel");
            page.locator("#grant-0-times").fill("1");
            page.locator("#grant-0-per").selectOption("WEEK");
            page.locator("#grant-0-shift-DAY").check();
            page.locator("#grant-0-minutes").fill("90");
            page.locator("#grant-0-start").fill(today.toString());
            page.locator("#grant-0-goals").fill("Handler selv ind en gang om ugen inden for 6 måneder");
            // § 97: a pool of 15 hours a month
            page.locator("#grant-1-intervention").selectOption("ledsagelse");
            page.locator("#grant-1-quantity").fill("15");
            page.locator("#grant-1-start").fill(today.toString());
            // § 100: the calculation's amount
            page.locator("#grant-2-intervention").selectOption("merudgiftsydelse");
            page.locator("#grant-2-amount").fill("1.179,00");
            page.locator("#grant-2-start").fill(today.toString());
            page.locator("#grant-2-override-reason").fill("Dokumenterede merudgifter til diætkost.");
            page.locator("#save-button").click();
            assertThat(page.locator(".alert.success")).containsText("Afgørelsen er gemt");
            assertThat(page).hasURL(Pattern.compile(".*/decisions/\\d+$"));
            assertThat(page.locator("#decision-grants")).containsText("15 timer om måneden");
            assertThat(page.locator("#decision-grants")).containsText("1.179,00 kr. om måneden");

            Download download = page.waitForDownload(() -> page.locator("#letter-download").click());
            byte[] pdf = Files.readAllBytes(download.path());
            Files.write(Path.of("target/journey-social-area-letter.pdf"), pdf);
            String letter = DecisionTestData.pdfText(pdf);
            Files.writeString(Path.of("target/journey-social-area-letter.txt"), letter);
            assertThat(letter).contains("15 timer om måneden", "1.179,00 kr. om måneden");
            // the § 85 support is time, so the letter has minutes — but never in the pool's or the amount's grant
            assertThat(between(letter, "SEL § 85", "Lovgrundlag SEL § 97")).contains("15 timer om måneden")
                    .doesNotContain("minutter", "gang ugentligt", "pr. gang");
            assertThat(between(letter, "SEL § 97", "Lovgrundlag SEL § 100")).contains("1.179,00 kr. om måneden")
                    .doesNotContain("minutter", "gang ugentligt", "pr. gang");
            assertThat(letter).contains("Visiteret tid i alt: 90 minutter om ugen");

            page.navigate(url("/citizens/" + citizenId + "?section=pools"));
            assertThat(page.locator("#pools")).containsText("Ledsageordning (§ 97)");
            assertThat(page.locator("#pools")).containsText("15 timer");
        }

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true));
             Page page = context.newPage()) {
            logIn(page, "okonomi-ikast");
            page.navigate(url("/additional-costs/payments?month=" + YearMonth.from(today)));
            assertThat(page.locator("#payments")).containsText(name);
            assertThat(page.locator("#payments")).containsText("1.179,00");
            Download csv = page.waitForDownload(() -> page.locator("#download-csv").click());
            String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
            assertThat(text).contains(name).containsPattern("1\\.?179,00");
        }
    }

    /** The letter's text from the end of {@code from} up to {@code to}: one grant's part of the letter. */
    private static String between(String letter, String from, String to) {
        int start = letter.indexOf(from);
        int end = letter.indexOf(to, start);
        assertThat(start).as(from).isNotNegative();
        assertThat(end).as(to).isGreaterThan(start);
        return letter.substring(start + from.length(), end);
    }

    /** VUM 2.0 in the browser: a draft with two statements, corrected with a third and completed; then read-only. */
    private void assessWithVum(Page page, long citizenId, LocalDate today) {
        page.navigate(url("/citizens/" + citizenId + "?section=assessments"));
        page.locator("#new-vum").click();
        page.locator("#resources-SELF_CARE").fill("Klarer selv morgenmad");
        page.locator("#challenges-SELF_CARE").fill("Glemmer at spise om aftenen");
        page.locator("#wishes-SELF_CARE").fill("Vil gerne lave mad selv");
        page.locator("#limitation-SELF_CARE").selectOption("2");
        page.locator("#challenges-MOBILITY").fill("Kan ikke færdes alene uden for hjemmet");
        page.locator("#limitation-MOBILITY").selectOption("3");
        statement(page, 0, "GP", "Læge Hansen", today, "Betydelig og varig nedsat funktionsevne.");
        page.locator("#add-statement").click();
        statement(page, 1, "PSYCHOLOGIST", "Psykolog Berg", today, "Angst i nye situationer.");
        page.locator("#vum-save").click();
        assertThat(page.locator("#vum-status")).hasText("Kladde");

        page.locator("#edit-vum").click();
        assertThat(page.locator("#statement-1-name")).hasValue("Psykolog Berg");
        statement(page, 2, "PROVIDER", "Bostøtten Ikast", today, "Kommer til aftaler med støtte.");
        page.locator("#overallAssessment").fill("Behov for socialpædagogisk støtte, ledsagelse og dækning af merudgifter.");
        page.locator("#complete").check();
        page.locator("#vum-save").click();
        assertThat(page.locator("#vum-status")).hasText("Afsluttet");
        assertThat(page.locator("main")).containsText("Bostøtten Ikast");
        assertThat(page.locator("main")).containsText("Psykolog Berg");
        assertThat(page.locator("#vum-read-only")).isVisible();
        assertThat(page.locator("#edit-vum")).hasCount(0);
    }

    private static void statement(Page page, int i, String source, String name, LocalDate on, String text) {
        page.locator("#statement-" + i + "-source").selectOption(source);
        page.locator("#statement-" + i + "-name").fill(name);
        page.locator("#statement-" + i + "-givenOn").fill(on.toString());
        page.locator("#statement-" + i + "-text").fill(text);
    }

    /** The § 100 calculation, as in the additional-costs journey: documented diet costs → the 2025 band's amount. */
    private void calculateAdditionalCosts(Page page, long citizenId) {
        page.navigate(url("/citizens/" + citizenId + "?section=social"));
        page.locator("#social-additional-costs").click();
        page.locator("#new-calculation summary").click();
        page.locator("[name='expenses[0].text']").fill("Diætkost");
        page.locator("[name='expenses[0].amount']").fill("1.500,00");
        page.locator("[name='expenses[0].evidence']").selectOption("DOCUMENTED");
        page.locator("[name='expenses[0].receiptReference']").fill("Bilag 1");
        page.locator("[name='deductions[0].text']").fill("Almindelig kost for jævnaldrende");
        page.locator("[name='deductions[0].amount']").fill("200,00");
        page.locator("#calculate-button").click();
        assertThat(page.locator("#calculation-saved")).containsText("1.179,00 kr. om måneden");
    }
}
