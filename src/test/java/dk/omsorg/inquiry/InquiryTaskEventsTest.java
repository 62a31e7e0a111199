package dk.omsorg.inquiry;

import dk.omsorg.decision.DecisionTestData;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An inquiry's task in the work queue, as the inquiry module asks for it over real HTTP: the coordinators' while
 * unassigned, the caseworker's once assigned, due at the processing deadline or the later date the citizen was told,
 * done when the decision is made on it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InquiryTaskEventsTest {

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
    void anInquiryIsTheCoordinatorsTaskUntilAssignedFollowsItsDeadlineAndIsDoneWhenDecided() {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        ApiClient coordinator = ApiClient.as(port, "koordinator");
        // § 83, received 6 January 2025: 8 weeks
        var applicant = DecisionTestData.applicant(caseworker, "SEL § 83", Map.of(DecisionTestData.PERSONLIG_PLEJE, 3));
        long id = applicant.inquiryId();
        String key = "inquiry:" + id;
        int greve = jdbc.sql("select municipality_id from inquiry where id = ?").param(id).query(Integer.class).single();

        TaskRequested opened = events.awaitRequested(TaskKind.INQUIRY, key);
        assertThat(opened).isEqualTo(new TaskRequested(greve, applicant.citizenId(), TaskKind.INQUIRY, key,
                "Vurder og afgør henvendelsen", "/inquiries/" + id, null, "COORDINATOR", LocalDate.of(2025, 3, 3)));

        var assigned = coordinator.post("/api/v1/inquiries/" + id + "/assignment", json(map("caseworker", "visitator")));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        TaskRequested mine = last(events.requested(TaskKind.INQUIRY, key));
        assertThat(mine.ownerUser()).isEqualTo("visitator");
        assertThat(mine.ownerRole()).isNull();
        assertThat(mine.due()).isEqualTo(LocalDate.of(2025, 3, 3));

        var postponed = caseworker.post("/api/v1/inquiries/" + id + "/postponements",
                json(map("expectedDecisionOn", "2025-03-17", "reason", "Afventer oplysninger fra egen læge")));
        assertThat(postponed.status()).as(postponed.body()).isEqualTo(200);
        TaskRequested later = last(events.requested(TaskKind.INQUIRY, key));
        assertThat(later.due()).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(later.ownerUser()).isEqualTo("visitator");
        assertThat(events.done(TaskKind.INQUIRY, key)).isEmpty();

        var decided = caseworker.post("/api/v1/decisions", DecisionTestData.decision(applicant.citizenId(), id,
                DecisionTestData.with(DecisionTestData.grant("rh-bad", 1, "WEEK", "DAY", 30, DecisionTestData.today(), null),
                        "goals", "Kan selv vaske overkrop")));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        assertThat(events.done(TaskKind.INQUIRY, key)).singleElement()
                .satisfies(done -> {
                    assertThat(done.municipalityId()).isEqualTo(greve);
                    assertThat(done.doneBy()).isEqualTo("visitator");
                });
    }

    private static TaskRequested last(List<TaskRequested> all) {
        assertThat(all).isNotEmpty();
        return all.get(all.size() - 1);
    }
}
