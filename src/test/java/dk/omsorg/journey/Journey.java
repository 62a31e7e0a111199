package dk.omsorg.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.omsorg.support.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What every browser journey shares: one headless Chromium (Debian's) per test class, the application's port, and
 * logging in as a demo user.
 */
abstract class Journey {

    protected static HeadlessChromium chromium;
    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void launch() {
        chromium = HeadlessChromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    /** Logs in with the demo password; the top bar names the user by full name and keeps the login in data-username. */
    protected void logIn(Page page, String username) {
        page.navigate(url("/login"));
        page.getByLabel("Brugernavn").fill(username);
        page.getByLabel("Adgangskode").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
        assertThat(page.locator("#current-user")).hasAttribute("data-username", username);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
