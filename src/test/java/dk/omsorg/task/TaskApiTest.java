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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.StreamSupport;

import static dk.omsorg.task.TaskTestData.GREVE;
import static org.assertj.core.api.Assertions.assertThat;

/** The work queue over real HTTP: order, filters, whose queue, counts; all against the real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskApiTest {

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
    ApiClient caseworker;

    @BeforeEach
    void setUp() {
        data = new TaskTestData(jdbc, events, transactions);
        today = TaskTestData.today();
        caseworker = ApiClient.as(port, "visitator");
    }

    @Test
    void theQueueShowsOverdueFirstThenByDueDateAndFiltersByKindCitizenAndDue() {
        String name = TaskTestData.uniqueName("Karen");
        long citizen = data.citizen(GREVE, name);
        long later = data.forUser(citizen, TaskKind.FOLLOW_UP, "visitator", today.plusDays(5));
        long overdue = data.forUser(citizen, TaskKind.INQUIRY, "visitator", today.minusDays(3));
        long dueToday = data.forUser(citizen, TaskKind.INQUIRY, "visitator", today);
        long someoneElses = data.forUser(citizen, TaskKind.INQUIRY, "visitator2", today.minusDays(9));

        JsonNode queue = ok(caseworker.get("/api/v1/tasks?citizenId=" + citizen));
        assertThat(ids(queue)).containsExactly(overdue, dueToday, later).doesNotContain(someoneElses);
        assertThat(queue.get("owner").asText()).isEqualTo("me");
        JsonNode first = queue.get("tasks").get(0);
        assertThat(first.get("overdue").asBoolean()).isTrue();
        assertThat(first.get("citizenName").asText()).isEqualTo(name);
        assertThat(first.get("kind").asText()).isEqualTo("INQUIRY");
        assertThat(queue.get("tasks").get(1).get("overdue").asBoolean()).isFalse();
        // every citizen shown is audited
        assertThat(jdbc.sql("select count(*) from audit_event where citizen_id = ? and resource = 'task-queue' and action = 'READ'")
                .param(citizen).query(Long.class).single()).isPositive();

        // the citizen by part of the name, any case
        String part = URLEncoder.encode(name.substring(name.indexOf("Opgavesen")).toUpperCase(), StandardCharsets.UTF_8);
        assertThat(ids(ok(caseworker.get("/api/v1/tasks?citizenId=" + part)))).containsExactly(overdue, dueToday, later);
        assertThat(ids(ok(caseworker.get("/api/v1/tasks?kind=INQUIRY&citizenId=" + citizen)))).containsExactly(overdue, dueToday);
        assertThat(ids(ok(caseworker.get("/api/v1/tasks?due=overdue&citizenId=" + citizen)))).containsExactly(overdue);
        assertThat(ids(ok(caseworker.get("/api/v1/tasks?due=today&citizenId=" + citizen)))).containsExactly(overdue, dueToday);
        boolean laterThisWeek = !today.plusDays(5).isAfter(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
        assertThat(ids(ok(caseworker.get("/api/v1/tasks?due=week&citizenId=" + citizen))))
                .containsExactlyElementsOf(laterThisWeek ? List.of(overdue, dueToday, later) : List.of(overdue, dueToday));
        assertThat(ids(ok(caseworker.get("/api/v1/tasks?due=all&citizenId=" + citizen)))).hasSize(3);
    }

    @Test
    void aFilterOfNoKnownFormIsADanishErrorNamingTheField() {
        problem(caseworker.get("/api/v1/tasks?due=snart"), 400, "due",
                "Fristen „snart“ kan ikke vælges. Vælg overskredet, senest i dag, senest i denne uge eller alle.");
        problem(caseworker.get("/api/v1/tasks?kind=KAFFE"), 400, "kind", "Opgavetypen „KAFFE“ findes ikke.");
        problem(caseworker.get("/api/v1/tasks?owner=alle"), 400, "owner",
                "Listen „alle“ findes ikke. Vælg dine egne opgaver, en medarbejders eller et teams.");
    }

    @Test
    void aCoordinatorSeesATeamsAndAColleaguesQueueAndACaseworkerOnlyHisOwnTeams() {
        long citizen = data.citizen(GREVE, TaskTestData.uniqueName("Bent"));
        long teamTask = data.request(GREVE, citizen, TaskKind.INQUIRY, TaskTestData.key("inquiry"), "Fordel henvendelsen",
                null, "COORDINATOR", today);
        long caseworkerTeam = data.request(GREVE, citizen, TaskKind.PROVIDER_NOTICE, TaskTestData.key("notice"),
                "Læs advis", null, "CASEWORKER", today);
        long own = data.forUser(citizen, TaskKind.FOLLOW_UP, "visitator", today);
        ApiClient coordinator = ApiClient.as(port, "koordinator");

        assertThat(ids(ok(coordinator.get("/api/v1/tasks?owner=team:COORDINATOR&citizenId=" + citizen)))).containsExactly(teamTask);
        assertThat(ids(ok(ApiClient.as(port, "leder").get("/api/v1/tasks?owner=team:COORDINATOR&citizenId=" + citizen))))
                .containsExactly(teamTask);
        JsonNode colleagues = ok(coordinator.get("/api/v1/tasks?owner=user:visitator&citizenId=" + citizen));
        assertThat(ids(colleagues)).containsExactly(own);
        assertThat(colleagues.get("owner").asText()).isEqualTo("user:visitator");
        // the coordinator's own queue holds neither
        assertThat(ids(ok(coordinator.get("/api/v1/tasks?citizenId=" + citizen)))).isEmpty();

        assertThat(ids(ok(caseworker.get("/api/v1/tasks?owner=team:CASEWORKER&citizenId=" + citizen)))).containsExactly(caseworkerTeam);
        assertThat(caseworker.get("/api/v1/tasks?owner=team:COORDINATOR").status()).isEqualTo(403);
        assertThat(caseworker.get("/api/v1/tasks?owner=user:visitator2").status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'visitator' and action = 'ACCESS_DENIED' and resource = 'task-queue' and resource_id = 'user:visitator2'")
                .query(Long.class).single()).isPositive();
        // a user of another municipality is as one that does not exist
        problem(coordinator.get("/api/v1/tasks?owner=user:visitator-esbjerg"), 404, null,
                "Medarbejderen „visitator-esbjerg“ findes ikke i kommunen.");
    }

    @Test
    void theCountsPerKindAreTheUsersOwnOpenTasks() {
        ApiClient other = ApiClient.as(port, "visitator2");
        JsonNode before = ok(other.get("/api/v1/tasks/counts"));
        long citizen = data.citizen(GREVE, TaskTestData.uniqueName("Ove"));
        data.forUser(citizen, TaskKind.INQUIRY, "visitator2", today.minusDays(1));
        data.forUser(citizen, TaskKind.INQUIRY, "visitator2", today.plusDays(1));
        data.forUser(citizen, TaskKind.FOLLOW_UP, "visitator2", today);
        data.forUser(citizen, TaskKind.FOLLOW_UP, "visitator", today.minusDays(1));
        String closedKey = TaskTestData.key("inquiry");
        data.request(GREVE, citizen, TaskKind.INQUIRY, closedKey, "Lukket", "visitator2", null, today.minusDays(1));
        data.publish(new TaskWorkDone(GREVE, TaskKind.INQUIRY, closedKey, "visitator2"), closedKey);

        JsonNode after = ok(other.get("/api/v1/tasks/counts"));
        assertThat(count(after, "INQUIRY", "open") - count(before, "INQUIRY", "open")).isEqualTo(2);
        assertThat(count(after, "INQUIRY", "overdue") - count(before, "INQUIRY", "overdue")).isEqualTo(1);
        assertThat(count(after, "FOLLOW_UP", "open") - count(before, "FOLLOW_UP", "open")).isEqualTo(1);
        assertThat(count(after, "FOLLOW_UP", "overdue") - count(before, "FOLLOW_UP", "overdue")).isZero();
    }

    @Test
    void providersHaveNoTaskQueue() {
        ApiClient provider = ApiClient.as(port, "leverandor-a");
        assertThat(provider.get("/api/v1/tasks").status()).isEqualTo(403);
        assertThat(provider.get("/api/v1/tasks/counts").status()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get("/api/v1/tasks").status()).isEqualTo(401);
    }

    /** Finance's tasks (a special case's changed cost) go to its team: finance sees those, and nothing else. */
    @Test
    void financeSeesItsTeamsTasksAndNoOthers() {
        long citizen = data.citizen(GREVE, TaskTestData.uniqueName("Finn"));
        String costKey = TaskTestData.key("special-case-cost");
        long cost = data.request(GREVE, citizen, TaskKind.SPECIAL_CASE_COST, costKey, "Ændret udgift", null, "FINANCE", today);
        long caseworkers = data.request(GREVE, citizen, TaskKind.INQUIRY, TaskTestData.key("inquiry"), "Vurdér", null,
                "CASEWORKER", today);
        ApiClient finance = ApiClient.as(port, "okonomi");

        JsonNode queue = ok(finance.get("/api/v1/tasks?citizenId=" + citizen));
        assertThat(ids(queue)).containsExactly(cost);
        assertThat(queue.get("owner").asText()).isEqualTo("team:FINANCE");
        assertThat(count(ok(finance.get("/api/v1/tasks/counts")), "SPECIAL_CASE_COST", "open")).isPositive();
        assertThat(finance.get("/api/v1/tasks/" + caseworkers).status()).isEqualTo(403);
        assertThat(finance.get("/api/v1/tasks?owner=team:CASEWORKER").status()).isEqualTo(403);
        assertThat(finance.post("/api/v1/tasks/" + caseworkers + "/close", "{\"version\": 0}").status()).isEqualTo(403);
        var closed = finance.post("/api/v1/tasks/" + cost + "/close", "{\"version\": " + data.row(cost).get("version") + "}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(data.row(caseworkers).get("status")).isEqualTo("OPEN");
    }

    static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static List<Long> ids(JsonNode queue) {
        return StreamSupport.stream(queue.get("tasks").spliterator(), false).map(t -> t.get("id").asLong()).toList();
    }

    static void problem(Response response, int status, String field, String detail) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).isEqualTo(detail);
        if (field != null) {
            assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
        }
    }

    private static long count(JsonNode counts, String kind, String what) {
        return StreamSupport.stream(counts.spliterator(), false).filter(c -> c.get("kind").asText().equals(kind))
                .mapToLong(c -> c.get(what).asLong()).sum();
    }
}
