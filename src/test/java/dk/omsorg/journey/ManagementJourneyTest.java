package dk.omsorg.journey;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.management.ManagementFixture;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leader opens Ledelsesinformation from the menu, filters the activity page to May 2017 as known on 20 May, and
 * the chart renders in Chromium: bars for granted, planned and delivered hours, each with its title, and the granted
 * bar of May with a height.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManagementJourneyTest extends Journey {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLeaderSeesTheActivityChartRenderedWithATitlePerBar() {
        Granted base = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", DecisionTestData.today());
        ManagementFixture fixture = new ManagementFixture(jdbc, base);
        OffsetDateTime recorded = OffsetDateTime.parse("2017-05-10T12:00:00+02:00");
        UUID key = fixture.grant("personlig-pleje", 30, LocalDate.of(2017, 5, 1), recorded);
        fixture.visit(key, "DELIVERED", LocalDate.of(2017, 5, 5), 30, null, recorded.plusHours(2));

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            logIn(page, "leder");
            page.locator("#nav-management").click();
            assertThat(page.locator("h1")).containsText("Ledelsesinformation");
            page.locator("#from").fill("2017-05");
            page.locator("#to").fill("2017-05");
            page.locator("#knownOn").fill("2017-05-20");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
            assertThat(page.locator("#period")).hasText("Fra maj 2017 til maj 2017.");

            Locator bars = page.locator("#chart svg.chart rect.bar");
            assertThat(bars).hasCount(3);
            assertThat(page.locator("#chart svg.chart rect.bar[data-series='0'] title")).hasText(
                    java.util.regex.Pattern.compile("^maj 2017 – Bevilget: [0-9.]+(,[0-9]+)?$"));
            assertThat(page.locator("#chart svg.chart rect.bar[data-series='2'] title")).containsText("maj 2017 – Leveret: ");
            var box = page.locator("#chart svg.chart rect.bar[data-series='0']").boundingBox();
            assertThat(box.height).isGreaterThan(0);
            assertThat(page.locator("#chart svg.chart desc")).containsText("som de var kendt den 20. maj 2017");
            assertThat(page.locator("#chart svg.chart .y-axis")).hasText("Timer");
            assertThat(page.locator("#xlsx")).hasAttribute("href",
                    java.util.regex.Pattern.compile("^/management/activity\\.xlsx\\?from=2017-05&to=2017-05.*knownOn=2017-05-20"));
        }
    }
}
