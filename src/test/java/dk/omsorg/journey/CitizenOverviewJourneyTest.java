package dk.omsorg.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caseworker's citizen overview in a browser (issue 15): the summary with the grants, providers and a warning;
 * switching sections by tab without losing the summary, the address following the section so a reload opens it again;
 * and the same overview on a 390 px wide phone without sideways scrolling of the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CitizenOverviewJourneyTest extends Journey {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCaseworkerReadsTheSummaryAndSwitchesSectionsWithoutLosingIt() {
        var granted = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", DecisionTestData.today());
        var absence = ApiClient.as(port, "visitator").post("/api/v1/citizens/" + granted.citizenId() + "/absences",
                json(map("kind", "HOSPITAL", "from", DecisionTestData.today().toString(), "to", null, "note", null)));
        assertThat(absence.status()).as(absence.body()).isEqualTo(201);
        String overview = url("/citizens/" + granted.citizenId());

        try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            logIn(page, "visitator");
            page.navigate(overview);
            assertThat(page.locator("#summary-grants")).containsText("RH Bad");
            assertThat(page.locator("#summary-grants")).containsText("30 min om ugen");
            assertThat(page.locator("#summary-providers")).containsText("Solsikken Hjemmepleje ApS");
            assertThat(page.locator("#citizen-warnings")).containsText("Indlagt nu");
            assertThat(page.locator("#citizen-section #assessments")).isVisible();

            page.locator("#tab-decisions").click();
            assertThat(page.locator("#citizen-section #current-grants")).containsText("RH Bad");
            assertThat(page).hasURL(Pattern.compile(".*/citizens/" + granted.citizenId() + "\\?section=decisions$"));
            assertThat(page.locator("#tab-decisions")).hasAttribute("aria-current", "page");
            assertThat(page.locator("#citizen-section #assessments")).hasCount(0);
            assertThat(page.locator("#citizen-name")).hasText("Advis Åse Ørum");
            assertThat(page.locator("#summary-grants")).containsText("RH Bad");

            page.locator("#citizen-visits-link").click();
            assertThat(page.locator("#citizen-section #citizen-week")).containsText("RH Bad");
            assertThat(page).hasURL(Pattern.compile(".*\\?section=visits$"));
            // another week stays within the section
            page.locator("#citizen-section #next-week").click();
            assertThat(page.locator("#citizen-section #iso-week")).containsText("Uge " + isoWeek(DecisionTestData.today().plusWeeks(1)));
            assertThat(page).hasURL(Pattern.compile(".*\\?section=visits$"));
            assertThat(page.locator("#citizen-summary")).isVisible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Henvendelser").setExact(true)).click();
            assertThat(page.locator("#citizen-section #citizen-inquiries")).containsText("Hjælp til bad");

            // the address names the section: a reload opens on it
            page.reload();
            assertThat(page.locator("#citizen-section #citizen-inquiries")).containsText("Hjælp til bad");
            assertThat(page.locator("#tab-inquiries")).hasAttribute("aria-current", "page");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-citizen-overview.png")).setFullPage(true));
        }

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true)); Page phone = context.newPage()) {
            logIn(phone, "visitator");
            for (String section : new String[]{"", "?section=decisions", "?section=visits", "?section=providers"}) {
                phone.navigate(overview + section);
                assertThat(phone.locator("#citizen-section section").first()).isVisible();
                assertThat(phone.locator("#summary-grants")).isVisible();
                int width = ((Number) phone.evaluate("() => document.scrollingElement.scrollWidth")).intValue();
                assertThat(width).as("overview" + section + " at 390 px").isLessThanOrEqualTo(390);
            }
            phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-citizen-overview-phone.png")).setFullPage(true));
        }
    }

    private static String isoWeek(java.time.LocalDate d) {
        return "%d-W%02d".formatted(d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
