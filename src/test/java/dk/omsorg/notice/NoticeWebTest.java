package dk.omsorg.notice;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import dk.omsorg.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The notice screens over real HTTP: the provider's inbox, notice, citizens, citizen, starts; the caseworker's lists. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoticeWebTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    Granted granted;
    long noticeId;
    LocalDate today;

    @BeforeEach
    void setUp() {
        today = DecisionTestData.today();
        granted = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", today);
        noticeId = NoticeTestData.awaitNotice(jdbc, granted.decisionId(), granted.providerId());
    }

    @Test
    void theProviderReadsTheInboxAndTheNoticeAndAcknowledgesIt() {
        WebSession provider = WebSession.logIn(port, "leverandor-a");

        Page inbox = provider.get("/provider/inbox?status=UNREAD");
        assertThat(inbox.status()).isEqualTo(200);
        // a grant starting today sent after 14.30 is urgent (seed 002) and marked so instead: the test runs at any hour
        boolean urgent = jdbc.sql("select urgent from notice where id = ?").param(noticeId).query(Boolean.class).single();
        assertThat(inbox.tag("notice-" + noticeId)).contains(urgent ? "overdue" : "unread");
        assertThat(inbox.body()).contains("Solsikken Hjemmepleje ApS").contains("Advis Åse Ørum").contains("RH Bad");

        Page notice = provider.get("/provider/notices/" + noticeId);
        assertThat(notice.status()).isEqualTo(200);
        assertThat(notice.body()).contains("Ny bevilling").contains("Advisvej 7, 2670 Greve").contains("+45 12 34 56 78")
                .contains("Kan selv vaske overkrop efter 6 uger").contains("Skal være startet senest")
                .contains("3 hverdage").contains("id=\"acknowledge\"");

        Page acknowledged = provider.post("/provider/notices/" + noticeId + "/acknowledge", List.of());
        assertThat(acknowledged.status()).isEqualTo(302);
        Page after = provider.get(acknowledged.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(after.body()).contains("Advisen er kvitteret.").doesNotContain("id=\"acknowledge\"");
        assertThat(provider.get("/provider/inbox?status=UNREAD").body()).doesNotContain("notice-" + noticeId + "\"");
    }

    @Test
    void theProviderSeesItsCitizenConfirmsTheStartAndNotifiesTheAuthority() {
        WebSession provider = WebSession.logIn(port, "leverandor-a");

        Page citizens = provider.get("/provider/citizens");
        assertThat(citizens.status()).isEqualTo(200);
        assertThat(citizens.tag("citizen-" + granted.citizenId())).isNotEmpty();
        Page citizen = provider.get("/provider/citizens/" + granted.citizenId());
        assertThat(citizen.status()).isEqualTo(200);
        assertThat(citizen.body()).contains("Advis Åse Ørum").contains("RH Bad").contains("Aktiv")
                .contains("Kan selv vaske overkrop efter 6 uger").contains("Send advis til visitationen")
                .doesNotContain("CPR");

        // a notice without text is refused in Danish, and nothing is sent
        Page blank = provider.post("/provider/citizens/" + granted.citizenId() + "/notices",
                List.of(Map.entry("kind", "CONDITION_CHANGED"), Map.entry("grantKey", ""), Map.entry("text", " ")));
        assertThat(blank.status()).isEqualTo(302);
        Page withError = provider.get("/provider/citizens/" + granted.citizenId());
        assertThat(withError.body()).contains("Skriv hvad advisen drejer sig om – teksten må ikke være tom.");
        assertThat(jdbc.sql("select count(*) from notice where citizen_id = ? and direction = 'FROM_PROVIDER'")
                .param(granted.citizenId()).query(Long.class).single()).isZero();

        Page sent = provider.post("/provider/citizens/" + granted.citizenId() + "/notices",
                List.of(Map.entry("kind", "CONDITION_CHANGED"), Map.entry("grantKey", granted.grantKey().toString()),
                        Map.entry("text", "Borgeren er faldet og har brug for mere hjælp.")));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(provider.get("/provider/citizens/" + granted.citizenId()).body())
                .contains("Advisen (Væsentlig ændring i borgerens tilstand) er sendt til visitationen.")
                .contains("Borgeren er faldet og har brug for mere hjælp.");

        Page started = provider.post("/provider/grants/" + granted.grantKey() + "/start",
                List.of(Map.entry("startedOn", today.toString()), Map.entry("citizenId", String.valueOf(granted.citizenId()))));
        assertThat(started.status()).isEqualTo(302);
        assertThat(provider.get("/provider/citizens/" + granted.citizenId()).body()).contains("er registreret")
                .contains("Startet den");
        Page again = provider.post("/provider/grants/" + granted.grantKey() + "/start",
                List.of(Map.entry("startedOn", today.toString())));
        assertThat(again.location()).endsWith("/provider/starts");
        Page starts = provider.get("/provider/starts");
        assertThat(starts.status()).isEqualTo(200);
        assertThat(starts.body()).contains("Opstarten er allerede bekræftet").contains("Startet");
    }

    @Test
    void theCaseworkerSeesTheListsAndTheCitizenSectionAndAcknowledgesTheProvidersNotice() {
        ApiClient.as(port, "leverandor-a").post("/api/v1/provider/citizens/" + granted.citizenId() + "/notices",
                DecisionTestData.json(DecisionTestData.map("kind", "DEATH", "text", "Borgeren døde i nat.")));
        WebSession caseworker = WebSession.logIn(port, "visitator");

        Page unacknowledged = caseworker.get("/notices/unacknowledged");
        assertThat(unacknowledged.status()).isEqualTo(200);
        assertThat(unacknowledged.body()).contains("notice-" + noticeId).contains("Solsikken Hjemmepleje ApS")
                .contains("+45 70 20 30 40");
        Page starts = caseworker.get("/notices/start-deadlines");
        assertThat(starts.status()).isEqualTo(200);
        assertThat(starts.body()).contains("Afventer opstart");
        Page fromProviders = caseworker.get("/notices/from-providers");
        assertThat(fromProviders.status()).isEqualTo(200);
        assertThat(fromProviders.body()).contains("Borgeren er død").contains("Borgeren døde i nat.")
                .contains("afslut bevillingerne").contains("href=\"/citizens/" + granted.citizenId() + "/decisions\"");

        Page section = caseworker.htmx("/citizens/" + granted.citizenId() + "/notices");
        assertThat(section.status()).isEqualTo(200);
        assertThat(section.body()).contains("<section id=\"notices\"").contains("notices-to-providers")
                .contains("Ikke kvitteret").contains("Venter").contains("notices-from-providers").contains("Kvittér");
        assertThat(caseworker.get("/citizens/" + granted.citizenId()).body())
                .contains("hx-get=\"/citizens/" + granted.citizenId() + "/notices\"");
        assertThat(caseworker.get("/decisions/" + granted.decisionId()).body())
                .contains("hx-get=\"/decisions/" + granted.decisionId() + "/notices\"");

        long deathId = jdbc.sql("select id from notice where citizen_id = ? and kind = 'DEATH'").param(granted.citizenId())
                .query(Long.class).single();
        Page acknowledged = caseworker.post("/notices/" + deathId + "/acknowledge", List.of(Map.entry("back", "citizen")));
        assertThat(acknowledged.status()).isEqualTo(302);
        assertThat(acknowledged.location()).endsWith("/citizens/" + granted.citizenId());
        assertThat(jdbc.sql("select acknowledged_by from notice where id = ?").param(deathId).query(String.class).single())
                .isEqualTo("visitator");
    }
}
