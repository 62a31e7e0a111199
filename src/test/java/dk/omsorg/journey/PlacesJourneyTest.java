package dk.omsorg.journey;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A temporary stay end to end in a real headless Chromium (issue 19; seed 002 "Procedure for midlertidige boliger"):
 * an application (an inquiry, "Enhver ansøgning om ophold i midlertidig bolig er en revisitation") is decided by the
 * caseworker, who puts the citizen on the temporary-stay list with a priority class and the purpose; the coordinator
 * finds the citizen on the ranked list and offers a place; the citizen accepts; the citizen moves in and out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlacesJourneyTest extends Journey {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    dk.omsorg.places.FreePlaces free;
    @Autowired
    dk.omsorg.places.PlacePolicies policies;

    @Test
    void anApplicationIsDecidedListedOfferedAcceptedAndTheCitizenMovesInAndOut() {
        LocalDate today = DecisionTestData.today();
        String name = "Journey Åge Midlertidig";
        var inquiry = ApiClient.as(port, "visitator-esbjerg").post("/api/v1/inquiries", json(map("cprNumber", TestCitizens.newCpr(),
                "citizenName", name, "address", "Kongensgade 5, 6700 Esbjerg", "source", "CITIZEN",
                "receivedAt", today.minusDays(1) + "T10:00:00+01:00", "request", "Ansøgning om midlertidigt ophold efter fald",
                "legalBasis", "SEL § 84 stk. 2", "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        long citizenId = inquiry.json().get("citizenId").asLong();
        long inquiryId = inquiry.json().get("id").asLong();
        LocalDate moveIn = today.plusDays(30);
        int place = free.firstFree(561, policies.forMunicipality(561).orElseThrow().unit("midlertidig-esbjerg").orElseThrow(),
                moveIn, moveIn.plusDays(14)).orElseThrow();

        try (BrowserContext context = browser.newContext(); Page caseworker = context.newPage()) {
            logIn(caseworker, "visitator-esbjerg");
            // the decision: a temporary stay granted (a place, not minutes)
            caseworker.navigate(url("/inquiries/" + inquiryId));
            caseworker.locator("#make-decision").click();
            caseworker.waitForFunction("() => window.htmx !== undefined");
            caseworker.locator("#grant-0-intervention").selectOption("midlertidigt-ophold");
            caseworker.locator("#grant-0-start").fill(today.toString());
            caseworker.locator("#grant-0-start").dispatchEvent("change");
            caseworker.locator("#grant-0-place").fill("Midlertidige boliger Esbjerg");
            caseworker.locator("#grant-0-goals").fill("Afklaring af fremtidig boform");
            if (caseworker.locator("#grant-0-override").isVisible()) {
                caseworker.locator("#grant-0-override").check();
            }
            caseworker.locator("#grant-0-override-reason").fill("Konkret vurdering: kan ikke være i eget hjem efter faldet.");
            caseworker.locator("#save-button").click();
            assertThat(caseworker.locator(".alert.success")).containsText("Afgørelsen er gemt");

            // put on the temporary-stay list: priority Høj, the purpose recorded
            caseworker.navigate(url("/citizens/" + citizenId + "/place-list-entries/new"));
            Locator list = caseworker.locator("#grantAndList");
            list.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(
                    list.locator("option", new Locator.LocatorOptions().setHasText("Midlertidigt ophold")).first().textContent()));
            caseworker.locator("#purpose").fill("Afklaring af fremtidig boform efter fald");
            caseworker.locator("#priorityClass").selectOption("HIGH");
            caseworker.locator("#put-on-list").click();
            assertThat(caseworker.locator("#entry-status")).hasText("Venter");
            assertThat(caseworker.locator("#entry-class")).hasText("Høj");
            caseworker.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-places-entry.png")).setFullPage(true));
        }

        try (BrowserContext context = browser.newContext(); Page coordinator = context.newPage()) {
            logIn(coordinator, "koordinator-esbjerg");
            // the ranked list: the citizen is there with class and list date
            coordinator.navigate(url("/places/lists/temporary-stay"));
            Locator row = coordinator.locator("tr", new Page.LocatorOptions().setHasText(name));
            assertThat(row).containsText("Høj");
            row.locator("a").first().click();
            assertThat(coordinator).hasURL(Pattern.compile(".*/places/entries/\\d+$"));
            // offer a place from a day; the planned move-out two weeks later
            coordinator.locator("#unitCode").selectOption("midlertidig-esbjerg");
            coordinator.locator("#placeNo").fill(String.valueOf(place));
            coordinator.locator("#fromOn").fill(moveIn.toString());
            coordinator.locator("#toOn").fill(moveIn.plusDays(14).toString());
            coordinator.locator("#make-offer").click();
            assertThat(coordinator.locator("#entry-status")).hasText("Har fået tilbud");
            // the citizen says yes: the move-in is planned
            coordinator.getByText("Borgeren siger ja").click();
            assertThat(coordinator.locator("#entry-status")).hasText("Har fået plads");
            assertThat(coordinator.locator("#offers")).containsText("Accepteret");

            // the stay: move in on the day, move out ten days later
            coordinator.navigate(url("/citizens/" + citizenId + "/stays"));
            Locator stay = coordinator.locator("#stays tbody tr").first();
            assertThat(stay).containsText("Planlagt");
            stay.locator("input[name=on]").first().fill(moveIn.toString());
            stay.getByText("Registrér indflytning").click();
            stay = coordinator.locator("#stays tbody tr").first();
            assertThat(stay).containsText("Bor på pladsen");
            stay.locator("input[name=on]").first().fill(moveIn.plusDays(10).toString());
            stay.getByText("Registrér udflytning").click();
            assertThat(coordinator.locator("#stays tbody tr").first()).containsText("Fraflyttet");
            coordinator.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-places-stay.png")).setFullPage(true));
        }
        assertThat(jdbc.sql("select status || ' ' || from_on || ' ' || to_on from place_stay where citizen_id = ?")
                .param(citizenId).query(String.class).single())
                .isEqualTo("ENDED " + moveIn + " " + moveIn.plusDays(10));
    }
}
