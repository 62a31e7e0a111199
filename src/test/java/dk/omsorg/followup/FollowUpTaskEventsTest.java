package dk.omsorg.followup;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.decision.DecisionTestData.Applicant;
import dk.omsorg.followup.FollowUpTestData.Decided;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
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
import java.util.List;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.with;
import static dk.omsorg.followup.FollowUpTestData.awaitOpen;
import static dk.omsorg.followup.FollowUpTestData.decide;
import static dk.omsorg.followup.FollowUpTestData.hygiene;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A follow-up's task in the work queue, as the follow-up module asks for it: scheduled by a decision, moved by a
 * new interval or caseworker, done when completed (the next one a task of its own); the reminder before a temporary
 * grant ends is a task of its own kind, cancelled when the end moves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FollowUpTaskEventsTest {

    private static final String NO_POTENTIAL = "Borgeren vurderes ikke at have potentiale for rehabilitering.";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    TaskEvents events;
    ApiClient caseworker;
    LocalDate today;

    @BeforeEach
    void setUp() {
        events = TaskEvents.attach(context);
        caseworker = ApiClient.as(port, "visitator");
        today = DecisionTestData.today();
    }

    @AfterEach
    void detach() {
        events.close();
    }

    @Test
    void aFollowUpIsATaskForItsCaseworkerMovedByIntervalAndReassignmentAndDoneWhenCompleted() {
        Applicant applicant = FollowUpTestData.applicant(caseworker);
        Decided help = decide(caseworker, applicant.citizenId(), NO_POTENTIAL, hygiene(today, null));
        JsonNode followUp = awaitOpen(caseworker, jdbc, help.grantKey(), "CASEWORKER_INTERVAL");
        long id = followUp.get("id").asLong();
        String key = "follow-up:" + id;

        TaskRequested opened = events.awaitRequested(TaskKind.FOLLOW_UP, key);
        assertThat(opened.citizenId()).isEqualTo(applicant.citizenId());
        assertThat(opened.title()).isEqualTo("Opfølgning: " + followUp.get("interventionName").asText())
                .doesNotContain("CASEWORKER_INTERVAL");
        assertThat(opened.link()).isEqualTo("/follow-ups/" + id);
        assertThat(opened.ownerUser()).isEqualTo("visitator");
        assertThat(opened.ownerRole()).isNull();
        assertThat(opened.due()).isEqualTo(today.plusMonths(12));

        Response six = caseworker.put("/api/v1/follow-ups/" + id + "/interval",
                json(map("months", 6, "version", followUp.get("version").asInt())));
        assertThat(six.status()).as(six.body()).isEqualTo(200);
        assertThat(last(events.requested(TaskKind.FOLLOW_UP, key)).due()).isEqualTo(today.plusMonths(6));

        Response moved = ApiClient.as(port, "leder").put("/api/v1/follow-ups/" + id + "/caseworker",
                json(map("caseworker", "visitator2", "version", six.json().get("version").asInt())));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        TaskRequested reassigned = last(events.requested(TaskKind.FOLLOW_UP, key));
        assertThat(reassigned.ownerUser()).isEqualTo("visitator2");
        assertThat(reassigned.due()).isEqualTo(today.plusMonths(6));
        assertThat(events.done(TaskKind.FOLLOW_UP, key)).isEmpty();

        Response done = caseworker.post("/api/v1/follow-ups/" + id + "/completion",
                json(map("result", "E1", "version", moved.json().get("version").asInt())));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(events.done(TaskKind.FOLLOW_UP, key)).singleElement()
                .satisfies(d -> assertThat(d.doneBy()).isEqualTo("visitator"));
        long next = done.json().get("next").get("id").asLong();
        TaskRequested nextTask = events.awaitRequested(TaskKind.FOLLOW_UP, "follow-up:" + next);
        assertThat(nextTask.due()).isEqualTo(LocalDate.parse(done.json().get("next").get("dueOn").asText()));
    }

    @Test
    void theReminderBeforeATemporaryGrantEndsIsATaskOfItsOwnKindCancelledWhenTheEndMoves() {
        Applicant applicant = FollowUpTestData.applicant(caseworker);
        LocalDate end = today.plusDays(40);
        Decided help = decide(caseworker, applicant.citizenId(), null, hygiene(today, end));
        JsonNode reminder = awaitOpen(caseworker, jdbc, help.grantKey(), "TEMPORARY_END");
        String key = "follow-up:" + reminder.get("id").asLong();

        TaskRequested opened = events.awaitRequested(TaskKind.TEMPORARY_GRANT_ENDING, key);
        assertThat(opened.title()).isEqualTo("Midlertidig bevilling udløber: " + reminder.get("interventionName").asText());
        assertThat(opened.due()).isEqualTo(end.minusDays(14));
        assertThat(opened.ownerUser()).isEqualTo("visitator");
        assertThat(events.requested(TaskKind.FOLLOW_UP, key)).isEmpty();

        LocalDate later = today.plusDays(60);
        Response changed = caseworker.post("/api/v1/decisions/" + help.decisionId() + "/changes", json(map(
                "version", help.decision().get("version").asInt(), "reasoning", "Forlænget",
                "grants", List.of(with(hygiene(today, later), "grantKey", help.grantKey().toString())))));
        assertThat(changed.status()).as(changed.body()).isEqualTo(201);
        assertThat(events.awaitCancelled(TaskKind.TEMPORARY_GRANT_ENDING, key).cancelledBy()).isEqualTo("system");
        JsonNode moved = awaitOpen(caseworker, jdbc, help.grantKey(), "TEMPORARY_END");
        TaskRequested again = events.awaitRequested(TaskKind.TEMPORARY_GRANT_ENDING, "follow-up:" + moved.get("id").asLong());
        assertThat(again.due()).isEqualTo(later.minusDays(14));
    }

    private static TaskRequested last(List<TaskRequested> all) {
        assertThat(all).isNotEmpty();
        return all.get(all.size() - 1);
    }
}
