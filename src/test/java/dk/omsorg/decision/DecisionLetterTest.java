package dk.omsorg.decision;

import dk.omsorg.catalog.DanishText;
import dk.omsorg.decision.DecisionTestData.Applicant;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.PERSONLIG_PLEJE;
import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, "letters after a change": a change letter says what changed and why, a reduction as a reduction with the
 * complaint guidance, the grants that continue in brief and not the ended ones; the letter is PDF/A with its own
 * embedded fonts, several grants fit on few pages, and it opens inline in the browser or downloads on request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DecisionLetterTest {

    static final String REASON = "Konkret vurdering: varigt behov efter hofteoperation.";

    @LocalServerPort
    int port;

    ApiClient caseworker;
    Applicant applicant;
    LocalDate today;

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator");
        applicant = DecisionTestData.applicant(caseworker, "SEL § 83", Map.of(PERSONLIG_PLEJE, 3));
        today = DecisionTestData.today();
    }

    private Map<String, Object> hygiene(int minutes) {
        return with(grant("daglig-hygiejne", 1, "DAY", "EVENING", minutes, today, null), "overrideReason", REASON);
    }

    private Map<String, Object> cleaning() {
        return with(grant("lille-rengoering", 1, "WEEK", "DAY", 30, today, null), "overrideReason", REASON);
    }

    private JsonNode decide(Map<String, Object>... grants) {
        Response made = caseworker.post("/api/v1/decisions", json(map("citizenId", applicant.citizenId(),
                "inquiryId", applicant.inquiryId(), "override", true, "overrideReason", REASON, "grants", List.of(grants))));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json();
    }

    private byte[] letter(long decisionId) {
        return caseworker.download("/api/v1/decisions/" + decisionId + "/letter").body();
    }

    @Test
    void aReductionIsWrittenAsOneWithTheComplaintGuidanceAndTheRestInBrief() {
        JsonNode first = decide(hygiene(30), cleaning(),
                with(grant("lille-rengoering", 1, "WEEK", "DAY", 45, today.minusDays(20), today.minusDays(5)),
                        "overrideReason", REASON));
        String key = first.get("grants").get(0).get("grantKey").asText();

        Response changed = caseworker.post("/api/v1/decisions/" + first.get("id").asLong() + "/changes", json(map(
                "version", first.get("version").asInt(), "reasoning", "Borgeren klarer nu selv en del af plejen.",
                "grants", List.of(with(hygiene(1), "grantKey", key)))));
        assertThat(changed.status()).as(changed.body()).isEqualTo(201);

        String text = DecisionTestData.pdfText(letter(changed.json().get("id").asLong()));
        String day = DanishText.date(today);
        assertThat(text).contains("Din hjælp til Daglig hygiejne nedsættes fra " + day,
                "1 minut pr. gang fra " + day + ", før 30", "Borgeren klarer nu selv en del af plejen.",
                "ændrer afgørelsen af " + day + " (version 1)", "Denne hjælp fortsætter uændret",
                "Lille rengøring: 1 gang ugentligt", "kan du klage", "Klagevejledning", "inden 4 uger");
        assertThat(text).as("no grant is granted anew, and the ended cleaning is not repeated")
                .doesNotContain("Du får bevilget", "45 minutter", "1 minutter", DanishText.date(today.minusDays(5)),
                        "Du har søgt om");
    }

    @Test
    void theLetterIsPdfAWithItsOwnFontsEmbeddedAndSeveralGrantsStayOnFewPages() throws IOException {
        JsonNode made = decide(hygiene(20), cleaning(),
                with(grant("lille-rengoering", 1, "WEEK", "DAY", 60, today.plusDays(7), today.plusMonths(3)),
                        "overrideReason", REASON));

        byte[] bytes = letter(made.get("id").asLong());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")2").containsPattern("pdfaid:conformance(>|=\")B");
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).isNotEmpty();
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(f -> f.contains("DejaVuSans"));
            // the text fills three pages; with each grant box kept whole (page-break-inside: avoid) it took four,
            // each long box pushed to a new page
            assertThat(pdf.getNumberOfPages()).as("no page break forced by a grant box").isLessThanOrEqualTo(3);
        }
    }

    @Test
    void theLetterOpensInTheBrowserAndDownloadsOnRequest() {
        long id = decide(hygiene(20)).get("id").asLong();
        WebSession browser = WebSession.logIn(port, "visitator");

        WebSession.File opened = browser.file("/decisions/" + id + "/letter");
        WebSession.File downloaded = browser.file("/decisions/" + id + "/letter?download=true");

        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.contentType()).startsWith("application/pdf");
        assertThat(opened.contentDisposition()).startsWith("inline").contains("afgoerelse-" + id + ".pdf");
        assertThat(downloaded.status()).isEqualTo(200);
        assertThat(downloaded.contentDisposition()).startsWith("attachment").contains("afgoerelse-" + id + ".pdf");
        assertThat(downloaded.body()).isEqualTo(opened.body());
        assertThat(browser.get("/decisions/" + id).body()).contains("download=true");
    }
}
