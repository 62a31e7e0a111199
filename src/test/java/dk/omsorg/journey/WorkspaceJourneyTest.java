package dk.omsorg.journey;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
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
 * Issue 15, done when: a caseworker logs in to Mine opgaver, opens a task, lands on the citizen's overview, writes a
 * journal note, and sees the task close when the work is done. The task is a provider's notice to read (the provider
 * writes that the citizen's condition changed); the work is acknowledging it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkspaceJourneyTest extends Journey {

    @Autowired
    JdbcClient jdbc;

    @Test
    void fromMineOpgaverThroughTheOverviewAndTheJournalToTheTaskClosing() {
        var granted = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", DecisionTestData.today());
        NoticeTestData.awaitNotice(jdbc, granted.decisionId(), granted.providerId());
        var sent = ApiClient.as(port, "leverandor-a").post("/api/v1/provider/citizens/" + granted.citizenId() + "/notices",
                json(map("kind", "CONDITION_CHANGED", "text", "Borgeren er blevet mere urolig om natten.")));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long noticeId = sent.json().get("id").asLong();
        long taskId = awaitTask("notice:" + noticeId);

        try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            logIn(page, "visitator");
            // the caseworker's start page is the work queue
            assertThat(page).hasURL(Pattern.compile(".*/tasks$"));
            assertThat(page.locator("h1")).containsText("Mine opgaver");
            // the shared test database gives this caseworker hundreds of tasks: narrow the queue as a caseworker would
            page.locator("#kind").selectOption("PROVIDER_NOTICE");
            page.locator("#citizen").fill(String.valueOf(granted.citizenId()));
            page.locator("#task-filter button[type=submit]").click();
            var row = page.locator("#task-" + taskId);
            assertThat(row).containsText("Læs advis fra leverandøren");
            assertThat(row).containsText("Advis Åse Ørum");

            // opens the task's citizen: the overview, with the open task in its summary
            row.getByText("Advis Åse Ørum").click();
            assertThat(page).hasURL(Pattern.compile(".*/citizens/" + granted.citizenId() + "$"));
            assertThat(page.locator("#citizen-name")).hasText("Advis Åse Ørum");
            assertThat(page.locator("#citizen-summary #citizen-task-" + taskId)).containsText("Læs advis fra leverandøren");

            // writes a journal note in the Journal section, the summary stays
            page.locator("#tab-journal").click();
            page.locator("#journal-heading").fill("Uro om natten");
            page.locator("#journal-text").fill("Leverandøren melder uro om natten. Aftalt med datteren at følge op i næste uge.");
            page.locator("#journal-write").click();
            assertThat(page.locator("#citizen-section .journal-note").first()).containsText("Uro om natten");
            assertThat(page.locator("#citizen-summary")).isVisible();

            // the work: read and acknowledge the provider's notice, from the task's own link
            page.locator("#citizen-summary #citizen-task-" + taskId + " a").click();
            assertThat(page).hasURL(Pattern.compile(".*/notices/from-providers.*"));
            page.locator("form[action$='/notices/" + noticeId + "/acknowledge'] button").click();

            // the task closes itself: gone from Mine opgaver
            page.navigate(url("/tasks?kind=PROVIDER_NOTICE&citizen=" + granted.citizenId()));
            for (int i = 0; i < 50 && page.locator("#task-" + taskId).count() > 0; i++) {
                page.waitForTimeout(200);
                page.reload();
            }
            assertThat(page.locator("#task-" + taskId)).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-workspace.png")).setFullPage(true));
        }
        assertThat(jdbc.sql("select status from task where id = ?").param(taskId).query(String.class).single()).isEqualTo("DONE");
        assertThat(jdbc.sql("select count(*) from journal_note where citizen_id = ? and heading = 'Uro om natten'")
                .param(granted.citizenId()).query(Long.class).single()).isEqualTo(1);
    }

    private long awaitTask(String key) {
        for (int i = 0; i < 100; i++) {
            var id = jdbc.sql("select id from task where subject_key = ? and status = 'OPEN'").param(key).query(Long.class).optional();
            if (id.isPresent()) {
                return id.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("no open task " + key);
    }
}
