package dk.omsorg.task;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.Map;

import static dk.omsorg.task.TaskApiTest.ok;
import static dk.omsorg.task.TaskApiTest.problem;
import static dk.omsorg.task.TaskTestData.GREVE;
import static org.assertj.core.api.Assertions.assertThat;

/** Reassigning and closing tasks over real HTTP: the rules, stale versions, another municipality's task. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskChangesApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    TaskTestData data;
    LocalDate today;
    ApiClient coordinator;
    long citizen;

    @BeforeEach
    void setUp() {
        data = new TaskTestData(jdbc, events, transactions);
        today = TaskTestData.today();
        coordinator = ApiClient.as(port, "koordinator");
        citizen = data.citizen(GREVE, TaskTestData.uniqueName("Rita"));
    }

    @Test
    void aCoordinatorReassignsToAUserOfTheMunicipalityOrATeamAndNothingElse() {
        long id = data.forUser(citizen, TaskKind.INQUIRY, "visitator", today);

        JsonNode moved = ok(reassign(coordinator, id, "{\"ownerUser\":\"visitator2\",\"version\":0}"));
        assertThat(moved.get("ownerUser").asText()).isEqualTo("visitator2");
        assertThat(moved.get("version").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where citizen_id = ? and resource = 'task' and action = 'UPDATE'")
                .param(citizen).query(Long.class).single()).isEqualTo(1);

        // stale: built on the version before the move
        problem(reassign(coordinator, id, "{\"ownerUser\":\"visitator\",\"version\":0}"), 409, null,
                "Oplysningerne er opdateret af en anden, siden du hentede dem. Hent siden igen, og gentag din ændring.");
        problem(reassign(coordinator, id, "{\"ownerUser\":\"visitator-esbjerg\",\"version\":1}"), 400, "ownerUser",
                "Medarbejderen „visitator-esbjerg“ findes ikke i kommunen. Opgaven kan kun gives til en medarbejder i din egen kommune.");
        problem(reassign(coordinator, id, "{\"ownerUser\":\"ingen-saadan\",\"version\":1}"), 400, "ownerUser",
                "Medarbejderen „ingen-saadan“ findes ikke i kommunen. Opgaven kan kun gives til en medarbejder i din egen kommune.");
        problem(reassign(coordinator, id, "{\"ownerUser\":\"leverandor-a\",\"version\":1}"), 400, "ownerUser",
                "Medarbejderen „leverandor-a“ findes ikke i kommunen. Opgaven kan kun gives til en medarbejder i din egen kommune.");
        problem(reassign(coordinator, id, "{\"ownerUser\":\"visitator\",\"ownerRole\":\"CASEWORKER\",\"version\":1}"), 400,
                "ownerUser", "Vælg enten en medarbejder eller et team – ikke begge.");
        problem(reassign(coordinator, id, "{\"ownerRole\":\"PROVIDER\",\"version\":1}"), 400, "ownerRole",
                "Teamet „PROVIDER“ findes ikke.");
        problem(reassign(coordinator, id, "{\"ownerUser\":\"visitator\"}"), 400, "version",
                "Angiv, hvilken udgave af opgaven ændringen bygger på (version). Hent siden igen, og prøv igen.");
        assertThat(data.row(id)).containsEntry("owner_user", "visitator2").containsEntry("version", 1);

        JsonNode team = ok(reassign(coordinator, id, "{\"ownerRole\":\"CASEWORKER\",\"version\":1}"));
        assertThat(team.get("ownerRole").asText()).isEqualTo("CASEWORKER");
        assertThat(team.get("ownerUser").isNull()).isTrue();

        // a caseworker does not reassign
        assertThat(reassign(ApiClient.as(port, "visitator"), id, "{\"ownerUser\":\"visitator\",\"version\":2}").status())
                .isEqualTo(403);
        assertThat(data.row(id)).containsEntry("owner_role", "CASEWORKER").containsEntry("version", 2);
    }

    @Test
    void aTaskClosedByHandCannotBeClosedAgain() {
        long id = data.forUser(citizen, TaskKind.FOLLOW_UP, "visitator", today);
        ApiClient caseworker = ApiClient.as(port, "visitator");

        JsonNode closed = ok(caseworker.post("/api/v1/tasks/" + id + "/close", "{\"version\":0}"));
        assertThat(closed.get("status").asText()).isEqualTo("DONE");
        assertThat(closed.get("closedBy").asText()).isEqualTo("visitator");
        Map<String, Object> row = data.row(id);

        problem(caseworker.post("/api/v1/tasks/" + id + "/close", "{\"version\":1}"), 409, null, "Opgaven er allerede afsluttet.");
        problem(caseworker.post("/api/v1/tasks/" + id + "/close", "{\"version\":0}"), 409, null, "Opgaven er allerede afsluttet.");
        problem(coordinator.post("/api/v1/tasks/" + id + "/reassign", "{\"ownerUser\":\"visitator2\",\"version\":1}"), 409,
                null, "Opgaven er allerede afsluttet.");
        assertThat(data.row(id)).isEqualTo(row);
        // closed work leaves the queue
        assertThat(TaskApiTest.ids(ok(caseworker.get("/api/v1/tasks?citizenId=" + citizen)))).doesNotContain(id);
    }

    @Test
    void anotherMunicipalitysTaskIsAsOneThatDoesNotExist() {
        long id = data.forUser(citizen, TaskKind.INQUIRY, "visitator", today);
        assertThat(ok(ApiClient.as(port, "visitator").get("/api/v1/tasks/" + id)).get("title").asText())
                .isEqualTo("Gør noget ved sagen");

        ApiClient esbjerg = ApiClient.as(port, "koordinator-esbjerg");
        problem(esbjerg.get("/api/v1/tasks/" + id), 404, null, "Opgaven findes ikke.");
        problem(esbjerg.post("/api/v1/tasks/" + id + "/close", "{\"version\":0}"), 404, null, "Opgaven findes ikke.");
        problem(esbjerg.post("/api/v1/tasks/" + id + "/reassign", "{\"ownerUser\":\"koordinator-esbjerg\",\"version\":0}"),
                404, null, "Opgaven findes ikke.");
        problem(esbjerg.get("/api/v1/tasks/999999999"), 404, null, "Opgaven findes ikke.");
        assertThat(data.row(id)).containsEntry("status", "OPEN").containsEntry("version", 0);
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'koordinator-esbjerg' and action = 'ACCESS_DENIED' and resource = 'task'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    private static Response reassign(ApiClient client, long id, String json) {
        return client.post("/api/v1/tasks/" + id + "/reassign", json);
    }
}
