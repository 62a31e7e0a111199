package dk.omsorg.places;

import dk.omsorg.places.internal.GuaranteeTasks;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.support.TaskEvents;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The leaders' task before the plejeboliggaranti's offer-by date: asked for warnDays (14 in Greve's places.yaml)
 * before it, once; done when an offer is made; a decline restarts the guarantee with a task of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GuaranteeTasksTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    GuaranteeTasks tasks;
    @Autowired
    ApplicationContext context;

    @Test
    void aTaskComesBeforeTheOfferByDateOnceAndClosesWhenAnOfferIsMade() {
        PlaceFixture fixture = new PlaceFixture(jdbc, port);
        LocalDate today = LocalDate.now(DanishTime.ZONE);
        LocalDate listed = today.minusMonths(2).plusDays(10);       // offer-by in 10 days: within the 14 days' warning
        PlaceFixture.Listed soon = fixture.general("Plejebolig Tage Tang", listed, listed);
        PlaceFixture.Listed later = fixture.general("Plejebolig Lone Lund", today.minusMonths(1), today.minusMonths(1));
        String key = "place-guarantee:" + soon.entryId() + ":" + listed;
        try (TaskEvents events = TaskEvents.attach(context)) {
            tasks.run(today);
            TaskRequested requested = events.awaitRequested(TaskKind.PLACE_GUARANTEE_DUE, key);
            assertThat(requested.due()).isEqualTo(listed.plusMonths(2));
            assertThat(requested.ownerRole()).isEqualTo("LEADER");
            assertThat(requested.title()).contains("Plejeboliggaranti").contains(listed.plusMonths(2)
                    .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
            assertThat(events.requestedFor(TaskKind.PLACE_GUARANTEE_DUE, later.citizenId())).isEmpty();
            await().atMost(Duration.ofSeconds(20)).until(() -> taskStatus(key) != null);
            assertThat(taskStatus(key)).isEqualTo("OPEN");

            tasks.run(today);
            assertThat(events.requested(TaskKind.PLACE_GUARANTEE_DUE, key)).hasSize(1);

            fixture.offer(soon.entryId(), today, today.plusWeeks(1), 9);
            tasks.run(today);
            await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(taskStatus(key)));
            assertThat(events.done(TaskKind.PLACE_GUARANTEE_DUE, key)).hasSize(1);
        }
    }

    @Test
    void aDeclineClosesTheTaskAndTheRestartedGuaranteeGetsATaskOfItsOwn() {
        PlaceFixture fixture = new PlaceFixture(jdbc, port);
        LocalDate today = LocalDate.now(DanishTime.ZONE);
        LocalDate listed = today.minusMonths(2).plusDays(10);
        PlaceFixture.Listed rita = fixture.general("Plejebolig Rita Rask", listed, listed);
        String first = "place-guarantee:" + rita.entryId() + ":" + listed;
        try (TaskEvents events = TaskEvents.attach(context)) {
            tasks.run(today);
            events.awaitRequested(TaskKind.PLACE_GUARANTEE_DUE, first);
            long offer = fixture.offer(rita.entryId(), listed.plusDays(1), listed.plusDays(8), 10);
            LocalDate refusal = listed.plusDays(2);
            fixture.decline(rita.entryId(), offer, refusal);
            tasks.run(today);
            String second = "place-guarantee:" + rita.entryId() + ":" + refusal;
            TaskRequested restarted = events.awaitRequested(TaskKind.PLACE_GUARANTEE_DUE, second);
            assertThat(restarted.due()).isEqualTo(refusal.plusMonths(2));
            assertThat(events.done(TaskKind.PLACE_GUARANTEE_DUE, first)).hasSize(1);
            await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(taskStatus(first)) && "OPEN".equals(taskStatus(second)));
        }
    }

    private String taskStatus(String key) {
        return jdbc.sql("select status from task where municipality_id = 253 and kind = 'PLACE_GUARANTEE_DUE' and subject_key = ?")
                .param(key).query(String.class).optional().orElse(null);
    }
}
