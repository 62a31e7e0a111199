package dk.omsorg.journal;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.journal.JournalTestSupport.count;
import static dk.omsorg.journal.JournalTestSupport.headings;
import static dk.omsorg.journal.JournalTestSupport.notes;
import static dk.omsorg.journal.JournalTestSupport.providerNotes;
import static dk.omsorg.journal.JournalTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider's journal: it writes notes on the citizens it delivers to, which the authority reads; it reads only
 * its own notes and the authority's notes shared with the delivering providers; any other citizen is 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(JournalTestSupport.class)
class ProviderJournalTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient caseworker;
    ApiClient providerA;
    Granted granted;

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator");
        providerA = ApiClient.as(port, "leverandor-a");
        granted = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", DecisionTestData.today());
    }

    @Test
    void theProviderSeesItsOwnAndTheSharedNotesAndTheAuthoritySeesAll() {
        long citizen = granted.citizenId();
        write(caseworker, citizen, "Delt: nøgleboks", "Nøglen ligger i nøgleboksen ved døren.", true);
        write(caseworker, citizen, "Intern: økonomi", "Borgerens økonomi drøftet med pårørende.", false);
        Response own = providerA.post(providerNotes(citizen), json(map("heading", "Ændret tilstand",
                "text", "Borgeren er mere forvirret om morgenen.")));
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(own.json().get("authorKind").asText()).isEqualTo("PROVIDER");
        assertThat(own.json().get("providerId").asLong()).isEqualTo(granted.providerId());

        assertThat(headings(providerA.get(providerNotes(citizen)))).containsExactly("Ændret tilstand", "Delt: nøgleboks");
        assertThat(headings(providerA.get(providerNotes(citizen) + "?q=økonomi"))).isEmpty();
        assertThat(headings(caseworker.get(notes(citizen))))
                .containsExactly("Ændret tilstand", "Intern: økonomi", "Delt: nøgleboks");
        JsonNode fromProvider = caseworker.get(notes(citizen)).json().get("notes").get(0);
        assertThat(fromProvider.get("providerName").asText()).isNotBlank();
    }

    @Test
    void theProviderChangesItsOwnNoteOnItsDayAndCorrectsOnlyItsOwn() {
        long citizen = granted.citizenId();
        long shared = write(caseworker, citizen, "Delt", "Delt tekst.", true);
        long id = providerA.post(providerNotes(citizen), json(map("heading", "Morgen", "text", "Træt."))).json().get("id").asLong();
        Response changed = providerA.put(providerNotes(citizen) + "/" + id, json(map("heading", "Morgen", "text", "Meget træt.", "version", 0)));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(providerA.put(providerNotes(citizen) + "/" + shared, json(map("heading", "x", "text", "x", "version", 0))).status())
                .as("the authority's note is not the provider's to change").isEqualTo(403);
        Response correctsShared = providerA.post(providerNotes(citizen), json(map("heading", "Rettelse", "text", "x", "correctsNoteId", shared)));
        assertThat(correctsShared.status()).isEqualTo(400);
        assertThat(correctsShared.json().get("errors").get(0).get("field").asText()).isEqualTo("correctsNoteId");
    }

    @Test
    void anotherProvidersCitizenOrAnotherMunicipalitysIsNotFoundAndAudited() {
        long citizen = granted.citizenId();
        write(caseworker, citizen, "Delt", "Delt tekst.", true);
        long audit = NoticeTestData.lastAuditId(jdbc);
        ApiClient providerB = ApiClient.as(port, "leverandor-b");

        Response read = providerB.get(providerNotes(citizen));
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.json().get("detail").asText()).isEqualTo("Borgeren findes ikke.");
        assertThat(providerB.post(providerNotes(citizen), json(map("heading", "H", "text", "T"))).status()).isEqualTo(404);
        assertThat(providerA.get(providerNotes(987_654_321L)).status()).isEqualTo(404);
        // a citizen of the municipality the provider does not deliver to
        long notServed = DecisionTestData.applicant(caseworker, "SEL § 83 a", null).citizenId();
        assertThat(providerA.get(providerNotes(notServed)).status()).isEqualTo(404);
        // and a provider does not use the authority's routes
        assertThat(providerA.get(notes(citizen)).status()).isEqualTo(403);

        assertThat(count(jdbc, citizen)).isOne();
        assertThat(NoticeTestData.denied(jdbc, "leverandor-b", audit)).containsExactly("journal:" + citizen, "journal:" + citizen);
    }

    @Test
    void theProvidersCitizenPageHasTheJournalSectionWithTheSharedNotesAndAFormInDanish() {
        long citizen = granted.citizenId();
        write(caseworker, citizen, "Delt med hjemmeplejen", "Husk høreapparatet.", true);
        write(caseworker, citizen, "Kun visitationen", "Intern vurdering.", false);
        WebSession provider = WebSession.logIn(port, "leverandor-a");

        assertThat(provider.get("/provider/citizens/" + citizen).body())
                .contains("hx-get=\"/provider/citizens/" + citizen + "/journal\"");
        String section = provider.htmx("/provider/citizens/" + citizen + "/journal").body();
        assertThat(section).contains("Delt med hjemmeplejen", "Husk høreapparatet.", "Skriv journalnotat", "Overskrift")
                .doesNotContain("Kun visitationen", "<html", "Del med de leverandører");

        WebSession.Page written = provider.post("/provider/citizens/" + citizen + "/journal", List.of(
                java.util.Map.entry("heading", "Faldet i nat"), java.util.Map.entry("text", "Ingen skader.")));
        assertThat(written.status()).isEqualTo(302);
        assertThat(written.location()).contains("/provider/citizens/" + citizen + "/journal/page#note-");
        String page = provider.get("/provider/citizens/" + citizen + "/journal/page").body();
        assertThat(page).contains("<h1", "Faldet i nat", "Ret notatet (kun i dag)");
    }
}
