package dk.omsorg.vum;

import dk.omsorg.support.WebSession;
import dk.omsorg.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Revidér handleplan" in the browser (issue 16, serviceloven § 141): a revision is a new version with new goals,
 * review dates and the citizen's answer; the earlier version stays and is shown read-only. An outdated version answers
 * 409 in Danish with what was typed; a goal without a measure is refused by its field; nothing is stored either time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActionPlanRevisionWebTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    WebSession caseworker;
    long citizenId;
    long planId;

    @BeforeEach
    void setUp() {
        citizenId = VumTestData.citizen(jdbc, VumTestData.IKAST_BRANDE);
        caseworker = WebSession.logIn(port, "visitator-ikast");
        caseworker.get("/citizens/" + citizenId + "/action-plans/new");
        Page created = caseworker.post("/citizens/" + citizenId + "/action-plans", plan("0", "Handler selv ind en gang om ugen",
                "Antal ture i ugen", LocalDate.now().plusMonths(1)));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        planId = jdbc.sql("select id from action_plan where citizen_id = ?").param(citizenId).query(Long.class).single();
    }

    @Test
    void aRevisionIsANewVersionAndTheEarlierOneIsShownReadOnly() {
        assertThat(caseworker.htmx("/citizens/" + citizenId + "/vum").body())
                .contains("id=\"revise-plan-" + planId + "\"", "Revidér handleplan");
        Page form = caseworker.get("/action-plans/" + planId + "/revise");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Revidér handleplan", "value=\"Socialpædagogisk støtte\"",
                "value=\"Handler selv ind en gang om ugen\"", "name=\"version\" value=\"0\"", "Version 1");

        LocalDate review = LocalDate.now().plusMonths(2);
        Page saved = caseworker.post("/action-plans/" + planId + "/revisions",
                plan("0", "Handler selv ind to gange om ugen", "Antal ture i ugen", review));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(versions()).isEqualTo(2);

        Page after = caseworker.get("/action-plans/" + planId + "/revise");
        assertThat(after.body()).contains("name=\"version\" value=\"1\"", "Version 2", "Version 1",
                "Handler selv ind to gange om ugen", "Handler selv ind en gang om ugen",
                "%02d.%02d.%d".formatted(review.getDayOfMonth(), review.getMonthValue(), review.getYear()));
        assertThat(caseworker.htmx("/citizens/" + citizenId + "/vum").body()).contains("Handler selv ind to gange om ugen");
    }

    @Test
    void anOutdatedVersionIsRefusedWith409KeepingWhatWasTyped() {
        caseworker.get("/action-plans/" + planId + "/revise");
        assertThat(caseworker.post("/action-plans/" + planId + "/revisions",
                plan("0", "En kollegas mål", "Antal ture", LocalDate.now().plusMonths(1))).status()).isEqualTo(302);
        Page stale = caseworker.post("/action-plans/" + planId + "/revisions",
                plan("0", "Mit mål, som ikke må gå tabt", "Antal ture", LocalDate.now().plusMonths(1)));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Oplysningerne er opdateret af en anden", "value=\"Mit mål, som ikke må gå tabt\"");
        assertThat(versions()).isEqualTo(2);
    }

    @Test
    void aGoalWithoutAMeasureIsRefusedByItsFieldAndNothingIsStored() {
        caseworker.get("/action-plans/" + planId + "/revise");
        Page refused = caseworker.post("/action-plans/" + planId + "/revisions",
                plan("0", "Går selv til lægen", "", LocalDate.now().plusMonths(1)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Handleplanen er ikke gemt", "Skriv hvordan målet måles.",
                "value=\"Går selv til lægen\"");
        assertThat(versions()).isEqualTo(1);
    }

    private long versions() {
        return jdbc.sql("select count(*) from action_plan_version where action_plan_id = ?").param(planId)
                .query(Long.class).single();
    }

    private static List<Map.Entry<String, String>> plan(String version, String goal, String measure, LocalDate review) {
        List<Map.Entry<String, String>> f = new ArrayList<>(List.of(Map.entry("version", version),
                Map.entry("course", "Socialpædagogisk støtte"), Map.entry("goals[0].text", goal),
                Map.entry("goals[0].measure", measure),
                Map.entry("goals[0].expectedBy", LocalDate.now().plusMonths(3).toString()),
                Map.entry("reviewDates[0]", review.toString()), Map.entry("offeredOn", LocalDate.now().toString()),
                Map.entry("response", "ACCEPTED"), Map.entry("respondedOn", LocalDate.now().toString())));
        return f;
    }
}
