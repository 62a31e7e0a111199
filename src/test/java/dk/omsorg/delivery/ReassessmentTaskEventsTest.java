package dk.omsorg.delivery;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TaskEvents;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reassessment flag's task: requested by the (set-based) scan for each flag it raises, for the caseworker
 * responsible for the grant, once per flag; done when the caseworker resolves the flag.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReassessmentTaskEventsTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    TaskEvents events;

    @BeforeEach
    void attach() {
        events = TaskEvents.attach(context);
    }

    @AfterEach
    void detach() {
        events.close();
    }

    @Test
    void eachNewFlagIsATaskForTheResponsibleCaseworkerDoneWhenTheFlagIsHandled() {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        LocalDate today = DecisionTestData.today();
        Granted granted = ReassessmentApiTest.drifting(jdbc, caseworker, port, today);

        var scan = caseworker.post("/api/v1/reassessment/scans", "{}");
        assertThat(scan.status()).as(scan.body()).isEqualTo(201);
        JsonNode flag = caseworker.get("/api/v1/citizens/" + granted.citizenId() + "/reassessment-flags").json().get(0);
        long id = flag.get("id").asLong();
        String key = "reassessment-flag:" + id;
        int municipality = jdbc.sql("select municipality_id from reassessment_flag where id = ?").param(id)
                .query(Integer.class).single();

        assertThat(events.requested(TaskKind.REASSESSMENT_FLAG, key)).containsExactly(new TaskRequested(municipality,
                granted.citizenId(), TaskKind.REASSESSMENT_FLAG, key, "Revurdering: mere tid end bevilget",
                "/reassessment/" + id, "visitator", null, today));
        // every flag the scan raised got its task, and only those
        assertThat(events.requestedFor(TaskKind.REASSESSMENT_FLAG, granted.citizenId())).hasSize(1);
        var raised = jdbc.sql("select id from reassessment_flag where raised_by_scan_id = ?")
                .param(scan.json().get("scanId").asLong()).query(Long.class).list();
        assertThat(raised).hasSize(scan.json().get("flagsRaised").asInt())
                .allSatisfy(flagId -> assertThat(events.requested(TaskKind.REASSESSMENT_FLAG, "reassessment-flag:" + flagId))
                        .hasSize(1));

        // scanning again extends the flag: no second task
        caseworker.post("/api/v1/reassessment/scans", "{}");
        assertThat(events.requested(TaskKind.REASSESSMENT_FLAG, key)).hasSize(1);
        assertThat(events.done(TaskKind.REASSESSMENT_FLAG, key)).isEmpty();

        var kept = caseworker.post("/api/v1/reassessment/flags/" + id + "/keep",
                json(map("version", 0, "reason", "Forbigående efter fald")));
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(events.done(TaskKind.REASSESSMENT_FLAG, key)).singleElement()
                .satisfies(d -> assertThat(d.doneBy()).isEqualTo("visitator"));
    }
}
