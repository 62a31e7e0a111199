package dk.omsorg.journey;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 000 "Særlige borgere" end to end in a real headless Chromium, in Greve: the caseworker opens a special case
 * from the inquiry (fast vagt day and night) and sees herself as contact caseworker on the case and the citizen
 * overview; the fast vagt is granted with the provider selected by the municipality (free choice is refused); the
 * leader records two offers — Kystens Hjemmeservice at its own rates and Solsikken at the takstblad's — compares them
 * (the cheapest preselected) and contracts; finance sees the notice with the monthly cost before → after, and settles
 * last month with Kystens' visits priced at the contract's rates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpecialCaseJourneyTest extends Journey {

    @Autowired
    JdbcClient jdbc;

    @Test
    void caseFromInquiryOffersComparedContractedFinanceInformedAndMonthSettledAtTheContractsRates() {
        LocalDate today = DecisionTestData.today();
        LocalDate monthStart = today.withDayOfMonth(1).minusMonths(1);
        ApiClient caseworker = ApiClient.as(port, "visitator");
        long municipal = NoticeTestData.providerOf(jdbc, "hjemmeplejen");
        long kystens = NoticeTestData.providerOf(jdbc, "leverandor-b");
        var applicant = NoticeTestData.applicant(caseworker, NoticeTestData.districtOf(jdbc, municipal),
                "Særlig Sørensen", today);

        long caseId;
        try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            logIn(page, "visitator");
            page.navigate(url("/inquiries/" + applicant.inquiryId()));
            page.locator("#special-case").click();
            assertThat(page.locator("#special-case-criteria")).containsText("vagtlag");
            Locator form = page.locator("#special-case-form");
            form.locator("input[name=setting][value=HOME]").check();
            form.locator("input[name=shifts][value=DAY]").check();
            form.locator("input[name=shifts][value=NIGHT]").check();
            form.locator("textarea[name=need]").fill("Svær demens med stor uro dag og nat; behov for fast vagt.");
            form.locator("input[name=packageCriteriaMet]").check();
            form.locator("input[name=respirationCaused][value=false]").check();
            form.locator("input[name=informedOn]").fill(today.toString());
            form.getByRole(AriaRole.BUTTON).click();
            assertThat(page).hasURL(Pattern.compile(".*/special-cases/\\d+$"));
            assertThat(page.locator("#special-case-citizen")).hasText("Særlig Sørensen");
            assertThat(page.locator("#special-case-status")).hasText("Under vurdering");
            assertThat(page.locator("#special-case-contact-caseworker")).hasText("Vibeke Visitator");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-special-case.png")).setFullPage(true));
            caseId = Long.parseLong(page.url().replaceFirst(".*/special-cases/(\\d+)$", "$1"));

            page.navigate(url("/citizens/" + applicant.citizenId()));
            assertThat(page.locator("#special-case-summary-line")).containsText("Vibeke Visitator");
            page.locator("#special-case-summary-link").click();
            assertThat(page.locator("#special-case-contact-caseworker")).hasText("Vibeke Visitator");
        }

        // the grant: fast vagt day and night; the form offers no free choice, and the API refuses it while the case is open
        var watch = DecisionTestData.grant("fast-vagt", 1, "DAY", "DAY,NIGHT", 480, monthStart, monthStart.plusMonths(2).minusDays(1));
        var freeChoice = caseworker.post("/api/v1/decisions", json(map("citizenId", applicant.citizenId(),
                "inquiryId", applicant.inquiryId(), "grants", List.of(DecisionTestData.with(watch,
                        "goals", "Ro og tryghed", "provider", map("providerId", municipal, "kind", "FREE_CHOICE"))))));
        assertThat(freeChoice.status()).as(freeChoice.body()).isEqualTo(400);
        assertThat(freeChoice.body()).contains("grants[0].provider.kind").contains("kommunen udvælger leverandøren");
        UUID grant;
        try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            logIn(page, "visitator");
            page.navigate(url("/citizens/" + applicant.citizenId() + "/decisions/new?inquiryId=" + applicant.inquiryId()));
            page.locator("#grant-0-intervention").selectOption("fast-vagt");
            page.locator("#grant-0-times").fill("1");
            page.locator("#grant-0-per").selectOption("DAY");
            page.locator("#grant-0-shift-DAY").check();
            page.locator("#grant-0-shift-NIGHT").check();
            page.locator("#grant-0-minutes").fill("480");
            page.locator("#grant-0-start").fill(monthStart.toString());
            page.locator("#grant-0-end").fill(monthStart.plusMonths(2).minusDays(1).toString());
            page.locator("#grant-0-start").dispatchEvent("change");
            page.locator("#grant-0-goals").fill("Ro og tryghed dag og nat");
            assertThat(page.locator("#grant-0-provider-kind option")).hasCount(1);
            assertThat(page.locator("#grant-0-provider-kind")).hasValue("SELECTED_BY_MUNICIPALITY");
            page.locator("#grant-0-provider-id").selectOption(String.valueOf(municipal));
            page.locator("#grant-0-selection-reason").fill("Særlig borgersag: kommunen udvælger leverandøren");
            page.locator("#save-button").click();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-special-case-grant.png")).setFullPage(true));
            assertThat(page.locator(".alert.success")).containsText("Afgørelsen er gemt");
            assertThat(page.locator("#decision-grants")).containsText("Fast vagt");
        }
        grant = jdbc.sql("select grant_key from decision_grant g join decision d on d.id = g.decision_id "
                        + "where d.citizen_id = ? and g.intervention_code = 'fast-vagt'")
                .param(applicant.citizenId()).query(UUID.class).single();

        String kystensMonthly;
        try (BrowserContext context = browser.newContext(); Page leader = context.newPage()) {
            logIn(leader, "leder");
            leader.navigate(url("/special-cases/" + caseId));
            leader.locator("#special-case-offers").click();
            offer(leader, "Kystens Hjemmeservice ApS", monthStart, "390,00", "500,00", "510,00");
            offer(leader, "Solsikken Hjemmepleje ApS", monthStart, "", "", "");
            assertThat(leader.locator("#offers")).containsText("398,00");   // the takstblad's rate, filled in
            Locator kystensRow = leader.locator("#comparison tbody tr").filter(new Locator.FilterOptions().setHasText("Kystens"))
                    .filter(new Locator.FilterOptions().setHas(leader.locator("input[type=radio]")));
            assertThat(kystensRow).containsText("billigst");
            assertThat(kystensRow.locator("input[type=radio]")).isChecked();
            kystensMonthly = kystensRow.locator("td").last().innerText().strip();
            leader.locator("#startOn").fill(monthStart.toString());
            leader.locator("#contractNotice").fill("1");
            leader.locator("#contract-form button").click();
            assertThat(leader.locator("#saved")).isVisible();
            assertThat(leader.locator("section[id^=contract-]")).containsText("Kystens Hjemmeservice ApS");
            leader.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-special-case-offers.png")).setFullPage(true));
            leader.locator("#offers-case").click();
            assertThat(leader.locator("#special-case-status")).hasText("Kontrakt indgået");
            assertThat(leader.locator("#special-case-history")).containsText("Kontrakt med Kystens Hjemmeservice ApS");
        }

        try (BrowserContext context = browser.newContext(); Page finance = context.newPage()) {
            logIn(finance, "okonomi");
            finance.locator("header nav a[href='/special-cases/finance']").click();
            Locator notice = finance.locator("#special-case-notices tbody tr").filter(new Locator.FilterOptions().setHasText("Særlig Sørensen"));
            assertThat(notice).containsText("Kystens Hjemmeservice ApS");
            assertThat(notice.locator("td").nth(4)).hasText("0,00 kr.");
            assertThat(notice.locator("td").nth(5)).hasText(kystensMonthly);
            assertThat(finance.locator("#special-case-costs")).containsText("Særlig Sørensen");
            finance.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-special-case-finance.png")).setFullPage(true));
            // finance's task: "Ændret udgift i særlig borgersag" for the finance team
            assertThat(jdbc.sql("select count(*) from task where citizen_id = ? and kind = 'SPECIAL_CASE_COST'")
                    .param(applicant.citizenId()).query(Integer.class).single()).isEqualTo(1);

            // Kystens' visits last month (as its import leaves them), settled at the contract's rates
            LocalDate weekday = monthStart.with(java.time.temporal.TemporalAdjusters.firstInMonth(java.time.DayOfWeek.TUESDAY));
            visit(kystens, applicant.citizenId(), grant, weekday, LocalTime.of(9, 0), 60);
            visit(kystens, applicant.citizenId(), grant, weekday, LocalTime.of(23, 0), 120);
            finance.locator("header nav a[href='/settlement']").click();
            finance.locator("#settle-month").fill(monthStart.toString().substring(0, 7));
            finance.locator("#settle").click();
            assertThat(finance.locator("#run")).hasAttribute("data-status", "DRAFT",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
            assertThat(finance.locator("#provider-" + kystens)).containsText("Kystens Hjemmeservice ApS");
            long runId = Long.parseLong(finance.url().replaceFirst(".*/settlement/runs/(\\d+)$", "$1"));
            assertThat(lines(runId, kystens, grant)).containsExactly("WEEKDAY_DAY CASE 390.00 60", "NIGHT CASE 510.00 120");
        }
    }

    private static void offer(Page leader, String provider, LocalDate from, String day, String other, String night) {
        leader.locator("#providerId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(provider));
        leader.locator("#receivedOn").fill(from.toString());
        leader.locator("#validFrom").fill(from.toString());
        leader.locator("#rateWeekdayDay").fill(day);
        leader.locator("#rateOther").fill(other);
        leader.locator("#rateNight").fill(night);
        leader.locator("#noticeMonths").fill("1");
        leader.locator("#offer-form button").click();
        assertThat(leader.locator("#offers")).containsText(provider);
    }

    private void visit(long provider, long citizen, UUID grant, LocalDate day, LocalTime start, int minutes) {
        jdbc.sql("""
                        insert into visit (municipality_id, provider_id, citizen_id, grant_key, external_id, kind, visit_date,
                            start_time, shift, minutes, not_delivered_reason, created_at, created_by, modified_at, modified_by)
                        values (253, ?, ?, ?, ?, 'DELIVERED', ?, ?, 'DAY', ?, null, now(), 'test', now(), 'test')""")
                .params(provider, citizen, grant, "journey-" + UUID.randomUUID(), day, start, minutes).update();
    }

    /** The provider's PERIOD lines of the grant as finance reads them: band, rate source, rate, minutes. */
    private List<String> lines(long runId, long provider, UUID grant) {
        var statement = ApiClient.as(port, "okonomi").get("/api/v1/settlement/runs/" + runId + "/providers/" + provider);
        assertThat(statement.status()).as(statement.body()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        for (JsonNode l : statement.json().get("lines")) {
            if (l.get("grantKey").asText().equals(grant.toString()) && l.get("kind").asText().equals("PERIOD")) {
                lines.add(l.get("band").asText() + " " + l.get("rateSource").asText() + " "
                        + l.get("rate").decimalValue().setScale(2).toPlainString() + " " + l.get("minutes").asLong());
            }
        }
        return lines;
    }
}
