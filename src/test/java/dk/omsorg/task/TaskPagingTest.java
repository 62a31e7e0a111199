package dk.omsorg.task;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;

import static dk.omsorg.task.TaskTestData.GREVE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A queue is read a page of 50 at a time (issue 15's benchmark: a caseworker with 2,500 open tasks): the page and the
 * API give the next page on request, in the queue's order, and a page that cannot exist is a Danish error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskPagingTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aLongQueueIsReadPageByPage() {
        TaskTestData data = new TaskTestData(jdbc, events, transactions);
        long citizen = data.citizen(GREVE, TaskTestData.uniqueName("Side"));
        LocalDate far = TaskTestData.today().plusYears(5);
        // 51 tasks due after everything else the shared test database holds for this user, in order of due date
        jdbc.sql("""
                insert into task (municipality_id, citizen_id, kind, subject_key, title, link, owner_user, due_on,
                    created_at, modified_at, modified_by)
                select ?, ?, 'FOLLOW_UP', 'paging:' || ? || ':' || n, 'Side-opgave ' || n, '/citizens/' || ?, 'tilsyn',
                    ?::date + n, now(), now(), 'test'
                from generate_series(1, 51) n""").params(GREVE, citizen, citizen, citizen, far).update();

        JsonNode first = ApiClient.as(port, "tilsyn").get("/api/v1/tasks?citizenId=" + citizen).json();
        assertThat(first.get("tasks")).hasSize(50);
        assertThat(first.get("truncated").asBoolean()).isTrue();
        JsonNode second = ApiClient.as(port, "tilsyn").get("/api/v1/tasks?citizenId=" + citizen + "&page=2").json();
        assertThat(second.get("tasks")).hasSize(1);
        assertThat(second.get("tasks").get(0).get("title").asText()).isEqualTo("Side-opgave 51");
        assertThat(second.get("truncated").asBoolean()).isFalse();
        var bad = ApiClient.as(port, "tilsyn").get("/api/v1/tasks?page=0");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Siden findes ikke");

        WebSession supervisor = WebSession.logIn(port, "tilsyn");
        WebSession.Page page = supervisor.get("/tasks?citizen=" + citizen);
        assertThat(page.body()).contains("id=\"task-page-next\"", "Side 1").doesNotContain("Side-opgave 51<");
        WebSession.Page next = supervisor.get("/tasks?citizen=" + citizen + "&page=2");
        assertThat(next.body()).contains("Side-opgave 51", "id=\"task-page-previous\"").doesNotContain("id=\"task-page-next\"");
    }
}
