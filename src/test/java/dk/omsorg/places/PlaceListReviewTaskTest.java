package dk.omsorg.places;

import dk.omsorg.places.internal.ReviewTasks;
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

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.today;
import static dk.omsorg.places.PlaceListTestData.entry;
import static dk.omsorg.places.PlaceListTestData.granted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The review task of a waiting-list entry (places.yaml reviewDays; Esbjerg's temporary-stay list: 14 days): requested by
 * the morning job when the entry has not been reviewed for that long, closed by the review.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlaceListReviewTaskTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ReviewTasks reviewTasks;

    TaskEvents events;
    ApiClient caseworker;

    @BeforeEach
    void setUp() {
        events = TaskEvents.attach(context);
        caseworker = ApiClient.as(port, "visitator-esbjerg");
    }

    @AfterEach
    void detach() {
        events.close();
    }

    private long entryReviewedOn(String name, LocalDate reviewedOn) {
        PlaceListTestData.Granted g = granted(caseworker, name, "midlertidigt-ophold");
        ApiClient.Response put = caseworker.post("/api/v1/citizens/" + g.citizenId() + "/place-list-entries",
                entry("TEMPORARY_STAY", g.grantKey(), "priorityClass", "MEDIUM", "listedOn", today().minusDays(30).toString()));
        assertThat(put.status()).as(put.body()).isEqualTo(201);
        long id = put.json().get("id").asLong();
        jdbc.sql("update place_list_entry set reviewed_on = ? where id = ?").params(reviewedOn, id).update();
        return id;
    }

    private String taskStatus(String subjectKey) {
        return jdbc.sql("select status from task where kind = 'PLACE_LIST_REVIEW' and subject_key = ?").param(subjectKey)
                .query(String.class).optional().orElse(null);
    }

    @Test
    void anEntryNotReviewedForTheListsDaysGetsATaskThatTheReviewCloses() {
        LocalDate reviewed = today().minusDays(14);
        long due = entryReviewedOn("Gennemgang Gitte Ørsted", reviewed);
        long notYet = entryReviewedOn("Gennemgået Gert Ørsted", today().minusDays(13));
        String key = ReviewTasks.subjectKey(due, reviewed);

        reviewTasks.requestDue(today());
        List<TaskRequested> requested = events.requested(TaskKind.PLACE_LIST_REVIEW, key);
        assertThat(requested).hasSize(1);
        assertThat(requested.get(0).link()).isEqualTo("/places/entries/" + due);
        assertThat(requested.get(0).due()).isEqualTo(today());
        assertThat(requested.get(0).title()).isEqualTo("Gennemgå borgerens plads på ventelisten: Midlertidigt ophold");
        assertThat(events.requested(TaskKind.PLACE_LIST_REVIEW, ReviewTasks.subjectKey(notYet, today().minusDays(13)))).isEmpty();
        await().atMost(Duration.ofSeconds(20)).until(() -> "OPEN".equals(taskStatus(key)));

        ApiClient.Response review = caseworker.post("/api/v1/place-list-entries/" + due + "/review", json(map("version", 0)));
        assertThat(review.status()).as(review.body()).isEqualTo(200);
        assertThat(review.json().get("reviewedOn").asText()).isEqualTo(today().toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(taskStatus(key)));

        // reviewed today: no new round until the days have passed again
        reviewTasks.requestDue(today());
        assertThat(events.requested(TaskKind.PLACE_LIST_REVIEW, ReviewTasks.subjectKey(due, today()))).isEmpty();
        reviewTasks.requestDue(today().plusDays(14));
        assertThat(events.requested(TaskKind.PLACE_LIST_REVIEW, ReviewTasks.subjectKey(due, today()))).hasSize(1);
    }
}
