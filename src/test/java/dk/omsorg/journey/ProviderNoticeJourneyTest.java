package dk.omsorg.journey;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice end to end in a real headless Chromium: a caseworker grants help with the provider the
 * citizen chose (the compose form's provider field); the provider's user finds the notice in its inbox,
 * reads what it needs and acknowledges it; the caseworker sees it acknowledged on the citizen page; and
 * another provider's user cannot open that citizen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProviderNoticeJourneyTest extends Journey {

    @Autowired
    JdbcClient jdbc;

    @Test
    void caseworkerGrantsWithTheChosenProviderWhoAcknowledgesAndAnotherProviderIsKeptOut() {
        long solsikken = NoticeTestData.providerOf(jdbc, "leverandor-a");
        var applicant = NoticeTestData.applicant(ApiClient.as(port, "visitator"), NoticeTestData.districtOf(jdbc, solsikken),
                "Journey Jørgen Ærbar", DecisionTestData.today());
        String citizenPage = url("/citizens/" + applicant.citizenId());

        try (BrowserContext caseworkerContext = browser.newContext(); Page caseworker = caseworkerContext.newPage()) {
            logIn(caseworker, "visitator");
            caseworker.navigate(url("/inquiries/" + applicant.inquiryId()));
            caseworker.locator("#make-decision").click();
            assertThat(caseworker.locator("h1")).containsText("Træf afgørelse");

            // § 83 personal care: the citizen chooses among the approved providers (frit valg); the providers
            // approved for the intervention, district and start are fetched with htmx when these change
            caseworker.waitForFunction("() => window.htmx !== undefined");
            caseworker.locator("#grant-0-intervention").selectOption("bad");
            caseworker.locator("#grant-0-start").fill(DecisionTestData.today().toString());
            caseworker.locator("#grant-0-start").dispatchEvent("change");
            caseworker.locator("#grant-0-times").fill("1");
            caseworker.locator("#grant-0-per").selectOption("WEEK");
            caseworker.locator("#grant-0-shift-DAY").check();
            caseworker.locator("#grant-0-minutes").fill("30");
            caseworker.locator("#grant-0-goals").fill("Tryg i badet med støtte");
            caseworker.locator("#grant-0-provider-id").selectOption(String.valueOf(solsikken));
            assertThat(caseworker.locator("#grant-0-provider-kind")).hasValue("FREE_CHOICE");
            caseworker.locator("#grant-0-override-reason")
                    .fill("Rehabiliteringsforløb gennemført i anden kommune; varig hjælp til bad er nødvendig.");
            caseworker.locator("#save-button").click();

            assertThat(caseworker.locator(".alert.success")).containsText("Afgørelsen er gemt");
            assertThat(caseworker).hasURL(Pattern.compile(".*/decisions/\\d+$"));
            // the decision page shows the notice on its way to, then at, the provider
            assertThat(caseworker.locator("#decision-notices")).containsText("Solsikken");
            assertThat(caseworker.locator("#decision-notices")).containsText("Ikke kvitteret");
            caseworker.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-notice-decision.png")).setFullPage(true));
        }

        try (BrowserContext providerContext = browser.newContext(); Page provider = providerContext.newPage()) {
            logIn(provider, "leverandor-a");
            assertThat(provider).hasURL(Pattern.compile(".*/provider/inbox$"));
            var row = provider.locator("#inbox tr", new Page.LocatorOptions().setHasText("Journey Jørgen Ærbar"));
            assertThat(row).containsText("Ny bevilling");
            assertThat(row).containsText("Ikke kvitteret");
            provider.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-notice-inbox.png")).setFullPage(true));
            row.locator("a.open-notice").click();

            assertThat(provider.locator("#notice-title")).containsText("Ny bevilling");
            assertThat(provider.locator("#citizen-contact")).containsText("Advisvej 7, 2670 Greve");
            assertThat(provider.locator("#notice-grant")).containsText("Bad");
            assertThat(provider.locator("#notice-grant .goals")).hasText("Tryg i badet med støtte");
            assertThat(provider.locator("#notice-start")).containsText("Skal være startet senest");
            provider.locator("#acknowledge").click();
            assertThat(provider.locator(".alert.success")).containsText("Advisen er kvitteret");
            assertThat(provider.locator(".badge.acknowledged")).containsText("Anna Leverandør (Solsikken)");
            provider.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-notice-acknowledged.png")).setFullPage(true));
        }

        try (BrowserContext caseworkerContext = browser.newContext(); Page caseworker = caseworkerContext.newPage()) {
            logIn(caseworker, "visitator");
            // the overview opens on the assessments; its "Advis" section by its own address (issue 15)
            caseworker.navigate(citizenPage + "?section=notices");
            var notices = caseworker.locator("#notices-to-providers");
            assertThat(notices).containsText("Solsikken");
            assertThat(notices).containsText("Kvitteret");
            assertThat(notices).containsText("Anna Leverandør (Solsikken)");
            caseworker.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-notice-citizen.png")).setFullPage(true));
        }

        try (BrowserContext otherContext = browser.newContext(); Page other = otherContext.newPage()) {
            logIn(other, "leverandor-b");
            Response response = other.navigate(url("/provider/citizens/" + applicant.citizenId()));
            assertThat(response.status()).isEqualTo(403);
            assertThat(other.locator("main")).containsText("Du har ikke adgang til dette.");
            assertThat(other.locator("body")).not().containsText("Journey Jørgen Ærbar");
            // nor by the municipal page
            assertThat(other.navigate(citizenPage).status()).isEqualTo(403);
            other.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-notice-403.png")).setFullPage(true));
        }
    }
}
