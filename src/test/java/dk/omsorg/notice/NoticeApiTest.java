package dk.omsorg.notice;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
import dk.omsorg.provider.ProviderAssigned;
import dk.omsorg.provider.ProviderChoiceKind;
import dk.omsorg.provider.ProviderSwitchScheduled;
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

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notices over REST, end to end: a decision with the citizen's chosen provider reaches that provider's
 * inbox with what it needs; the provider acknowledges and the caseworker sees it; changes carry before
 * and after; the provider confirms the start and notifies the authority back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoticeApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    ApiClient caseworker;
    ApiClient providerA;
    LocalDate today;

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator");
        providerA = ApiClient.as(port, "leverandor-a");
        today = DecisionTestData.today();
    }

    private static JsonNode byId(JsonNode list, long id) {
        return StreamSupport.stream(list.spliterator(), false).filter(n -> n.get("id").asLong() == id).findFirst().orElse(null);
    }

    @Test
    void aNewGrantReachesTheChosenProvidersInboxWithWhatItNeeds() {
        Granted granted = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today);
        long noticeId = NoticeTestData.awaitNotice(jdbc, granted.decisionId(), granted.providerId());

        Response inbox = providerA.get("/api/v1/provider/notices?status=UNREAD");
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        JsonNode notice = byId(inbox.json(), noticeId);
        assertThat(notice).as("the notice in the inbox").isNotNull();
        assertThat(notice.get("kind").asText()).isEqualTo("NEW_GRANT");
        assertThat(notice.get("kindText").asText()).isEqualTo("Ny bevilling");
        assertThat(notice.get("citizen").get("name").asText()).isEqualTo("Advis Åse Ørum");
        assertThat(notice.get("citizen").get("address").asText()).isEqualTo("Advisvej 7, 2670 Greve");
        assertThat(notice.get("citizen").get("phone").asText()).isEqualTo("+45 12 34 56 78");
        assertThat(notice.get("after").get("interventionName").asText()).isEqualTo("RH Bad");
        assertThat(notice.get("after").get("goals").asText()).isEqualTo("Kan selv vaske overkrop efter 6 uger");
        assertThat(notice.get("effectiveOn").asText()).isEqualTo(today.toString());
        assertThat(notice.get("acknowledged").asBoolean()).isFalse();
        assertThat(notice.get("caseworker").asText()).isEqualTo("visitator");
        // the start deadline is the standard's (Greve § 83 a: 3 working days), as the decision computed it
        String startBy = granted.decision().get("grants").get(0).get("startBy").asText();
        assertThat(notice.get("start").get("dueOn").asText()).isEqualTo(startBy);
        assertThat(notice.get("start").get("deadlineText").asText()).contains("3 hverdage");

        Response one = providerA.get("/api/v1/provider/notices/" + noticeId);
        assertThat(one.status()).isEqualTo(200);
        // what the provider does not need is not there: no CPR number, no assessment
        String cpr = jdbc.sql("select cpr_number from citizen where id = ?").param(granted.citizenId()).query(String.class).single();
        assertThat(one.body()).doesNotContain(cpr).doesNotContain(cpr.substring(0, 6) + "-" + cpr.substring(6))
                .doesNotContain("efter fald");
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'leverandor-a' and action = 'READ' and resource = 'notice' and resource_id = ?")
                .param(String.valueOf(noticeId)).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theProviderAcknowledgesAndTheCaseworkerSeesIt() {
        Granted granted = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today);
        long noticeId = NoticeTestData.awaitNotice(jdbc, granted.decisionId(), granted.providerId());

        JsonNode waiting = byId(caseworker.get("/api/v1/notices/unacknowledged").json(), noticeId);
        assertThat(waiting).as("unacknowledged for the caseworker").isNotNull();
        assertThat(waiting.get("waitingMinutes").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(waiting.get("provider").get("phone").asText()).isNotBlank();

        Response acknowledged = providerA.post("/api/v1/provider/notices/" + noticeId + "/acknowledgement", "");
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(acknowledged.json().get("acknowledged").asBoolean()).isTrue();
        assertThat(acknowledged.json().get("acknowledgedBy").asText()).isEqualTo("leverandor-a");
        String at = acknowledged.json().get("acknowledgedAt").asText();
        // the first acknowledgement stands
        Response again = providerA.post("/api/v1/provider/notices/" + noticeId + "/acknowledgement", "");
        assertThat(again.json().get("acknowledgedAt").asText()).isEqualTo(at);

        assertThat(byId(caseworker.get("/api/v1/notices/unacknowledged").json(), noticeId)).isNull();
        JsonNode citizen = caseworker.get("/api/v1/citizens/" + granted.citizenId() + "/notices").json();
        JsonNode seen = byId(citizen.get("toProviders"), noticeId);
        assertThat(seen.get("acknowledged").asBoolean()).isTrue();
        assertThat(seen.get("provider").get("id").asLong()).isEqualTo(granted.providerId());
        assertThat(byId(providerA.get("/api/v1/provider/notices?status=UNREAD").json(), noticeId)).isNull();
        assertThat(byId(providerA.get("/api/v1/provider/notices?status=ACKNOWLEDGED").json(), noticeId)).isNotNull();
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'leverandor-a' and action = 'UPDATE' and resource = 'notice' and resource_id = ?")
                .param(String.valueOf(noticeId)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aChangeTellsTheProviderWhatChangedBeforeAndAfter() {
        Granted granted = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today);
        NoticeTestData.awaitNotice(jdbc, granted.decisionId(), granted.providerId());
        JsonNode grant = granted.decision().get("grants").get(0);
        Response changed = caseworker.post("/api/v1/decisions/" + granted.decisionId() + "/changes", json(map(
                "version", granted.decision().get("version").asInt(),
                "grants", List.of(with(NoticeTestData.bath(today, granted.providerId()), "grantKey", grant.get("grantKey").asText(),
                        "minutesPerDelivery", 45)))));
        assertThat(changed.status()).as(changed.body()).isEqualTo(201);
        long secondId = changed.json().get("id").asLong();

        long noticeId = NoticeTestData.awaitNotice(jdbc, secondId, granted.providerId());
        JsonNode notice = providerA.get("/api/v1/provider/notices/" + noticeId).json();

        assertThat(notice.get("kind").asText()).isEqualTo("CHANGED_GRANT");
        assertThat(notice.get("before").get("minutesPerDelivery").asInt()).isEqualTo(30);
        assertThat(notice.get("after").get("minutesPerDelivery").asInt()).isEqualTo(45);
        assertThat(notice.get("changes")).anySatisfy(c -> {
            assertThat(c.get("field").asText()).isEqualTo("minutesPerDelivery");
            assertThat(c.get("label").asText()).isEqualTo("Minutter pr. gang");
            assertThat(c.get("before").asText()).isEqualTo("30");
            assertThat(c.get("after").asText()).isEqualTo("45");
        });
        // the change does not start the grant again
        assertThat(jdbc.sql("select count(*) from grant_start where grant_key = ?").param(granted.grantKey())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anEndSetOnTheGrantIsANoticeThatItStops() {
        Granted granted = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today);
        NoticeTestData.awaitNotice(jdbc, granted.decisionId(), granted.providerId());
        LocalDate end = today.plusWeeks(4);
        Response changed = caseworker.post("/api/v1/decisions/" + granted.decisionId() + "/changes", json(map(
                "version", granted.decision().get("version").asInt(),
                "grants", List.of(with(NoticeTestData.bath(today, granted.providerId()),
                        "grantKey", granted.grantKey().toString(), "end", end.toString())))));
        assertThat(changed.status()).as(changed.body()).isEqualTo(201);

        long noticeId = NoticeTestData.awaitNotice(jdbc, changed.json().get("id").asLong(), granted.providerId());
        JsonNode notice = providerA.get("/api/v1/provider/notices/" + noticeId).json();
        assertThat(notice.get("kind").asText()).isEqualTo("STOPPED_GRANT");
        assertThat(notice.get("effectiveOn").asText()).isEqualTo(end.toString());
    }

    @Test
    void aSwitchTellsTheOldProviderToStopAndTheNewOneToStart() {
        Granted granted = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today);
        NoticeTestData.awaitNotice(jdbc, granted.decisionId(), granted.providerId());
        long municipal = jdbc.sql("select id from provider where municipality_id = 253 and kind = 'MUNICIPAL' order by id limit 1")
                .query(Long.class).single();
        LocalDate from = today.withDayOfMonth(1).plusMonths(2);

        transactions.executeWithoutResult(s -> events.publishEvent(new ProviderSwitchScheduled(253, granted.citizenId(),
                granted.grantKey(), granted.providerId(), municipal, today, from)));

        await().atMost(NoticeTestData.AT_MOST).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.sql(
                "select count(*) from notice where grant_key = ? and kind in ('SWITCH_OUT','SWITCH_IN')")
                .param(granted.grantKey()).query(Long.class).single() == 2);
        assertThat(jdbc.sql("select provider_id || ':' || kind || ':' || effective_on from notice where grant_key = ? and kind like 'SWITCH%' order by kind")
                .param(granted.grantKey()).query(String.class).list())
                .containsExactly(municipal + ":SWITCH_IN:" + from, granted.providerId() + ":SWITCH_OUT:" + from);
        // the new provider is to start on the switch day
        assertThat(jdbc.sql("select due_on from grant_start where grant_key = ? and provider_id = ?")
                .params(granted.grantKey(), municipal).query(LocalDate.class).single()).isEqualTo(from);
        // the old provider's start, not confirmed, is closed: it must not turn into a broken deadline
        assertThat(jdbc.sql("select cancelled from grant_start where grant_key = ? and provider_id = ?")
                .params(granted.grantKey(), granted.providerId()).query(Boolean.class).single()).isTrue();
        JsonNode out = byId(providerA.get("/api/v1/provider/notices").json(), jdbc.sql(
                "select id from notice where grant_key = ? and kind = 'SWITCH_OUT'").param(granted.grantKey()).query(Long.class).single());
        assertThat(out.get("kindText").asText()).isEqualTo("Leverandørskift – I afleverer");
    }

    @Test
    void aProviderAssignedLaterStartsFromTheDayItWasFoundAndIsToldOnce() {
        Granted granted = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today);
        NoticeTestData.awaitNotice(jdbc, granted.decisionId(), granted.providerId());
        long other = NoticeTestData.providerOf(jdbc, "leverandor-b");
        LocalDate found = today.plusDays(10);
        ProviderAssigned assigned = new ProviderAssigned(253, granted.citizenId(), granted.decisionId(), granted.grantKey(),
                other, found, ProviderChoiceKind.FREE_CHOICE_VOUCHER);

        transactions.executeWithoutResult(s -> events.publishEvent(assigned));
        NoticeTestData.awaitNotice(jdbc, granted.decisionId(), other);
        // announced again (a retry): still one notice
        transactions.executeWithoutResult(s -> events.publishEvent(assigned));
        await().during(Duration.ofMillis(300)).atMost(NoticeTestData.AT_MOST)
                .until(() -> NoticeTestData.notices(jdbc, granted.decisionId(), other) == 1);

        assertThat(jdbc.sql("select kind || ':' || effective_on from notice where decision_id = ? and provider_id = ?")
                .params(granted.decisionId(), other).query(String.class).single()).isEqualTo("NEW_GRANT:" + found);
        assertThat(jdbc.sql("select grant_start_on || ':' || (due_on >= grant_start_on) from grant_start where grant_key = ? and provider_id = ?")
                .params(granted.grantKey(), other).query(String.class).single()).isEqualTo(found + ":true");
    }

    @Test
    void theProviderConfirmsTheStartOnce() {
        Granted granted = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today);
        NoticeTestData.awaitNotice(jdbc, granted.decisionId(), granted.providerId());
        String path = "/api/v1/provider/grants/" + granted.grantKey() + "/start";

        Response missing = providerA.post(path, "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asText()).isEqualTo("startedOn");
        Response future = providerA.post(path, json(map("startedOn", today.plusDays(1).toString())));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("detail").asText()).contains("fremtiden");
        Response before = providerA.post(path, json(map("startedOn", today.minusDays(1).toString())));
        assertThat(before.status()).isEqualTo(400);
        assertThat(before.json().get("detail").asText()).contains("før bevillingens start");

        Response started = providerA.post(path, json(map("startedOn", today.toString())));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().get("status").asText()).isEqualTo("STARTED");
        assertThat(started.json().get("breached").asBoolean()).isFalse();

        Response again = providerA.post(path, json(map("startedOn", today.toString())));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("allerede bekræftet");
        JsonNode starts = caseworker.get("/api/v1/start-deadlines").json();
        assertThat(starts).anySatisfy(s -> {
            assertThat(s.get("grantKey").asText()).isEqualTo(granted.grantKey().toString());
            assertThat(s.get("status").asText()).isEqualTo("STARTED");
        });
    }

    @Test
    void theProviderNotifiesTheResponsibleCaseworkerWithText() {
        Granted granted = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today);
        NoticeTestData.awaitNotice(jdbc, granted.decisionId(), granted.providerId());
        String path = "/api/v1/provider/citizens/" + granted.citizenId() + "/notices";
        long before = jdbc.sql("select count(*) from notice where direction = 'FROM_PROVIDER'").query(Long.class).single();

        Response blank = providerA.post(path, json(map("kind", "CONDITION_CHANGED", "text", "   ")));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("detail").asText()).isEqualTo("Skriv hvad advisen drejer sig om – teksten må ikke være tom.");
        assertThat(blank.json().get("errors").get(0).get("field").asText()).isEqualTo("text");
        Response noKind = providerA.post(path, json(map("text", "Noget")));
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.json().get("errors").get(0).get("field").asText()).isEqualTo("kind");
        Response wrongKind = providerA.post(path, json(map("kind", "NEW_GRANT", "text", "Noget")));
        assertThat(wrongKind.status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from notice where direction = 'FROM_PROVIDER'").query(Long.class).single()).isEqualTo(before);

        Response sent = providerA.post(path, json(map("kind", "CANNOT_DELIVER", "grantKey", granted.grantKey().toString(),
                "text", "Borgeren afviser bad om morgenen; ønsker eftermiddag.")));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long id = sent.json().get("id").asLong();
        assertThat(sent.json().get("caseworker").asText()).isEqualTo("visitator");

        JsonNode mine = byId(caseworker.get("/api/v1/notices/from-providers").json(), id);
        assertThat(mine).as("in the deciding caseworker's queue").isNotNull();
        assertThat(mine.get("text").asText()).isEqualTo("Borgeren afviser bad om morgenen; ønsker eftermiddag.");
        assertThat(mine.get("after").get("interventionName").asText()).isEqualTo("RH Bad");
        assertThat(byId(ApiClient.as(port, "visitator2").get("/api/v1/notices/from-providers").json(), id))
                .as("not in another caseworker's own queue").isNull();
        assertThat(byId(ApiClient.as(port, "visitator2").get("/api/v1/notices/from-providers?all=true").json(), id))
                .as("in the municipality's").isNotNull();
        assertThat(byId(caseworker.get("/api/v1/citizens/" + granted.citizenId() + "/notices").json().get("fromProviders"), id)).isNotNull();
        assertThat(byId(providerA.get("/api/v1/provider/sent-notices").json(), id)).isNotNull();

        // the provider cannot acknowledge its own notice; the caseworker does
        assertThat(providerA.post("/api/v1/provider/notices/" + id + "/acknowledgement", "").status()).isEqualTo(400);
        Response acknowledged = caseworker.post("/api/v1/notices/" + id + "/acknowledgement", "");
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(acknowledged.json().get("acknowledgedBy").asText()).isEqualTo("visitator");
        // a coordinator reads the lists but does not acknowledge
        assertThat(ApiClient.as(port, "koordinator").post("/api/v1/notices/" + id + "/acknowledgement", "").status()).isEqualTo(403);
    }

    @Test
    void theCitizensDeathIsMarkedForTheCaseworker() {
        Granted granted = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today);
        NoticeTestData.awaitNotice(jdbc, granted.decisionId(), granted.providerId());

        Response death = providerA.post("/api/v1/provider/citizens/" + granted.citizenId() + "/notices",
                json(map("kind", "DEATH", "text", "Borgeren døde i nat. Hjælpen er stoppet.")));

        assertThat(death.status()).as(death.body()).isEqualTo(201);
        assertThat(death.json().get("kindText").asText()).isEqualTo("Borgeren er død");
        JsonNode queue = caseworker.get("/api/v1/notices/from-providers").json();
        JsonNode first = StreamSupport.stream(queue.spliterator(), false).filter(n -> !n.get("acknowledged").asBoolean())
                .findFirst().orElseThrow();
        assertThat(first.get("kind").asText()).as("deaths first among the open").isEqualTo("DEATH");
    }
}
