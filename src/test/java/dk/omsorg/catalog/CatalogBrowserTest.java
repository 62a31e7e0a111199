package dk.omsorg.catalog;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.omsorg.support.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The catalogue screens in headless Chromium: the version selector and the eligibility form swap
 * their results in with htmx, without leaving the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"omsorg.catalog.location=" + TestCatalogs.LOCATION, TestCatalogs.NO_PLACES})
class CatalogBrowserTest {

    private static HeadlessChromium chromium;
    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        chromium = HeadlessChromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aCaseworkerBrowsesVersionsAndAsksWhatACitizenCanGet() {
        try (var context = browser.newContext(); Page page = context.newPage()) {
            page.navigate(url("/login"));
            page.getByLabel("Brugernavn").fill("visitator");
            page.getByLabel("Adgangskode").fill("demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kvalitetsstandard").setExact(true)).click();
            assertThat(page.locator("#catalog-version")).hasText("Testkvalitetsstandard 2023");

            page.locator("#on").selectOption("2022-01-01");
            assertThat(page.locator("#catalog-version")).hasText("Testkvalitetsstandard 2022");
            assertThat(page).hasURL(Pattern.compile(".*/catalog\\?on=2022-01-01$"));
            assertThat(page.locator("#intervention-indkoeb .criteria")).containsText(
                    "Score 2–4 på Anvende kommunikationsudstyr og -teknikker (udgået; vurderes på Kommunikation)");
            screenshot(page, "catalog");

            page.locator("#eligibility-link").click();
            page.locator("#on").fill("2022-06-01");
            page.locator("#score-" + TestCatalogs.PERSONLIG_PLEJE).selectOption("3");
            page.locator("#score-" + TestCatalogs.LAVE_HUSLIGT_ARBEJDE).selectOption("4");
            page.locator("#eligibility-submit").click();

            assertThat(page.locator("#eligible-area-personlig-pleje")).containsText("RH Bad");
            assertThat(page.locator("#eligible-area-praktisk-hjaelp")).containsText("Rengøring");
            assertThat(page.locator("#assessment-indkoeb")).containsText("Samt borgere med et væsentligt synshandicap");
            // swapped in by htmx: the form keeps what was chosen
            assertThat(page.locator("#score-" + TestCatalogs.PERSONLIG_PLEJE)).hasValue("3");
            screenshot(page, "eligibility");
        }
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/catalog-" + name + ".png")).setFullPage(true));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
