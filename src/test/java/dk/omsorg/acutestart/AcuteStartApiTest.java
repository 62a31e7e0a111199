package dk.omsorg.acutestart;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acute start over real HTTP (seed 002 "Akut opstart af nødvendig indsats"): the provider starts help for a citizen it
 * serves or a new citizen a GP called about; the authority gets a task at the acute deadline and grants it with a
 * decision back-dated to the start, or refuses it; what the provider may not do is refused in Danish.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AcuteStartApiTest {

    static final String PROVIDER_API = "/api/v1/provider/acute-starts";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aProviderStartsHelpForItsCitizenAndTheCaseworkerGrantsItWithTheBackDatedDecision() {
        LocalDate today = DecisionTestData.today();
        ApiClient caseworker = ApiClient.as(port, "visitator");
        // the grant from leverandor-a starts 5 days ago: back-dated to the acute start
        var granted = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today, today.minusDays(5));
        ApiClient provider = ApiClient.as(port, "leverandor-a");
        var started = provider.post(PROVIDER_API, json(map("citizenId", granted.citizenId(), "startedOn", today.minusDays(5).toString(),
                "help", "Hjælp til bad og påklædning efter fald", "calledBy", "PROVIDER")));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        long id = started.json().get("id").asLong();
        assertThat(started.json().get("status").asText()).isEqualTo("OPEN");
        // Greve decides acute cases the same day (processing-deadlines.yaml acute.days: 0)
        assertThat(started.json().get("decideBy").asText()).isEqualTo(today.minusDays(5).toString());
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(jdbc.sql(
                        "select due_on from task where kind = 'ACUTE_START' and subject_key = ? and status = 'OPEN'")
                .param("acute-start:" + id).query(LocalDate.class).list()).containsExactly(today.minusDays(5)));

        // the same start again is refused, nothing doubled
        assertThat(provider.post(PROVIDER_API, json(map("citizenId", granted.citizenId(), "startedOn", today.minusDays(5).toString(),
                "help", "Igen", "calledBy", "PROVIDER"))).status()).isEqualTo(409);

        var grant = caseworker.post("/api/v1/acute-starts/" + id + "/grant", json(map("decisionId", granted.decisionId(), "version", 0)));
        assertThat(grant.status()).as(grant.body()).isEqualTo(200);
        assertThat(grant.json().get("status").asText()).isEqualTo("GRANTED");
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(jdbc.sql(
                        "select status from task where kind = 'ACUTE_START' and subject_key = ?")
                .param("acute-start:" + id).query(String.class).single()).isEqualTo("DONE"));
        // decided once: a second decision on it is refused
        assertThat(caseworker.post("/api/v1/acute-starts/" + id + "/refuse", json(map("reason", "x", "version", 1))).status())
                .isEqualTo(409);
        assertThat(provider.get(PROVIDER_API).body()).contains("\"status\":\"GRANTED\"");
    }

    @Test
    void aDecisionThatStartsAfterTheAcuteStartDoesNotGrantIt() {
        LocalDate today = DecisionTestData.today();
        ApiClient caseworker = ApiClient.as(port, "visitator");
        var granted = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today, today);
        var started = ApiClient.as(port, "leverandor-a").post(PROVIDER_API, json(map("citizenId", granted.citizenId(),
                "startedOn", today.minusDays(2).toString(), "help", "Tilsyn morgen og aften", "calledBy", "PROVIDER")));
        long id = started.json().get("id").asLong();
        var grant = caseworker.post("/api/v1/acute-starts/" + id + "/grant", json(map("decisionId", granted.decisionId(), "version", 0)));
        assertThat(grant.status()).isEqualTo(400);
        assertThat(grant.body()).contains("decisionId").contains("starte den dag, hjælpen blev sat i gang");
        assertThat(caseworker.get("/api/v1/acute-starts/" + id).json().get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void aNewCitizenAGpCalledAboutIsRegisteredAndARefusalEndsTheHelp() {
        LocalDate today = DecisionTestData.today();
        ApiClient provider = ApiClient.as(port, "leverandor-a");
        String cpr = TestCitizens.newCpr();
        // a new citizen on the provider's own initiative is refused: only a GP or hospital asks for a new citizen
        var own = provider.post(PROVIDER_API, json(map("cpr", cpr, "name", "Ny Akutsen", "startedOn", today.toString(),
                "help", "Hjælp til at komme i seng", "calledBy", "PROVIDER")));
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.body()).contains("calledBy");
        var gp = provider.post(PROVIDER_API, json(map("cpr", cpr, "name", "Ny Akutsen", "address", "Akutvej 1, 2670 Greve",
                "startedOn", today.toString(), "help", "Hjælp til at komme i seng", "calledBy", "GP", "caller", "Lægerne i Greve")));
        assertThat(gp.status()).as(gp.body()).isEqualTo(201);
        assertThat(gp.json().get("newCitizen").asBoolean()).isTrue();
        long id = gp.json().get("id").asLong();

        ApiClient caseworker = ApiClient.as(port, "visitator");
        assertThat(caseworker.post("/api/v1/acute-starts/" + id + "/refuse", json(map("reason", " ", "version", 0))).status())
                .isEqualTo(400);
        assertThat(caseworker.post("/api/v1/acute-starts/" + id + "/refuse", json(map("reason", "Nej", "version", 7))).status())
                .isEqualTo(409);
        var refused = caseworker.post("/api/v1/acute-starts/" + id + "/refuse",
                json(map("reason", "Borgerens datter flytter ind og hjælper", "version", 0)));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.json().get("endedOn").asText()).isEqualTo(today.toString());
        String page = WebSession.logIn(port, "leverandor-a").get("/provider/acute-starts").body();
        assertThat(page).contains("Ny Akutsen", "Afslået", "Borgerens datter flytter ind og hjælper").doesNotContain("REFUSED");
    }

    @Test
    void aProviderCannotStartHelpForACitizenItDoesNotServe() {
        LocalDate today = DecisionTestData.today();
        ApiClient caseworker = ApiClient.as(port, "visitator");
        var other = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today, today);
        String otherCpr = jdbc.sql("select cpr_number from citizen where id = ?").param(other.citizenId()).query(String.class).single();
        ApiClient providerB = ApiClient.as(port, "leverandor-b");
        var byId = providerB.post(PROVIDER_API, json(map("citizenId", other.citizenId(), "startedOn", today.toString(),
                "help", "Bad", "calledBy", "PROVIDER")));
        assertThat(byId.status()).isEqualTo(400);
        assertThat(byId.body()).contains("citizenId").contains("Kontakt visitationen");
        var byCpr = providerB.post(PROVIDER_API, json(map("cpr", otherCpr, "name", "X", "startedOn", today.toString(),
                "help", "Bad", "calledBy", "HOSPITAL", "caller", "Hvidovre Hospital")));
        assertThat(byCpr.status()).isEqualTo(400);
        assertThat(byCpr.body()).contains("kendt i kommunen");
        var future = providerB.post(PROVIDER_API, json(map("cpr", TestCitizens.newCpr(), "name", "X", "startedOn",
                today.plusDays(1).toString(), "help", " ", "calledBy", "HOSPITAL")));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("startedOn").contains("help").contains("caller");
        assertThat(jdbc.sql("select count(*) from acute_start where citizen_id = ?").param(other.citizenId()).query(Integer.class).single())
                .isZero();
        // staff may not register, providers may not decide
        assertThat(caseworker.post(PROVIDER_API, json(Map.of("help", "x"))).status()).isEqualTo(403);
        assertThat(providerB.get("/api/v1/acute-starts").status()).isEqualTo(403);
        assertThat(WebSession.logIn(port, "visitator").get("/acute-starts").status()).isEqualTo(200);
        assertThat(List.of(WebSession.logIn(port, "leverandor-b").get("/acute-starts").status())).containsExactly(403);
    }
}
