package dk.omsorg.notice;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
import dk.omsorg.notice.internal.CheckingStartDeadlines;
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

import java.time.Duration;
import java.time.LocalDate;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The notice module's tasks: a provider's notice to the authority, to be read by the caseworker it lands with until
 * acknowledged; and a start deadline the provider let pass, found by the daily check, until the start is registered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoticeTaskEventsTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CheckingStartDeadlines startDeadlines;

    TaskEvents events;
    ApiClient caseworker;
    ApiClient providerA;
    LocalDate today;

    @BeforeEach
    void setUp() {
        events = TaskEvents.attach(context);
        caseworker = ApiClient.as(port, "visitator");
        providerA = ApiClient.as(port, "leverandor-a");
        today = DecisionTestData.today();
    }

    @AfterEach
    void detach() {
        events.close();
    }

    @Test
    void aProvidersNoticeIsATaskToReadForTheDecidingCaseworkerDoneWhenAcknowledged() {
        Granted granted = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today);
        NoticeTestData.awaitNotice(jdbc, granted.decisionId(), granted.providerId());
        Response sent = providerA.post("/api/v1/provider/citizens/" + granted.citizenId() + "/notices",
                json(map("kind", "CONDITION_CHANGED", "text", "Borgeren er blevet mere urolig om natten.")));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long id = sent.json().get("id").asLong();
        String key = "notice:" + id;
        int municipality = jdbc.sql("select municipality_id from notice where id = ?").param(id).query(Integer.class).single();

        assertThat(events.requested(TaskKind.PROVIDER_NOTICE, key)).containsExactly(new TaskRequested(municipality,
                granted.citizenId(), TaskKind.PROVIDER_NOTICE, key, "Læs advis fra leverandøren", "/notices/from-providers",
                "visitator", null, today));
        assertThat(events.done(TaskKind.PROVIDER_NOTICE, key)).isEmpty();

        Response read = caseworker.post("/api/v1/notices/" + id + "/acknowledgement", "{}");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(events.done(TaskKind.PROVIDER_NOTICE, key)).singleElement()
                .satisfies(d -> assertThat(d.doneBy()).isEqualTo("visitator"));
        // acknowledged again: the first acknowledgement stands, no second closing
        caseworker.post("/api/v1/notices/" + id + "/acknowledgement", "{}");
        assertThat(events.done(TaskKind.PROVIDER_NOTICE, key)).hasSize(1);
    }

    @Test
    void aStartDeadlinePassedUnstartedIsATaskOnceDoneWhenTheProviderRegistersTheStart() {
        Granted granted = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today);
        await().atMost(NoticeTestData.AT_MOST).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.sql(
                "select count(*) from grant_start where grant_key = ?").param(granted.grantKey()).query(Long.class).single() > 0);
        long startId = jdbc.sql("select id from grant_start where grant_key = ?").param(granted.grantKey()).query(Long.class).single();
        String key = "start-deadline:" + startId + ":" + today;
        String intervention = granted.decision().get("grants").get(0).get("interventionName").asText();

        // not yet past its deadline: no task
        startDeadlines.requestBroken(today);
        assertThat(events.requestedFor(TaskKind.START_DEADLINE, granted.citizenId())).isEmpty();

        // the deadline is today; the check the next morning finds it passed
        jdbc.sql("update grant_start set due_on = ? where id = ?").params(today, startId).update();
        assertThat(startDeadlines.requestBroken(today.plusDays(1))).isGreaterThanOrEqualTo(1);
        int municipality = jdbc.sql("select municipality_id from grant_start where id = ?").param(startId)
                .query(Integer.class).single();
        assertThat(events.requested(TaskKind.START_DEADLINE, key)).containsExactly(new TaskRequested(municipality,
                granted.citizenId(), TaskKind.START_DEADLINE, key, "Opstart ikke meldt: " + intervention,
                "/notices/start-deadlines", "visitator", null, today.plusDays(1)));
        // a second run (or another instance) asks for nothing again
        startDeadlines.requestBroken(today.plusDays(2));
        assertThat(events.requestedFor(TaskKind.START_DEADLINE, granted.citizenId())).hasSize(1);

        Response started = providerA.post("/api/v1/provider/grants/" + granted.grantKey() + "/start",
                json(map("startedOn", today.toString())));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(events.done(TaskKind.START_DEADLINE, key)).singleElement()
                .satisfies(d -> assertThat(d.doneBy()).isEqualTo("leverandor-a"));
    }

    @Test
    void aStartDeadlineThatMovesWithTheGrantsStartCancelsItsTaskAndIsCheckedAnew() {
        LocalDate start = today.plusDays(1);
        Granted granted = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", start);
        await().atMost(NoticeTestData.AT_MOST).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.sql(
                "select count(*) from grant_start where grant_key = ?").param(granted.grantKey()).query(Long.class).single() > 0);
        long startId = jdbc.sql("select id from grant_start where grant_key = ?").param(granted.grantKey()).query(Long.class).single();
        // the deadline as if it had passed yesterday
        LocalDate yesterday = today.minusDays(1);
        jdbc.sql("update grant_start set due_on = ? where id = ?").params(yesterday, startId).update();
        startDeadlines.requestBroken(today);
        String key = "start-deadline:" + startId + ":" + yesterday;
        assertThat(events.requested(TaskKind.START_DEADLINE, key)).hasSize(1);

        // the grant's start moves later: the start (and its deadline) moves with it
        LocalDate later = today.plusDays(20);
        Response changed = caseworker.post("/api/v1/decisions/" + granted.decisionId() + "/changes", json(map(
                "version", granted.decision().get("version").asInt(), "reasoning", "Borgeren ønsker senere opstart",
                "grants", java.util.List.of(DecisionTestData.with(NoticeTestData.bath(later, granted.providerId()),
                        "grantKey", granted.grantKey().toString(),
                        "overrideReason", "Borgeren ønsker selv at begynde senere")))));
        assertThat(changed.status()).as(changed.body()).isEqualTo(201);
        assertThat(events.awaitCancelled(TaskKind.START_DEADLINE, key).cancelledBy()).isEqualTo("system");
        assertThat(jdbc.sql("select due_on from grant_start where id = ?").param(startId).query(LocalDate.class).single())
                .isEqualTo(later);
        // not past the new deadline: no task; past it, a task of its own
        startDeadlines.requestBroken(today);
        assertThat(events.requestedFor(TaskKind.START_DEADLINE, granted.citizenId())).hasSize(1);
        startDeadlines.requestBroken(later.plusDays(1));
        assertThat(events.requested(TaskKind.START_DEADLINE, "start-deadline:" + startId + ":" + later)).hasSize(1);
    }
}
