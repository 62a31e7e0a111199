package dk.omsorg.journey;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.omsorg.decision.DecisionTestData.PERSONLIG_PLEJE;
import static dk.omsorg.decision.DecisionTestData.decision;
import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.with;

/**
 * A § 83 a course's mid-way evaluation in a real headless Chromium (issue 21, seed 004): the caseworker opens the
 * course from the mid-way evaluation task on the citizen's page, records a goal and the citizen's IPPA, fills the
 * evaluation form, decides to extend, and the course shows the new end date from the new decision version. Then the
 * leader opens Ledelsesinformation → Rehabilitering for the month the course now ends in: the chart is drawn in
 * Chromium with a bar per package level and figure, each with its title, and the table has the light courses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CourseEvaluationJourneyTest extends Journey {

    private static final DateTimeFormatter DANISH = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Test
    void aCaseworkerEvaluatesACourseMidwayAndExtendsIt() {
        LocalDate today = DecisionTestData.today();
        ApiClient api = ApiClient.as(port, "visitator");
        var applicant = DecisionTestData.applicant(api, "SEL § 83", Map.of(PERSONLIG_PLEJE, 3));
        var made = api.post("/api/v1/decisions", decision(applicant.citizenId(), applicant.inquiryId(),
                with(grant("rh-bad", 1, "WEEK", "DAY", 30, today, today.plusWeeks(6).minusDays(1)), "goals", "Kan selv gå i bad")));
        org.assertj.core.api.Assertions.assertThat(made.status()).as(made.body()).isEqualTo(201);
        LocalDate newEnd = today.plusWeeks(10);

        try (BrowserContext context = browser.newContext(); Page caseworker = context.newPage()) {
            logIn(caseworker, "visitator");
            // the mid-way evaluation task on the citizen's page opens the course
            // (the tasks reach the queue after the decision commits: reload until the citizen's task is there)
            Locator task = caseworker.locator("#citizen-tasks a", new Page.LocatorOptions().setHasText("Evaluering midtvejs: RH Bad"));
            for (int i = 0; i < 20; i++) {
                caseworker.navigate(url("/citizens/" + applicant.citizenId()));
                caseworker.locator("#citizen-tasks").waitFor();
                if (task.count() > 0) {
                    break;
                }
                caseworker.waitForTimeout(1000);
            }
            task.first().click();
            assertThat(caseworker.locator("h1")).containsText("Rehabiliteringsforløb");
            assertThat(caseworker.locator("#course-level")).containsText("let");
            assertThat(caseworker.locator("#course-end")).hasText(DANISH.format(today.plusWeeks(6).minusDays(1)));

            // the goal in FSIII, its start state from the latest assessment
            caseworker.locator("#goal-form select[name=stateCode]").selectOption(PERSONLIG_PLEJE);
            caseworker.locator("#goal-form button").click();
            assertThat(caseworker.locator("#goal-states tbody tr")).hasCount(1);
            assertThat(caseworker.locator("#goal-states tbody tr td").nth(1)).hasText("3");

            // IPPA at the start: two problems
            caseworker.locator("input[name='ippa[0].problem']").fill("At komme i bad");
            caseworker.locator("input[name='ippa[0].importance']").fill("5");
            caseworker.locator("input[name='ippa[0].startDifficulty']").fill("4");
            caseworker.locator("input[name='ippa[1].problem']").fill("At tage tøj på");
            caseworker.locator("input[name='ippa[1].importance']").fill("4");
            caseworker.locator("input[name='ippa[1].startDifficulty']").fill("5");
            caseworker.locator("#ippa-save").click();
            assertThat(caseworker.locator("#ippa-scores")).containsText("ved start: 20,00");

            // the mid-way evaluation form: the goal not yet met, state 2, recommend extending
            Locator form = caseworker.locator("#evaluation-MIDWAY");
            form.locator("input[name='goals[0].met'][value=false]").check();
            form.locator("input[name='goals[0].state']").fill("2");
            form.locator("select[name=recommendation]").selectOption("EXTEND");
            form.locator("textarea[name=note]").fill("Gode fremskridt; mangler at kunne vaske ben og fødder.");
            form.locator("button").click();
            assertThat(caseworker.locator(".evaluation h3").first()).containsText("Midtvejsevaluering");

            // the caseworker decides: extend to a new end within the standard
            Locator decide = caseworker.locator(".decision-form").first();
            assertThat(decide.locator("input[name=decision][value=EXTEND]")).isChecked();
            decide.locator("input[name=day]").fill(newEnd.toString());
            decide.locator("button").click();
            assertThat(caseworker.locator("#course-end")).hasText(DANISH.format(newEnd));
            assertThat(caseworker.locator(".evaluation-decision").first()).containsText("Forlæng forløbet");
        }

        try (BrowserContext context = browser.newContext(); Page leader = context.newPage()) {
            logIn(leader, "leder");
            leader.locator("#nav-management").click();
            leader.locator("#management-pages a", new Page.LocatorOptions().setHasText("Rehabilitering")).click();
            String month = java.time.YearMonth.from(newEnd).toString();
            leader.locator("#from").fill(month);
            leader.locator("#to").fill(month);
            leader.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Vis")).click();
            assertThat(leader.locator("h1")).containsText("Ledelsesinformation");
            // three figures (less help after 3 and 6 months, goals met) for each of the three package levels
            assertThat(leader.locator("#chart svg.chart rect.bar")).hasCount(9);
            assertThat(leader.locator("#chart svg.chart rect.bar[data-series='2'] title").first())
                    .hasText(java.util.regex.Pattern.compile("^Let – Mål nået: ([0-9.]+(,[0-9]+)?|–)$"));
            assertThat(leader.locator("#chart svg.chart desc")).containsText("andelen af borgere, der har brug for mindre hjælp");
            assertThat(leader.locator("#fact-courses")).not().hasText("0");
            assertThat(leader.locator("table")).containsText("Let");
            assertThat(leader.locator("#xlsx")).hasAttribute("href",
                    java.util.regex.Pattern.compile("^/management/rehabilitation\\.xlsx\\?from=" + month + "&to=" + month));
        }
    }
}
