package dk.omsorg.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.omsorg.support.TestCitizens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The first slice end to end, in a real headless Chromium (Debian's /usr/bin/chromium, or
 * CHROMIUM_PATH): a coordinator registers an inquiry for a new citizen, a caseworker finds it in
 * the queue, records an FSIII assessment and sees it on the citizen page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeToAssessmentJourneyTest extends Journey {

    /** FSIII "Personlig pleje" (current state, Egenomsorg). */
    private static final String PERSONAL_CARE = "feb38b55-c2d7-4d57-99c2-93622eaa0025";



    @Test
    void coordinatorRegistersAndCaseworkerAssesses() {
        String cpr = TestCitizens.newCpr();
        String name = "Journey Jensen " + cpr.substring(7);
        String request = "Hjælp til bad efter hofteoperation " + cpr.substring(7);

        try (var context = browser.newContext(); Page page = context.newPage()) {
            logIn(page, "koordinator");
            page.navigate(url("/inquiries/new"));
            page.getByLabel("CPR-nummer").fill(cpr);
            page.locator("#citizenName").fill(name);
            page.locator("#source").selectOption("RELATIVE");
            page.locator("#sourceName").fill("Datteren Anne");
            page.locator("#request").fill(request);
            page.locator("#legalBasis").selectOption("SEL § 83");
            page.locator("#consent").selectOption("GIVEN_ORALLY");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrér henvendelse")).click();
            assertThat(page.locator(".alert.success")).containsText("Henvendelsen er registreret");

            page.navigate(url("/inquiries/queue"));
            var row = page.locator("#unassigned tr", new Page.LocatorOptions().setHasText(request));
            assertThat(row).containsText(name);
            row.locator("select[name=caseworker]").selectOption("visitator");
            row.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Tildel")).click();
            assertThat(page.locator(".alert.success")).containsText("Henvendelsen er tildelt Vibeke Visitator.");
        }

        try (var context = browser.newContext(); Page page = context.newPage()) {
            logIn(page, "visitator");
            // a caseworker starts in Mine opgaver; the inquiries assigned to her stay under Mine sager
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/tasks$"));
            page.navigate(url("/my-queue"));
            var row = page.locator("#my-queue tr", new Page.LocatorOptions().setHasText(request));
            assertThat(row).isVisible();
            row.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(name)).click();
            assertThat(page.locator("#citizen-name")).hasText(name);
            assertThat(page.locator("#citizen-inquiries")).containsText(request);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny vurdering")).click();
            page.locator("input[name='score[" + PERSONAL_CARE + "]'][value='3']").check();
            page.locator("#overallAssessment").fill("Har brug for hjælp til personlig pleje efter operationen.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem vurdering")).click();

            assertThat(page.locator("#citizen-name")).hasText(name);
            assertThat(page.locator("body")).containsText("Har brug for hjælp til personlig pleje efter operationen.");
            assertThat(page.locator("#change-" + PERSONAL_CARE)).containsText("Personlig pleje");
            assertThat(page.locator("#change-" + PERSONAL_CARE + " .current-score")).containsText("3");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-citizen-page.png")).setFullPage(true));
        }
    }
}
