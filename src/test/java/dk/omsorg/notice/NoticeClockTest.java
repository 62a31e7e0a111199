package dk.omsorg.notice;

import dk.omsorg.notice.NoticeTestData.Granted;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.MutableClock;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.stream.StreamSupport;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules that depend on the time of day and the calendar, with the application's clock set by the
 * test: seed 002's 14.30 phone rule, and start deadlines in Danish working days over Easter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoticeClockTest {

    static final MutableClock CLOCK = new MutableClock();

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        Clock testClock() {
            return CLOCK;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void reset() {
        CLOCK.reset();
    }

    private boolean urgent(long noticeId) {
        return jdbc.sql("select urgent from notice where id = ?").param(noticeId).query(Boolean.class).single();
    }

    @Test
    void aDecisionSentAt1429IsNotUrgentAt1431ItIsAndTheCaseworkerIsToldToPhone() {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        LocalDate today = LocalDate.now(dk.omsorg.shared.DanishTime.ZONE);

        CLOCK.set(today, LocalTime.of(14, 29));
        Granted early = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today, today);
        long earlyNotice = NoticeTestData.awaitNotice(jdbc, early.decisionId(), early.providerId());

        CLOCK.set(today, LocalTime.of(14, 31));
        Granted late = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today, today);
        long lateNotice = NoticeTestData.awaitNotice(jdbc, late.decisionId(), late.providerId());
        Granted tomorrow = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today, today.plusDays(1));
        long tomorrowNotice = NoticeTestData.awaitNotice(jdbc, tomorrow.decisionId(), tomorrow.providerId());

        assertThat(urgent(earlyNotice)).as("sent 14:29, starts today").isFalse();
        assertThat(urgent(lateNotice)).as("sent 14:31, starts today").isTrue();
        assertThat(urgent(tomorrowNotice)).as("sent 14:31, starts tomorrow").isFalse();

        // the caseworker is told to phone, with the provider's number: API, citizen page, decision page
        String phone = jdbc.sql("select phone from provider where id = ?").param(late.providerId()).query(String.class).single();
        JsonNode view = caseworker.get("/api/v1/citizens/" + late.citizenId() + "/notices").json();
        assertThat(view.get("toPhone")).hasSize(1);
        assertThat(view.get("toPhone").get(0).get("provider").get("phone").asText()).isEqualTo(phone);
        assertThat(view.get("phoneAfter").asText()).startsWith("14:30");
        assertThat(caseworker.get("/api/v1/citizens/" + early.citizenId() + "/notices").json().get("toPhone")).isEmpty();

        WebSession web = WebSession.logIn(port, "visitator");
        WebSession.Page section = web.htmx("/citizens/" + late.citizenId() + "/notices");
        assertThat(section.status()).isEqualTo(200);
        assertThat(section.body()).contains("Ring til leverandøren").contains(phone).contains("efter kl. 14:30")
                .contains("HASTER");
        assertThat(web.htmx("/citizens/" + early.citizenId() + "/notices").body()).doesNotContain("Ring til leverandøren");
        WebSession.Page decisionSection = web.htmx("/decisions/" + late.decisionId() + "/notices");
        assertThat(decisionSection.body()).contains("Ring til leverandøren").contains(phone);

        // the provider sees it marked urgent; once acknowledged, there is no one to phone
        JsonNode inbox = ApiClient.as(port, "leverandor-a").get("/api/v1/provider/notices").json();
        JsonNode urgent = StreamSupport.stream(inbox.spliterator(), false)
                .filter(n -> n.get("id").asLong() == lateNotice).findFirst().orElseThrow();
        assertThat(urgent.get("urgent").asBoolean()).isTrue();
        assertThat(ApiClient.as(port, "leverandor-a").post("/api/v1/provider/notices/" + lateNotice + "/acknowledgement", "")
                .status()).isEqualTo(200);
        assertThat(caseworker.get("/api/v1/citizens/" + late.citizenId() + "/notices").json().get("toPhone")).isEmpty();
    }

    @Test
    void theStartDeadlineRunsInWorkingDaysOverEasterAndIsListedAsBrokenTheDayAfter() {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        ApiClient provider = ApiClient.as(port, "leverandor-a");
        // Wednesday before Easter 2025: 17 skærtorsdag, 18 langfredag, 19–20 weekend, 21 2. påskedag
        LocalDate wednesday = LocalDate.of(2025, 4, 16);
        CLOCK.set(wednesday, LocalTime.of(10, 0));
        Granted granted = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", wednesday, wednesday);
        long noticeId = NoticeTestData.awaitNotice(jdbc, granted.decisionId(), granted.providerId());

        JsonNode notice = provider.get("/api/v1/provider/notices/" + noticeId).json();
        assertThat(notice.get("start").get("dueOn").asText()).isEqualTo("2025-04-24");

        CLOCK.set(LocalDate.of(2025, 4, 24), LocalTime.of(16, 0));
        assertThat(status(provider.get("/api/v1/provider/starts"), granted)).isEqualTo("WAITING");
        assertThat(breached(caseworker, granted)).as("not broken on the last day").isFalse();

        CLOCK.set(LocalDate.of(2025, 4, 25), LocalTime.of(8, 0));
        assertThat(status(provider.get("/api/v1/provider/starts"), granted)).isEqualTo("OVERDUE");
        assertThat(breached(caseworker, granted)).as("broken the day after").isTrue();
        WebSession web = WebSession.logIn(port, "visitator");
        assertThat(web.get("/notices/start-deadlines?breached=true").body()).contains("start-" )
                .contains("Fristen er overskredet");

        Response started = provider.post("/api/v1/provider/grants/" + granted.grantKey() + "/start",
                json(map("startedOn", "2025-04-25")));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().get("status").asText()).isEqualTo("STARTED_LATE");
        assertThat(breached(caseworker, granted)).as("a late start stays on the list").isTrue();
    }

    @Test
    void aDistrictTransferClosesTheOldProvidersOpenStartSoItIsNeverBroken() {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        LocalDate today = LocalDate.now(dk.omsorg.shared.DanishTime.ZONE);
        CLOCK.set(today, LocalTime.of(10, 0));
        Granted granted = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today, today);
        NoticeTestData.awaitNotice(jdbc, granted.decisionId(), granted.providerId());
        long municipal = jdbc.sql("select id from provider where municipality_id = 253 and kind = 'MUNICIPAL' order by id limit 1")
                .query(Long.class).single();

        // the next day, before the old provider started, the citizen moves where it is not approved
        CLOCK.set(today.plusDays(1), LocalTime.of(10, 0));
        Response moved = caseworker.post("/api/v1/citizens/" + granted.citizenId() + "/district-transfers",
                json(map("district", "tune", "newProviders", java.util.Map.of(granted.grantKey().toString(), municipal))));
        assertThat(moved.status()).as(moved.body()).isEqualTo(201);
        assertThat(moved.json()).as("the old provider is not approved in the new district").hasSize(1);
        org.awaitility.Awaitility.await().atMost(NoticeTestData.AT_MOST).until(() -> jdbc.sql(
                "select cancelled from grant_start where grant_key = ? and provider_id = ?")
                .params(granted.grantKey(), granted.providerId()).query(Boolean.class).single());

        CLOCK.set(today.plusDays(20), LocalTime.of(10, 0));
        assertThat(StreamSupport.stream(caseworker.get("/api/v1/start-deadlines?breached=true").json().spliterator(), false)
                .anyMatch(s -> s.get("grantKey").asText().equals(granted.grantKey().toString())
                        && s.get("provider").get("id").asLong() == granted.providerId()))
                .as("the old provider's deadline is not broken").isFalse();
    }

    private static String status(Response starts, Granted granted) {
        assertThat(starts.status()).as(starts.body()).isEqualTo(200);
        return StreamSupport.stream(starts.json().spliterator(), false)
                .filter(s -> s.get("grantKey").asText().equals(granted.grantKey().toString()))
                .findFirst().orElseThrow().get("status").asText();
    }

    private static boolean breached(ApiClient caseworker, Granted granted) {
        return StreamSupport.stream(caseworker.get("/api/v1/start-deadlines?breached=true").json().spliterator(), false)
                .anyMatch(s -> s.get("grantKey").asText().equals(granted.grantKey().toString()));
    }
}
