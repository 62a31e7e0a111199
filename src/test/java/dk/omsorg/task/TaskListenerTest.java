package dk.omsorg.task;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.Map;

import static dk.omsorg.task.TaskTestData.GREVE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task listener against the real database: modules' events open, update and close tasks, and an event handled
 * twice (a redelivery) or a request for work already closed changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskListenerTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    TaskTestData data;
    LocalDate today;
    long citizen;

    @BeforeEach
    void setUp() {
        data = new TaskTestData(jdbc, events, transactions);
        today = TaskTestData.today();
        citizen = data.citizen(GREVE, TaskTestData.uniqueName("Lise"));
    }

    @Test
    void aRequestOpensATaskARepeatedRequestUpdatesTheOpenTaskAndARedeliveryChangesNothing() {
        String key = TaskTestData.key("inquiry");
        TaskRequested request = new TaskRequested(GREVE, citizen, TaskKind.INQUIRY, key, "Vurdér og afgør henvendelsen",
                "/inquiries/1", null, "COORDINATOR", today.plusDays(10));
        data.publish(request, key);
        Map<String, Object> opened = data.row(GREVE, TaskKind.INQUIRY, key);
        assertThat(opened).containsEntry("status", "OPEN").containsEntry("owner_role", "COORDINATOR")
                .containsEntry("citizen_id", citizen).containsEntry("version", 0).containsEntry("modified_by", "system");
        assertThat(opened.get("owner_user")).isNull();

        // the same event again (a redelivery): one task, not even the version moves
        data.publish(request, key);
        assertThat(count(key)).isEqualTo(1);
        assertThat(data.row(GREVE, TaskKind.INQUIRY, key)).containsEntry("version", 0);

        // assigned to a caseworker, the deadline moved: the open task follows
        data.publish(new TaskRequested(GREVE, citizen, TaskKind.INQUIRY, key, "Vurdér og afgør henvendelsen (tildelt)",
                "/inquiries/1", "visitator", null, today.plusDays(20)), key);
        Map<String, Object> updated = data.row(GREVE, TaskKind.INQUIRY, key);
        assertThat(count(key)).isEqualTo(1);
        assertThat(updated).containsEntry("owner_user", "visitator").containsEntry("version", 1)
                .containsEntry("title", "Vurdér og afgør henvendelsen (tildelt)")
                .containsEntry("due_on", java.sql.Date.valueOf(today.plusDays(20)));
        assertThat(updated.get("owner_role")).isNull();
        assertThat(updated.get("id")).isEqualTo(opened.get("id"));
    }

    /** The listeners run on several threads: the work can be done before the task was written. It must not stay open. */
    @Test
    void manyRequestsInOneEventOpenATaskEachAcrossTransactionsAndARedeliveryChangesNothing() {
        String first = TaskTestData.key("reassessment-flag");
        String last = TaskTestData.key("reassessment-flag");
        java.util.List<TaskRequested> requests = new java.util.ArrayList<>();
        requests.add(new TaskRequested(GREVE, citizen, TaskKind.REASSESSMENT_FLAG, first, "Revurdering: mere tid end bevilget",
                "/reassessment/1", "visitator", null, today));
        for (int i = 0; i < 600; i++) {   // more than one transaction's share (RecordingTasks.CHUNK, 500)
            requests.add(new TaskRequested(GREVE, citizen, TaskKind.REASSESSMENT_FLAG, first + "-" + i,
                    "Revurdering: mere tid end bevilget", "/reassessment/1", "visitator", null, today));
        }
        requests.add(new TaskRequested(GREVE, citizen, TaskKind.REASSESSMENT_FLAG, last, "Revurdering: mindre tid end bevilget",
                "/reassessment/2", null, "CASEWORKER", today));
        dk.omsorg.task.TasksRequested many = new dk.omsorg.task.TasksRequested(requests);
        data.publish(many, last);
        assertThat(data.row(GREVE, TaskKind.REASSESSMENT_FLAG, first)).containsEntry("status", "OPEN")
                .containsEntry("owner_user", "visitator").containsEntry("version", 0);
        assertThat(data.row(GREVE, TaskKind.REASSESSMENT_FLAG, last)).containsEntry("status", "OPEN")
                .containsEntry("owner_role", "CASEWORKER").containsEntry("title", "Revurdering: mindre tid end bevilget");
        assertThat(jdbc.sql("select count(*) from task where subject_key like ?").param(first + "%").query(Long.class).single())
                .isEqualTo(requests.size() - 1);

        data.publish(many, last);
        assertThat(count(first)).isEqualTo(1);
        assertThat(count(last)).isEqualTo(1);
        assertThat(data.row(GREVE, TaskKind.REASSESSMENT_FLAG, first)).containsEntry("version", 0);
    }

    @Test
    void aCloseHandledBeforeItsRequestLeavesTheTaskClosedWhenTheRequestComes() {
        String key = TaskTestData.key("inquiry");
        data.publish(new TaskWorkDone(GREVE, TaskKind.INQUIRY, key, "visitator"), key);
        assertThat(count(key)).isZero();

        data.publish(new TaskRequested(GREVE, citizen, TaskKind.INQUIRY, key, "Vurdér og afgør henvendelsen",
                "/inquiries/1", null, "COORDINATOR", today.plusDays(10)), key);

        assertThat(data.row(GREVE, TaskKind.INQUIRY, key)).containsEntry("status", "DONE").containsEntry("closed_by", "visitator");
    }

    @Test
    void doneClosesTheTaskWithWhoAndWhenAndNeitherARedeliveryNorALateRequestReopensIt() {
        String key = TaskTestData.key("follow-up");
        long id = data.request(GREVE, citizen, TaskKind.FOLLOW_UP, key, "Følg op på bevillingen", "visitator", null, today);

        data.publish(new TaskWorkDone(GREVE, TaskKind.FOLLOW_UP, key, "visitator2"), key);
        Map<String, Object> done = data.row(id);
        assertThat(done).containsEntry("status", "DONE").containsEntry("closed_by", "visitator2").containsEntry("version", 1);
        assertThat(done.get("closed_at")).isNotNull();

        data.publish(new TaskWorkDone(GREVE, TaskKind.FOLLOW_UP, key, "visitator"), key);
        data.publish(new TaskWorkCancelled(GREVE, TaskKind.FOLLOW_UP, key, "visitator"), key);
        data.publish(new TaskRequested(GREVE, citizen, TaskKind.FOLLOW_UP, key, "Følg op igen", "/x", "visitator", null,
                today.plusDays(1)), key);
        Map<String, Object> after = data.row(id);
        assertThat(after).containsEntry("status", "DONE").containsEntry("closed_by", "visitator2")
                .containsEntry("title", "Følg op på bevillingen").containsEntry("version", 1)
                .containsEntry("closed_at", done.get("closed_at"));
        assertThat(count(key)).isEqualTo(1);
    }

    @Test
    void cancelledWorkClosesTheTaskAsCancelledAndAnUnnamedCloserIsTheSystem() {
        String key = TaskTestData.key("notice");
        long id = data.request(GREVE, citizen, TaskKind.PROVIDER_NOTICE, key, "Læs advis", "visitator", null, today);
        data.publish(new TaskWorkCancelled(GREVE, TaskKind.PROVIDER_NOTICE, key, null), key);
        assertThat(data.row(id)).containsEntry("status", "CANCELLED").containsEntry("closed_by", "system");
    }

    @Test
    void theSameKeyOfAnotherKindOrMunicipalityIsAnotherTask() {
        String key = TaskTestData.key("grant");
        long esbjergCitizen = data.citizen(TaskTestData.ESBJERG, TaskTestData.uniqueName("Erna"));
        long first = data.request(GREVE, citizen, TaskKind.START_DEADLINE, key, "Opstart", "visitator", null, today);
        long second = data.request(GREVE, citizen, TaskKind.TEMPORARY_GRANT_ENDING, key, "Udløber", "visitator", null, today);
        long third = data.request(TaskTestData.ESBJERG, esbjergCitizen, TaskKind.START_DEADLINE, key, "Opstart",
                "visitator-esbjerg", null, today);
        assertThat(java.util.Set.of(first, second, third)).hasSize(3);
        // closing one closes only that one
        data.publish(new TaskWorkDone(GREVE, TaskKind.START_DEADLINE, key, "visitator"), key);
        assertThat(data.row(first)).containsEntry("status", "DONE");
        assertThat(data.row(second)).containsEntry("status", "OPEN");
        assertThat(data.row(third)).containsEntry("status", "OPEN");
    }

    private long count(String key) {
        return jdbc.sql("select count(*) from task where subject_key = ?").param(key).query(Long.class).single();
    }
}
