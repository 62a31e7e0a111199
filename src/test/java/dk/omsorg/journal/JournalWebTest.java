package dk.omsorg.journal;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import dk.omsorg.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static dk.omsorg.journal.JournalTestSupport.CLOCK;
import static dk.omsorg.journal.JournalTestSupport.count;
import static dk.omsorg.journal.JournalTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

/** The authority's journal screens: the citizen page's section (htmx) and the page of its own, in Danish. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(JournalTestSupport.class)
class JournalWebTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    WebSession caseworker;
    long citizenId;
    long inquiryId;

    @BeforeEach
    void setUp() {
        api = ApiClient.as(port, "visitator");
        DecisionTestData.Applicant applicant = DecisionTestData.applicant(api, "SEL § 83 a", null);
        citizenId = applicant.citizenId();
        inquiryId = applicant.inquiryId();
        caseworker = WebSession.logIn(port, "visitator");
    }

    @AfterEach
    void resetClock() {
        CLOCK.reset();
    }

    private String base() {
        return "/citizens/" + citizenId + "/journal";
    }

    /** What a person must never read on a page: codes and words of the system. */
    private static void danish(String html) {
        String text = html.replaceAll("(?s)<[^>]*>", " ");
        assertThat(text).doesNotContain("AUTHORITY", "INQUIRY", "DECISION", "journal-", "null", "??");
    }

    @Test
    void theSectionIsAFragmentWithTheFormTheSearchAndTheNotesAndThePageStandsAlone() {
        write(api, citizenId, "Samtale med borgeren", "Borgeren ønsker hjælp til indkøb.", true);
        String section = caseworker.htmx(base()).body();
        assertThat(section).doesNotContain("<html").contains("id=\"journal\"", "Skriv journalnotat", "Søg i overskrift og tekst",
                "Samtale med borgeren", "Delt med leverandører", "Henvendelse nr. " + inquiryId, "Ret notatet (kun i dag)",
                "Vibeke Visitator");
        danish(section);

        Page page = caseworker.get(base() + "/page");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1", "<title>Journal", "Samtale med borgeren");
        danish(page.body());

        assertThat(caseworker.htmx(base() + "?q=INDKØB").body()).contains("Samtale med borgeren");
        assertThat(caseworker.htmx(base() + "?q=rollator").body()).contains("Ingen journalnotater matcher søgningen.")
                .doesNotContain("Samtale med borgeren");
    }

    @Test
    void aNoteWithoutHeadingIsShownAgainWithTheDanishErrorByTheFieldAndNothingStored() {
        caseworker.get(base() + "/page");
        Page refused = caseworker.post(base(), List.of(Map.entry("heading", ""), Map.entry("text", "Teksten er skrevet.")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"heading-error\"", "Skriv en overskrift på notatet.", "Teksten er skrevet.");
        assertThat(count(jdbc, citizenId)).isZero();

        Page written = caseworker.post(base(), List.of(Map.entry("heading", "Hjemmebesøg"), Map.entry("text", "Alt vel."),
                Map.entry("link", "INQUIRY:" + inquiryId), Map.entry("shared", "true")));
        assertThat(written.status()).isEqualTo(302);
        assertThat(written.location()).contains(base() + "/page#note-");
        assertThat(jdbc.sql("select link_kind || ':' || link_id || ':' || shared_with_providers from journal_note where citizen_id = ?")
                .param(citizenId).query(String.class).single()).isEqualTo("INQUIRY:" + inquiryId + ":true");
    }

    @Test
    void aCorrectionIsWrittenFromTheOldNoteAndBothShowTheLink() {
        long old = write(api, citizenId, "Bad tirsdag", "Bad aftalt tirsdag.", false);
        String form = caseworker.get(base() + "/page?corrects=" + old).body();
        assertThat(form).contains("Skriv rettelse", "Retter notatet", "Bad tirsdag", "name=\"correctsNoteId\" value=\"" + old + "\"");
        caseworker.post(base(), List.of(Map.entry("heading", "Rettelse af badedag"), Map.entry("text", "Onsdag."),
                Map.entry("correctsNoteId", String.valueOf(old))));
        String page = caseworker.get(base() + "/page").body();
        assertThat(page).contains("Rettet ved et senere notat", "href=\"" + base() + "/page#note-" + old + "\"");
    }

    @Test
    void changingANoteTheNextDayIsRefusedWithTheDanishReasonAndSameDayWorks() {
        long id = write(api, citizenId, "Samtale", "Første.", false);
        caseworker.get(base() + "/page");
        Page sameDay = caseworker.post(base() + "/" + id, List.of(Map.entry("heading", "Samtale"), Map.entry("text", "Anden."),
                Map.entry("version", "0")));
        assertThat(sameDay.status()).isEqualTo(302);

        CLOCK.set(DecisionTestData.today().plusDays(1), LocalTime.of(9, 0));
        String page = caseworker.get(base() + "/page").body();
        assertThat(page).contains("Anden.").doesNotContain("Ret notatet (kun i dag)");
        Page nextDay = caseworker.post(base() + "/" + id, List.of(Map.entry("heading", "Samtale"), Map.entry("text", "Tredje."),
                Map.entry("version", "1")));
        assertThat(nextDay.status()).isEqualTo(409);
        assertThat(nextDay.body()).contains("Et journalnotat kan kun rettes den dag, det er skrevet. Skriv et nyt notat, der retter det.");
        assertThat(jdbc.sql("select text from journal_note where id = ?").param(id).query(String.class).single()).isEqualTo("Anden.");
    }

    @Test
    void anotherMunicipalitysCaseworkerGets404() {
        write(api, citizenId, "Greve", "Greve.", false);
        WebSession esbjerg = WebSession.logIn(port, "visitator-esbjerg");
        assertThat(esbjerg.htmx(base()).status()).isEqualTo(404);
        assertThat(esbjerg.get(base() + "/page").status()).isEqualTo(404);
    }
}
