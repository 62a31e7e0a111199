package dk.omsorg.followup;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.decision.DecisionTestData.Applicant;
import dk.omsorg.followup.FollowUpTestData.Decided;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.with;
import static dk.omsorg.followup.FollowUpTestData.awaitOpen;
import static dk.omsorg.followup.FollowUpTestData.course;
import static dk.omsorg.followup.FollowUpTestData.decide;
import static dk.omsorg.followup.FollowUpTestData.hygiene;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Follow-ups end to end over HTTP against the real database: decisions schedule them by the municipality's
 * rules (seeds 000, 001, 002, 003), the caseworker's queue orders them, completion records the FSIII result and
 * schedules the next, and bad input changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FollowUpApiTest {

    private static final String NO_POTENTIAL = "Borgeren vurderes ikke at have potentiale for rehabilitering.";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient caseworker;
    LocalDate today;

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator");
        today = DecisionTestData.today();
    }

    @Test
    void permanentHelpAfterACourseIsFollowedUpAfterThreeMonthsAndCompletingSchedulesTheCaseworkersInterval() {
        Applicant applicant = FollowUpTestData.applicant(caseworker);
        Decided course = decide(caseworker, applicant.citizenId(), null, course(today));
        // the standard: personal care starts the day of the decision or the day after
        LocalDate start = today.plusDays(1);
        Decided help = decide(caseworker, applicant.citizenId(), null, hygiene(start, null));

        JsonNode followUp = awaitOpen(caseworker, jdbc, help.grantKey(), "AFTER_REHABILITATION");
        assertThat(followUp.get("dueOn").asText()).isEqualTo(start.plusMonths(3).toString());
        assertThat(followUp.get("caseworker").asText()).isEqualTo("visitator");
        assertThat(followUp.get("ruleSource").asText()).contains("efter 3 måneder efter en rehabiliterende indsats");
        // the course itself has its own evaluations
        assertThat(FollowUpTestData.rules(jdbc, course.grantKey(), "OPEN")).isEmpty();

        Response done = complete(followUp.get("id").asLong(), "E1", "Hjælpen fungerer.", followUp.get("version").asInt());
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        JsonNode completed = done.json().get("completed");
        assertThat(completed.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.get("result").get("code").asText()).isEqualTo("E1");
        assertThat(completed.get("result").get("name").asText()).isEqualTo("Fortsættes");
        assertThat(completed.get("note").asText()).isEqualTo("Hjælpen fungerer.");
        JsonNode next = done.json().get("next");
        assertThat(next.get("rule").asText()).isEqualTo("CASEWORKER_INTERVAL");
        assertThat(next.get("dueOn").asText()).isEqualTo(today.plusMonths(12).toString());
        assertThat(next.get("previousId").asLong()).isEqualTo(followUp.get("id").asLong());
        assertThat(jdbc.sql("select count(*) from audit_event where citizen_id = ? and resource = 'follow-up' and action = 'UPDATE'")
                .param(applicant.citizenId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theCaseworkerSetsTheIntervalBetweenHalfAYearAndThreeYears() {
        Applicant applicant = FollowUpTestData.applicant(caseworker);
        Decided help = decide(caseworker, applicant.citizenId(), NO_POTENTIAL, hygiene(today, null));
        JsonNode followUp = awaitOpen(caseworker, jdbc, help.grantKey(), "CASEWORKER_INTERVAL");
        long id = followUp.get("id").asLong();
        assertThat(followUp.get("intervalMonths").asInt()).isEqualTo(12);
        assertThat(followUp.get("dueOn").asText()).isEqualTo(today.plusMonths(12).toString());

        Response six = interval(id, 6, followUp.get("version").asInt());
        assertThat(six.status()).as(six.body()).isEqualTo(200);
        assertThat(six.json().get("dueOn").asText()).isEqualTo(today.plusMonths(6).toString());
        Response threeYears = interval(id, 36, six.json().get("version").asInt());
        assertThat(threeYears.status()).as(threeYears.body()).isEqualTo(200);
        assertThat(threeYears.json().get("dueOn").asText()).isEqualTo(today.plusYears(3).toString());

        int version = threeYears.json().get("version").asInt();
        for (int months : new int[]{5, 37, 0}) {
            Response refused = interval(id, months, version);
            assertThat(refused.status()).as(months + " months").isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("detail").asText())
                    .isEqualTo("Intervallet skal være mellem 6 og 36 måneder (et halvt til tre år); " + months + " måneder er ikke tilladt.");
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("months");
        }
        JsonNode unchanged = caseworker.get("/api/v1/follow-ups/" + id).json();
        assertThat(unchanged.get("intervalMonths").asInt()).isEqualTo(36);
        assertThat(unchanged.get("version").asInt()).isEqualTo(version);

        // the next follow-up keeps the caseworker's interval
        Response done = complete(id, "CHANGE_WITHIN_FRAME", null, version);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("next").get("dueOn").asText()).isEqualTo(today.plusYears(3).toString());
    }

    @Test
    void aTemporaryGrantRemindsTheCaseworkerFourteenDaysBeforeItEndsAndAChangedEndMovesTheReminder() {
        Applicant applicant = FollowUpTestData.applicant(caseworker);
        LocalDate end = today.plusDays(40);
        Decided help = decide(caseworker, applicant.citizenId(), null, hygiene(today, end));
        JsonNode reminder = awaitOpen(caseworker, jdbc, help.grantKey(), "TEMPORARY_END");
        assertThat(reminder.get("dueOn").asText()).isEqualTo(end.minusDays(14).toString());
        assertThat(reminder.get("intervalMonths").isNull()).isTrue();
        assertThat(reminder.get("ruleSource").asText()).startsWith("Midlertidig indsats");
        assertThat(FollowUpTestData.rules(jdbc, help.grantKey(), "OPEN")).containsExactly("TEMPORARY_END");

        // the end moves: the old reminder is cancelled, a new one for the new end
        LocalDate later = today.plusDays(60);
        Response changed = caseworker.post("/api/v1/decisions/" + help.decisionId() + "/changes", json(map(
                "version", help.decision().get("version").asInt(), "reasoning", "Forlænget",
                "grants", List.of(with(hygiene(today, later), "grantKey", help.grantKey().toString())))));
        assertThat(changed.status()).as(changed.body()).isEqualTo(201);
        await().atMost(FollowUpTestData.AT_MOST).pollInterval(Duration.ofMillis(50))
                .until(() -> FollowUpTestData.rules(jdbc, help.grantKey(), "CANCELLED").contains("TEMPORARY_END"));
        JsonNode moved = awaitOpen(caseworker, jdbc, help.grantKey(), "TEMPORARY_END");
        assertThat(moved.get("dueOn").asText()).isEqualTo(later.minusDays(14).toString());
        // the reminder has no next one
        Response done = complete(moved.get("id").asLong(), "E3", "Hjælpen stopper.", moved.get("version").asInt());
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("next").isNull()).isTrue();
    }

    @Test
    void aGrantOfFastVagtIsNoLongerASpecialCaseByItsCode() {
        // issue 17: the special case (its own module) opens the 3-monthly follow-up, not the intervention code
        Applicant applicant = FollowUpTestData.applicant(caseworker);
        Decided watch = decide(caseworker, applicant.citizenId(), "Fast vagt i dag- og aftenvagten.",
                DecisionTestData.grant("fast-vagt", 1, "DAY", "DAY", 480, today, null));
        awaitOpen(caseworker, jdbc, watch.grantKey(), "CASEWORKER_INTERVAL");
        assertThat(FollowUpTestData.rules(jdbc, watch.grantKey(), "OPEN")).doesNotContain("SPECIAL_CASE");
    }

    @Test
    void badCompletionsGetADanishProblemAndChangeNothing() {
        Applicant applicant = FollowUpTestData.applicant(caseworker);
        Decided help = decide(caseworker, applicant.citizenId(), NO_POTENTIAL, hygiene(today, null));
        JsonNode followUp = awaitOpen(caseworker, jdbc, help.grantKey(), "CASEWORKER_INTERVAL");
        long id = followUp.get("id").asLong();
        int version = followUp.get("version").asInt();

        Response unknown = complete(id, "E9", null, version);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asText()).startsWith("Resultatet „E9“ findes ikke.");
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("result");
        Response none = complete(id, null, null, version);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("detail").asText()).startsWith("Vælg resultatet af opfølgningen");
        Response stale = complete(id, "E1", null, version + 1);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asText()).contains("opdateret af en anden");
        assertThat(caseworker.get("/api/v1/follow-ups/" + id).json().get("status").asText()).isEqualTo("OPEN");
        assertThat(jdbc.sql("select count(*) from follow_up where grant_key = ?").param(help.grantKey())
                .query(Long.class).single()).isEqualTo(1);

        assertThat(complete(id, "E1", null, version).status()).isEqualTo(200);
        Response twice = complete(id, "E2", "igen", version + 1);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asText()).startsWith("Opfølgningen er allerede afsluttet");
        JsonNode after = caseworker.get("/api/v1/follow-ups/" + id).json();
        assertThat(after.get("result").get("result").asText()).isEqualTo("CONTINUE");
        assertThat(jdbc.sql("select count(*) from follow_up where grant_key = ?").param(help.grantKey())
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aCaseworkerOfAnotherMunicipalityIsRefusedAndTheAttemptAudited() {
        Applicant applicant = FollowUpTestData.applicant(caseworker);
        Decided help = decide(caseworker, applicant.citizenId(), NO_POTENTIAL, hygiene(today, null));
        JsonNode followUp = awaitOpen(caseworker, jdbc, help.grantKey(), "CASEWORKER_INTERVAL");
        long id = followUp.get("id").asLong();
        ApiClient esbjerg = ApiClient.as(port, "visitator-esbjerg");

        long auditMark = dk.omsorg.notice.NoticeTestData.lastAuditId(jdbc);
        assertThat(esbjerg.get("/api/v1/follow-ups/" + id).status()).isEqualTo(404);
        Response complete = esbjerg.post("/api/v1/follow-ups/" + id + "/completion",
                json(map("result", "E1", "version", followUp.get("version").asInt())));
        assertThat(complete.status()).isEqualTo(404);
        assertThat(complete.json().get("detail").asText()).isEqualTo("Opfølgningen findes ikke.");
        assertThat(esbjerg.put("/api/v1/follow-ups/" + id + "/interval", json(map("months", 6, "version", 0))).status())
                .isEqualTo(404);
        assertThat(esbjerg.get("/api/v1/citizens/" + applicant.citizenId() + "/follow-ups").status()).isEqualTo(404);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                        where username = 'visitator-esbjerg' and action = 'ACCESS_DENIED' and id > ? and citizen_id is null and detail = 'borger i en anden kommune'""")
                .param(auditMark).query(Long.class).single()).isEqualTo(4);
        assertThat(caseworker.get("/api/v1/follow-ups/" + id).json().get("status").asText()).isEqualTo("OPEN");
        // nor does the Esbjerg caseworker's queue show Greve's follow-ups
        JsonNode queue = esbjerg.get("/api/v1/follow-ups?all=true").json();
        assertThat(ids(queue)).doesNotContain(id);
    }

    @Test
    void aCaseworkerSeesOnlyTheOwnQueueALeaderAnyones() {
        ApiClient other = ApiClient.as(port, "visitator2");
        Applicant applicant = FollowUpTestData.applicant(other);
        Decided help = decide(other, applicant.citizenId(), NO_POTENTIAL, hygiene(today, null));
        long id = awaitOpen(other, jdbc, help.grantKey(), "CASEWORKER_INTERVAL").get("id").asLong();

        Response refused = caseworker.get("/api/v1/follow-ups?caseworker=visitator2&all=true");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'visitator' and action = 'ACCESS_DENIED' and resource = 'follow-up-queue' and resource_id = 'visitator2'")
                .query(Long.class).single()).isPositive();
        assertThat(ids(other.get("/api/v1/follow-ups?all=true").json())).contains(id);
        assertThat(ids(ApiClient.as(port, "leder").get("/api/v1/follow-ups?caseworker=visitator2&all=true").json())).contains(id);
        assertThat(ids(caseworker.get("/api/v1/follow-ups?all=true").json())).doesNotContain(id);
        // another municipality's caseworker reads as one that does not exist, not as an empty queue
        Response foreign = ApiClient.as(port, "leder").get("/api/v1/follow-ups?caseworker=visitator-esbjerg&all=true");
        Response nobody = ApiClient.as(port, "leder").get("/api/v1/follow-ups?caseworker=ingen-saadan&all=true");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(foreign.json().get("detail").asText()).isEqualTo("Der er ingen visitator med brugernavnet „visitator-esbjerg“ i kommunen.");

        // a leader reassigns it; the caseworker then has it
        int version = other.get("/api/v1/follow-ups/" + id).json().get("version").asInt();
        assertThat(caseworker.put("/api/v1/follow-ups/" + id + "/caseworker",
                json(map("caseworker", "visitator", "version", version))).status()).isEqualTo(403);
        Response unknown = ApiClient.as(port, "leder").put("/api/v1/follow-ups/" + id + "/caseworker",
                json(map("caseworker", "visitator-esbjerg", "version", version)));
        assertThat(unknown.status()).isEqualTo(400);
        Response moved = ApiClient.as(port, "leder").put("/api/v1/follow-ups/" + id + "/caseworker",
                json(map("caseworker", "visitator", "version", version)));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(ids(caseworker.get("/api/v1/follow-ups?all=true").json())).contains(id);
    }

    @Test
    void citizensWithoutAFollowUpForFourYearsComeFirst() {
        ApiClient koordinatorsCaseworker = ApiClient.as(port, "visitator2");
        // exactly 4 years since the last follow-up: first
        long exactly = withLastFollowUp(koordinatorsCaseworker, today.minusYears(4));
        // a day short of 4 years: by due day
        long dayShort = withLastFollowUp(koordinatorsCaseworker, today.minusYears(4).plusDays(1));
        // no follow-up, first grant 4 years and a day ago: first
        Decided old = decide(koordinatorsCaseworker, FollowUpTestData.applicant(koordinatorsCaseworker).citizenId(),
                NO_POTENTIAL, hygiene(today, null));
        long oldId = awaitOpen(koordinatorsCaseworker, jdbc, old.grantKey(), "CASEWORKER_INTERVAL").get("id").asLong();
        jdbc.sql("update decision_grant set start_on = ? where grant_key = ?").params(today.minusYears(4).minusDays(1), old.grantKey()).update();
        // a new citizen whose follow-up is due tomorrow
        Decided soon = decide(koordinatorsCaseworker, FollowUpTestData.applicant(koordinatorsCaseworker).citizenId(),
                NO_POTENTIAL, hygiene(today, null));
        long soonId = awaitOpen(koordinatorsCaseworker, jdbc, soon.grantKey(), "CASEWORKER_INTERVAL").get("id").asLong();
        jdbc.sql("update follow_up set due_on = ? where id = ?").params(today.plusDays(1), soonId).update();

        JsonNode all = koordinatorsCaseworker.get("/api/v1/follow-ups?all=true").json();
        assertThat(all.get("longWithoutYears").asInt()).isEqualTo(4);
        List<Long> order = ids(all).stream().filter(i -> List.of(exactly, dayShort, oldId, soonId).contains(i)).toList();
        assertThat(order).containsExactly(exactly, oldId, soonId, dayShort);
        JsonNode first = line(all, exactly);
        assertThat(first.get("longWithoutFollowUp").asBoolean()).isTrue();
        assertThat(first.get("lastFollowUpOn").asText()).isEqualTo(today.minusYears(4).toString());
        assertThat(line(all, dayShort).get("longWithoutFollowUp").asBoolean()).isFalse();
        assertThat(line(all, soonId).get("urgency").asText()).isEqualTo("DUE_SOON");
        // every long-without line comes before every other line
        List<Boolean> flags = StreamSupport.stream(all.get("lines").spliterator(), false)
                .map(l -> l.get("longWithoutFollowUp").asBoolean()).toList();
        assertThat(flags.indexOf(false) == -1 || !flags.subList(flags.indexOf(false), flags.size()).contains(true)).isTrue();

        // the default queue: the long-without ones and those due within 14 days, not the one due in 12 months
        List<Long> due = ids(koordinatorsCaseworker.get("/api/v1/follow-ups").json());
        assertThat(due).contains(exactly, oldId, soonId).doesNotContain(dayShort);
    }

    /** A citizen with an open follow-up (due in 12 months) whose last completed follow-up was on {@code day}. */
    private long withLastFollowUp(ApiClient user, LocalDate day) {
        Decided help = decide(user, FollowUpTestData.applicant(user).citizenId(), NO_POTENTIAL, hygiene(today, null));
        long id = awaitOpen(user, jdbc, help.grantKey(), "CASEWORKER_INTERVAL").get("id").asLong();
        jdbc.sql("""
                        insert into follow_up (municipality_id, citizen_id, decision_id, grant_key, intervention_name, rule,
                            rule_source, base_on, interval_months, due_on, caseworker, status, result, completed_on,
                            completed_at, completed_by, created_at, created_by, modified_at, modified_by)
                        select municipality_id, citizen_id, decision_id, grant_key, intervention_name, rule, rule_source,
                            ? - 12 * interval '1 month', 12, ?, caseworker, 'COMPLETED', 'CONTINUE', ?, now(), caseworker,
                            now(), 'test', now(), 'test'
                        from follow_up where id = ?""")
                .params(day, day, day, id).update();
        return id;
    }

    private Response complete(long id, String result, String note, int version) {
        return caseworker.post("/api/v1/follow-ups/" + id + "/completion",
                json(map("result", result, "note", note, "version", version)));
    }

    private Response interval(long id, int months, int version) {
        return caseworker.put("/api/v1/follow-ups/" + id + "/interval", json(map("months", months, "version", version)));
    }

    private static List<Long> ids(JsonNode queue) {
        return StreamSupport.stream(queue.get("lines").spliterator(), false)
                .map(l -> l.get("followUp").get("id").asLong()).toList();
    }

    private static JsonNode line(JsonNode queue, long id) {
        return StreamSupport.stream(queue.get("lines").spliterator(), false)
                .filter(l -> l.get("followUp").get("id").asLong() == id).findFirst().orElseThrow();
    }
}
