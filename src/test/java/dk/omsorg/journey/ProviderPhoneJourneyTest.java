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

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Home-care staff work from phones: every screen of the provider — inbox, a notice, citizens, a citizen, the week
 * view where a visit is registered, starts, import, statements — and the menu fit a 390 px wide phone (iPhone 12–15)
 * without sideways scrolling of the page. Tables may scroll inside their own box.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProviderPhoneJourneyTest extends Journey {

    private static final int WIDTH = 390;


    @Autowired
    JdbcClient jdbc;

    @Test
    void everyProviderScreenAndTheMenuFitA390PixelPhone() {
        NoticeTestData.Granted granted = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a",
                DecisionTestData.today());
        long noticeId = NoticeTestData.awaitNotice(jdbc, granted.decisionId(), granted.providerId());
        long citizen = granted.citizenId();

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(WIDTH, 844)
                .setIsMobile(true).setHasTouch(true));
             Page phone = context.newPage()) {
            phone.navigate(url("/login"));
            phone.getByLabel("Brugernavn").fill("leverandor-a");
            phone.getByLabel("Adgangskode").fill("demo");
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
            phone.waitForURL("**/provider/inbox");

            List<String> tooWide = new ArrayList<>();
            for (String path : List.of("/provider/inbox", "/provider/notices/" + noticeId, "/provider/citizens",
                    "/provider/citizens/" + citizen, "/provider/citizens/" + citizen + "/week", "/provider/starts",
                    "/provider/import", "/provider/statements")) {
                assertThat(phone.navigate(url(path)).status()).as(path).isEqualTo(200);
                int width = scrollWidth(phone);
                if (width > WIDTH) {
                    tooWide.add(path + " is " + width + " px wide");
                }
            }
            assertThat(tooWide).as("pages wider than the phone").isEmpty();

            // the week view holds the form that registers a visit, usable at this width
            phone.navigate(url("/provider/citizens/" + citizen + "/week"));
            var save = phone.locator("main form button[type=submit]").last();
            save.scrollIntoViewIfNeeded();
            assertThat(save).isInViewport();

            // the menu folds away behind a button and opens within the width
            phone.navigate(url("/provider/inbox"));
            assertThat(phone.locator(".topbar nav")).isHidden();
            phone.locator(".menu-button").click();
            assertThat(phone.locator(".topbar nav")).isVisible();
            assertThat(phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Borgere"))).isVisible();
            assertThat(phone.locator("#current-user")).isVisible();
            assertThat(scrollWidth(phone)).as("the open menu").isLessThanOrEqualTo(WIDTH);
            phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Borgere")).click();
            phone.waitForURL("**/provider/citizens");
        }
    }

    private static int scrollWidth(Page page) {
        return ((Number) page.evaluate("() => document.scrollingElement.scrollWidth")).intValue();
    }
}
