package dk.omsorg.journey;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.decision.DecisionTestData.Applicant;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.omsorg.decision.DecisionTestData.PERSONLIG_PLEJE;
import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 18's journey in the browser (seed 002 "Behandling af klagesager"): a Greve caseworker registers a written
 * complaint from the decision page, sees its deadline and the acknowledgement, maintains the decision (fastholdt),
 * edits the statement to Ankestyrelsen, sends the decision letter with it, downloads the bundle, and records
 * Ankestyrelsen's decision (stadfæstet).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComplaintJourneyTest extends Journey {

    static final String REASON = "Konkret vurdering: varigt behov efter hofteoperation.";
    static final DateTimeFormatter DANISH = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWrittenComplaintIsMaintainedForwardedWithTheStatementAndConfirmedByAnkestyrelsen() {
        LocalDate today = DecisionTestData.today();
        // the decision is made over the API, as other journeys set up what they do not walk through
        ApiClient api = ApiClient.as(port, "visitator");
        Applicant applicant = DecisionTestData.applicant(api, "SEL § 83", Map.of(PERSONLIG_PLEJE, 3));
        var made = api.post("/api/v1/decisions", json(map("citizenId", applicant.citizenId(),
                "inquiryId", applicant.inquiryId(), "override", true, "overrideReason", REASON, "grants",
                List.of(with(grant("daglig-hygiejne", 1, "DAY", "EVENING", 20, today, null), "overrideReason", REASON)))));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long decisionId = made.json().get("id").asLong();

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true));
             Page page = context.newPage()) {
            logIn(page, "visitator");
            page.navigate(url("/decisions/" + decisionId));
            assertThat(page.locator("#no-complaints")).isVisible();
            page.locator("#complaint-link").click();

            page.locator("input[name=channel][value=WRITTEN]").check();
            page.locator("#documentReference").fill("Brev fra borgeren modtaget i Digital Post");
            page.locator("#text").fill("Jeg har brug for bad to gange om ugen, ikke én.");
            page.locator("#complaint-save").click();
            assertThat(page).hasURL(Pattern.compile(".*/complaints/\\d+$"));
            long complaintId = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
            LocalDate deadline = LocalDate.parse(api.get("/api/v1/complaints/" + complaintId).json()
                    .get("complaintDeadline").asString());
            assertThat(page.locator("#complaint-status")).hasText("Under genvurdering");
            assertThat(page.locator("#complaint-deadline")).hasText(DANISH.format(deadline));
            assertThat(page.locator("#complaint-late")).hasCount(0);
            assertThat(DecisionTestData.pdfText(pdf(context, page.locator("#acknowledgement-link").getAttribute("href"))))
                    .as("the acknowledgement letter").contains("Kvittering for din klage");

            page.locator("#outcome").selectOption("MAINTAINED");
            page.locator("#reason").fill("Hjælpen svarer til borgerens behov efter den konkrete vurdering.");
            page.locator("#outcome-save").click();
            assertThat(page.locator("#complaint-status")).hasText("Skal videresendes til Ankestyrelsen");
            assertThat(page.locator("#complaint-outcome")).containsText("Fastholdt");
            // the forwarding is open at once: its task is in the caseworkers' queue
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                    "select count(*) from task where kind = 'COMPLAINT_FORWARDING' and subject_key = ?")
                    .param("complaint-forwarding:" + complaintId).query(Long.class).single() == 1);

            assertThat(page.locator("#forwarding-link")).hasAttribute("href", "/complaints/" + complaintId + "/forwarding");
            // opened from the task, as the caseworker finds it among the citizen's open tasks
            page.navigate(url("/citizens/" + applicant.citizenId() + "/tasks"));
            assertThat(page.locator("main")).containsText("Klage til Ankestyrelsen");
            page.locator("a[href='/complaints/" + complaintId + "/forwarding']").click();
            assertThat(page.locator("h1")).hasText("Klage til Ankestyrelsen");
            assertThat(page.locator("#statement")).containsText("Hjælpen svarer til borgerens behov");
            page.locator("#statement").fill(page.locator("#statement").inputValue()
                    + "\nBorgeren er set igen den " + DANISH.format(today) + ".");
            page.locator("input[name=documents][value='LETTER:" + decisionId + "']").check();
            page.locator("#save-draft").click();
            assertThat(page.locator("#done")).hasText("Kladden er gemt.");
            assertThat(page.locator("input[name=documents][value='LETTER:" + decisionId + "']")).isChecked();
            page.locator("#send").click();
            assertThat(page.locator("#done")).hasText("Klagen er sendt til Ankestyrelsen.");
            assertThat(page.locator("#forwarded-on")).containsText(DANISH.format(today));
            byte[] bundle = pdf(context, page.locator("#bundle").getAttribute("href"));
            assertThat(DecisionTestData.pdfText(bundle)).contains("Redegørelse", "Borgeren er set igen den",
                    "Afgørelsesbrev, version 1");

            page.locator("#outcome").selectOption("CONFIRMED");
            page.locator("#decidedOn").fill(today.toString());
            page.locator("#text").fill("Ankestyrelsen stadfæster kommunens afgørelse.");
            page.locator("#record-outcome").click();
            assertThat(page.locator("#done")).hasText("Ankestyrelsens afgørelse er registreret.");
            assertThat(page.locator("#outcome-recorded")).containsText("Stadfæstet");

            page.locator("#complaint-back").click();
            assertThat(page.locator("#complaint-status")).hasText("Afgjort af Ankestyrelsen");
            page.navigate(url("/decisions/" + decisionId));
            assertThat(page.locator("#decision-complaint-" + complaintId)).containsText("Afgjort af Ankestyrelsen");
        }
    }

    /** Fetches a PDF link with the browser's login, as the browser would open it. */
    private byte[] pdf(BrowserContext context, String href) {
        APIResponse response = context.request().get(url(href));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).startsWith("application/pdf");
        byte[] body = response.body();
        assertThat(new String(Arrays.copyOf(body, 5), StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        return body;
    }
}
