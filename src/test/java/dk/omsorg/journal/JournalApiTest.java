package dk.omsorg.journal;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.journal.JournalTestSupport.CLOCK;
import static dk.omsorg.journal.JournalTestSupport.count;
import static dk.omsorg.journal.JournalTestSupport.headings;
import static dk.omsorg.journal.JournalTestSupport.notes;
import static dk.omsorg.journal.JournalTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

/** The authority's journal over real HTTP: writing, searching, same-day changes, corrections, links, refusals, audit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(JournalTestSupport.class)
@ExtendWith(OutputCaptureExtension.class)
class JournalApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient caseworker;
    long citizenId;
    long inquiryId;

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator");
        DecisionTestData.Applicant applicant = DecisionTestData.applicant(caseworker, "SEL § 83 a", null);
        citizenId = applicant.citizenId();
        inquiryId = applicant.inquiryId();
    }

    @AfterEach
    void resetClock() {
        CLOCK.reset();
    }

    @Test
    void aWrittenNoteIsReadBackWithItsAuthorTimeAndLink() {
        Response written = caseworker.post(notes(citizenId), json(map("heading", "Justering af bad",
                "text", "Borgeren ønsker bad om aftenen.\nAftalt med datteren.", "link", map("kind", "INQUIRY", "id", inquiryId))));
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        JsonNode note = written.json();
        assertThat(note.get("author").asText()).isEqualTo("visitator");
        assertThat(note.get("authorKind").asText()).isEqualTo("AUTHORITY");
        assertThat(note.get("writtenOn").asText()).isEqualTo(DecisionTestData.today().toString());
        assertThat(note.get("link").get("kind").asText()).isEqualTo("INQUIRY");
        assertThat(note.get("link").get("id").asLong()).isEqualTo(inquiryId);

        // a colleague of the same municipality (the coordinator) reads it
        Response page = ApiClient.as(port, "koordinator").get(notes(citizenId));
        assertThat(headings(page)).containsExactly("Justering af bad");
        assertThat(page.json().get("notes").get(0).get("text").asText()).isEqualTo("Borgeren ønsker bad om aftenen.\nAftalt med datteren.");
    }

    @Test
    void searchFindsByTextOrHeadingInAnyCaseAndByPeriodNewestFirst() {
        LocalDate today = DecisionTestData.today();
        CLOCK.set(today.minusDays(40), LocalTime.of(10, 0));
        write(caseworker, citizenId, "Hjemmebesøg", "Borgeren har fået ny rollator.", false);
        CLOCK.set(today.minusDays(10), LocalTime.of(10, 0));
        write(caseworker, citizenId, "Telefonsamtale med datter", "Datteren fortæller om fald i badeværelset.", false);
        CLOCK.reset();
        write(caseworker, citizenId, "Fald", "Ingen skader efter faldet.", false);

        assertThat(headings(caseworker.get(notes(citizenId) + "?q=ROLLATOR"))).containsExactly("Hjemmebesøg");
        assertThat(headings(caseworker.get(notes(citizenId) + "?q=fald"))).containsExactly("Fald", "Telefonsamtale med datter");
        assertThat(headings(caseworker.get(notes(citizenId) + "?q=telefonsamtale"))).containsExactly("Telefonsamtale med datter");
        assertThat(headings(caseworker.get(notes(citizenId) + "?q=100%25"))).isEmpty();
        assertThat(headings(caseworker.get(notes(citizenId) + "?from=" + today.minusDays(41) + "&to=" + today.minusDays(9))))
                .containsExactly("Telefonsamtale med datter", "Hjemmebesøg");
        assertThat(headings(caseworker.get(notes(citizenId) + "?from=" + today))).containsExactly("Fald");
        assertThat(headings(caseworker.get(notes(citizenId)))).containsExactly("Fald", "Telefonsamtale med datter", "Hjemmebesøg");

        Response backwards = caseworker.get(notes(citizenId) + "?from=" + today + "&to=" + today.minusDays(1));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("field").asText()).isEqualTo("to");
    }

    @Test
    void twentyNotesAPageAndTheNextPageHoldsTheRest() {
        for (int i = 1; i <= 21; i++) {
            write(caseworker, citizenId, "Notat " + i, "Tekst " + i, false);
        }
        JsonNode first = caseworker.get(notes(citizenId)).json();
        assertThat(first.get("notes")).hasSize(20);
        assertThat(first.get("hasNext").asBoolean()).isTrue();
        assertThat(first.get("notes").get(0).get("heading").asText()).isEqualTo("Notat 21");
        JsonNode second = caseworker.get(notes(citizenId) + "?page=1").json();
        assertThat(second.get("notes")).hasSize(1);
        assertThat(second.get("notes").get(0).get("heading").asText()).isEqualTo("Notat 1");
        assertThat(second.get("hasNext").asBoolean()).isFalse();
    }

    @Test
    void theAuthorChangesTheNoteOnItsDayAStaleVersionIs409AndTheNextDayItIsRefusedInDanish() {
        long id = write(caseworker, citizenId, "Samtale", "Første udgave.", false);
        Response changed = caseworker.put(notes(citizenId) + "/" + id, json(map("heading", "Samtale med borgeren",
                "text", "Rettet udgave.", "version", 0)));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("version").asInt()).isEqualTo(1);

        Response stale = caseworker.put(notes(citizenId) + "/" + id, json(map("heading", "Gammel", "text", "Gammel", "version", 0)));
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);

        Response colleague = ApiClient.as(port, "visitator2").put(notes(citizenId) + "/" + id,
                json(map("heading", "Andens", "text", "Andens", "version", 1)));
        assertThat(colleague.status()).as("only the author changes a note").isEqualTo(403);

        CLOCK.set(DecisionTestData.today().plusDays(1), LocalTime.of(8, 0));
        Response nextDay = caseworker.put(notes(citizenId) + "/" + id, json(map("heading", "Næste dag", "text", "Næste dag",
                "version", 1)));
        assertThat(nextDay.status()).as(nextDay.body()).isEqualTo(409);
        assertThat(nextDay.contentType()).startsWith("application/problem+json");
        assertThat(nextDay.json().get("detail").asText()).isEqualTo(
                "Et journalnotat kan kun rettes den dag, det er skrevet. Skriv et nyt notat, der retter det.");
        assertThat(jdbc.sql("select heading || '|' || text from journal_note where id = ?").param(id).query(String.class).single())
                .isEqualTo("Samtale med borgeren|Rettet udgave.");
    }

    @Test
    void aCorrectionIsANewNoteThatRefersToTheOldAndTheOldKnowsIt() {
        long old = write(caseworker, citizenId, "Bad tirsdag", "Bad aftalt tirsdag.", false);
        Response correction = caseworker.post(notes(citizenId), json(map("heading", "Rettelse: bad onsdag",
                "text", "Badet er onsdag, ikke tirsdag.", "correctsNoteId", old)));
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        long id = correction.json().get("id").asLong();
        assertThat(correction.json().get("corrects").get("id").asLong()).isEqualTo(old);
        assertThat(correction.json().get("corrects").get("heading").asText()).isEqualTo("Bad tirsdag");

        JsonNode listed = caseworker.get(notes(citizenId)).json().get("notes");
        assertThat(listed.get(1).get("id").asLong()).isEqualTo(old);
        assertThat(listed.get(1).get("correctedBy").get(0).asLong()).isEqualTo(id);
        assertThat(listed.get(1).get("text").asText()).as("the old note stays as it was").isEqualTo("Bad aftalt tirsdag.");

        // a note of another citizen cannot be corrected here
        long other = DecisionTestData.applicant(caseworker, "SEL § 83 a", null).citizenId();
        long othersNote = write(caseworker, other, "Andet", "Anden borger.", false);
        Response wrong = caseworker.post(notes(citizenId), json(map("heading", "Rettelse", "text", "x", "correctsNoteId", othersNote)));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asText()).isEqualTo("correctsNoteId");
    }

    @Test
    void badInputIsRefusedInDanishByFieldAndNothingIsStored() {
        Response noHeading = caseworker.post(notes(citizenId), json(map("heading", " ", "text", "Tekst uden overskrift")));
        assertThat(noHeading.status()).isEqualTo(400);
        assertThat(noHeading.contentType()).startsWith("application/problem+json");
        assertThat(noHeading.json().get("detail").asText()).isEqualTo("Skriv en overskrift på notatet.");
        assertThat(noHeading.json().get("errors").get(0).get("field").asText()).isEqualTo("heading");

        Response both = caseworker.post(notes(citizenId), json(map("heading", "x".repeat(201))));
        assertThat(both.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("heading", "text");
        assertThat(both.json().get("errors").get(0).get("message").asText()).isEqualTo("Overskriften må højst være på 200 tegn.");

        long othersInquiry = DecisionTestData.applicant(caseworker, "SEL § 83 a", null).inquiryId();
        Response othersLink = caseworker.post(notes(citizenId), json(map("heading", "H", "text", "T",
                "link", map("kind", "INQUIRY", "id", othersInquiry))));
        assertThat(othersLink.json().get("errors").get(0).get("field").asText()).isEqualTo("link");
        Response badLink = caseworker.post(notes(citizenId), json(map("heading", "H", "text", "T",
                "link", map("kind", "GRANT", "grantKey", UUID.randomUUID()))));
        assertThat(badLink.json().get("errors").get(0).get("message").asText()).isEqualTo("Det valgte hører ikke til borgeren.");

        assertThat(count(jdbc, citizenId)).isZero();
    }

    @Test
    void anotherMunicipalitysCitizenIsNotFoundAndNothingIsWritten() {
        write(caseworker, citizenId, "Greves notat", "Kun for Greve.", false);
        ApiClient esbjerg = ApiClient.as(port, "visitator-esbjerg");
        assertThat(esbjerg.get(notes(citizenId)).status()).isEqualTo(404);
        assertThat(esbjerg.post(notes(citizenId), json(map("heading", "H", "text", "T"))).status()).isEqualTo(404);
        assertThat(count(jdbc, citizenId)).isOne();
        // finance staff have no access to citizens' journals
        assertThat(ApiClient.as(port, "okonomi").get(notes(citizenId)).status()).isEqualTo(403);
    }

    @Test
    void everyReadAndWriteIsAuditedAndTheNoteNeverInTheAuditLogOrTheLog(CapturedOutput output) {
        String secret = "Hemmelig-" + UUID.randomUUID();
        long id = write(caseworker, citizenId, "Overskrift " + secret, "Tekst " + secret, false);
        caseworker.put(notes(citizenId) + "/" + id, json(map("heading", "Ny " + secret, "text", "Ny " + secret, "version", 0)));
        caseworker.get(notes(citizenId) + "?q=" + secret);
        caseworker.post(notes(citizenId), json(map("heading", "", "text", secret)));

        assertThat(jdbc.sql("select action || ':' || resource from audit_event where citizen_id = ? and username = 'visitator' and resource like 'journal%' order by id")
                .param(citizenId).query(String.class).list())
                .containsExactly("CREATE:journal-note", "UPDATE:journal-note", "READ:journal");
        assertThat(jdbc.sql("select count(*) from audit_event where coalesce(detail, '') || coalesce(resource_id, '') like ?")
                .param("%" + secret + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select detail from audit_event where citizen_id = ? and resource = 'journal-note' order by id")
                .param(citizenId).query(String.class).list())
                .containsExactly("journalnotat skrevet", "journalnotat ændret samme dag");
        assertThat(output.getAll()).doesNotContain(secret);
    }
}
