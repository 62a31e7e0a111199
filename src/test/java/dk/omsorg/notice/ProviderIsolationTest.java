package dk.omsorg.notice;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider user reaches only its own notices and the citizens it serves. Every provider endpoint
 * that takes an id — notice, citizen, grant — is tried by another provider, with made-up ids, and by
 * municipal staff: 403, audited, nothing changed. And what the provider does see of its own citizen is
 * only what it needs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProviderIsolationTest {

    private static final long NO_SUCH_ID = 987_654_321L;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient caseworker;
    ApiClient providerA;
    ApiClient providerB;
    Granted granted;
    long noticeId;
    long reportId;

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator");
        providerA = ApiClient.as(port, "leverandor-a");
        providerB = ApiClient.as(port, "leverandor-b");
        granted = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", DecisionTestData.today());
        noticeId = NoticeTestData.awaitNotice(jdbc, granted.decisionId(), granted.providerId());
        Response report = providerA.post("/api/v1/provider/citizens/" + granted.citizenId() + "/notices",
                json(map("kind", "CONDITION_CHANGED", "text", "Borgeren er blevet mere urolig om natten.")));
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        reportId = report.json().get("id").asLong();
    }

    /** A row count of what another provider might try to change. */
    private record State(long acknowledged, long started, long fromProvider) {
    }

    private State state() {
        return new State(
                jdbc.sql("select count(*) from notice where id = ? and acknowledged_at is not null").param(noticeId).query(Long.class).single(),
                jdbc.sql("select count(*) from grant_start where grant_key = ? and started_on is not null").param(granted.grantKey()).query(Long.class).single(),
                jdbc.sql("select count(*) from notice where citizen_id = ? and direction = 'FROM_PROVIDER'").param(granted.citizenId()).query(Long.class).single());
    }

    private static void forbidden(Response response, String what) {
        assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(403);
        assertThat(response.contentType()).as(what).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).as(what).isEqualTo("Du har ikke adgang til dette.");
    }

    @Test
    void anotherProviderGets403OnEveryApiEndpointWithAnIdAndEachAttemptIsAudited() {
        State before = state();
        long audit = NoticeTestData.lastAuditId(jdbc);
        String citizen = "/api/v1/provider/citizens/" + granted.citizenId();
        String grantStart = "/api/v1/provider/grants/" + granted.grantKey() + "/start";

        forbidden(providerB.get("/api/v1/provider/notices/" + noticeId), "read A's notice");
        forbidden(providerB.post("/api/v1/provider/notices/" + noticeId + "/acknowledgement", ""), "acknowledge A's notice");
        forbidden(providerB.get("/api/v1/provider/notices/" + reportId), "read A's notice to the authority");
        forbidden(providerB.get(citizen), "read A's citizen");
        forbidden(providerB.post(citizen + "/notices", json(map("kind", "DEATH", "text", "Falsk"))), "notify about A's citizen");
        forbidden(providerB.post(grantStart, json(map("startedOn", DecisionTestData.today().toString()))), "start A's grant");

        assertThat(state()).isEqualTo(before);
        assertThat(NoticeTestData.denied(jdbc, "leverandor-b", audit)).containsExactly(
                "notice:" + noticeId, "notice:" + noticeId, "notice:" + reportId,
                "provider-citizen:" + granted.citizenId(), "provider-citizen:" + granted.citizenId(),
                "grant-start:" + granted.grantKey());
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'leverandor-b' and action <> 'ACCESS_DENIED' and citizen_id = ?")
                .param(granted.citizenId()).query(Long.class).single()).as("nothing read or changed").isZero();
    }

    @Test
    void anotherProvidersListsDoNotShowTheCitizenOrItsNotices() {
        assertThat(providerB.get("/api/v1/provider/notices").body()).doesNotContain("\"id\":" + noticeId + ",");
        assertThat(providerB.get("/api/v1/provider/citizens").json()).noneSatisfy(c ->
                assertThat(c.get("id").asLong()).isEqualTo(granted.citizenId()));
        assertThat(providerB.get("/api/v1/provider/starts").json()).noneSatisfy(s ->
                assertThat(s.get("grantKey").asText()).isEqualTo(granted.grantKey().toString()));
        assertThat(providerB.get("/api/v1/provider/sent-notices").json()).noneSatisfy(n ->
                assertThat(n.get("id").asLong()).isEqualTo(reportId));
        // while the provider that delivers sees them
        assertThat(providerA.get("/api/v1/provider/citizens").json()).anySatisfy(c ->
                assertThat(c.get("id").asLong()).isEqualTo(granted.citizenId()));
    }

    @Test
    void madeUpIdsGet403NotNotFoundSoGuessingTellsNothing() {
        long audit = NoticeTestData.lastAuditId(jdbc);
        UUID noSuchGrant = UUID.randomUUID();

        forbidden(providerA.get("/api/v1/provider/notices/" + NO_SUCH_ID), "no such notice");
        forbidden(providerA.post("/api/v1/provider/notices/" + NO_SUCH_ID + "/acknowledgement", ""), "acknowledge no such notice");
        forbidden(providerA.get("/api/v1/provider/citizens/" + NO_SUCH_ID), "no such citizen");
        forbidden(providerA.post("/api/v1/provider/citizens/" + NO_SUCH_ID + "/notices", json(map("kind", "DEATH", "text", "x"))),
                "notify about no such citizen");
        forbidden(providerA.post("/api/v1/provider/grants/" + noSuchGrant + "/start", json(map("startedOn", "2025-01-01"))),
                "start no such grant");

        assertThat(NoticeTestData.denied(jdbc, "leverandor-a", audit)).hasSize(5);
    }

    @Test
    void aCitizenServedByTheMunicipalProviderIsNotTheProvidersAndNeitherIsAGrantItDoesNotDeliver() {
        long municipal = jdbc.sql("select id from provider where municipality_id = 253 and kind = 'MUNICIPAL' order by id limit 1")
                .query(Long.class).single();
        // a second grant for A's citizen, delivered by the municipal provider
        LocalDate today = DecisionTestData.today();
        Map<String, Object> cleaning = DecisionTestData.with(DecisionTestData.grant("rh-bad", 1, "WEEK", "DAY", 20,
                today, null), "goals", "Aftenbad", "provider", map("providerId", municipal, "kind", "SELECTED_BY_MUNICIPALITY",
                "reason", "Hjemmeplejen har aftenvagten"));
        Response other = caseworker.post("/api/v1/decisions", json(map("citizenId", granted.citizenId(),
                "appliedFor", "Aftenbad", "grants", List.of(cleaning))));
        assertThat(other.status()).as(other.body()).isEqualTo(201);
        String otherKey = other.json().get("grants").get(0).get("grantKey").asText();
        NoticeTestData.awaitNotice(jdbc, other.json().get("id").asLong(), municipal);

        Response view = providerA.get("/api/v1/provider/citizens/" + granted.citizenId());
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.json().get("grants")).hasSize(1);
        assertThat(view.json().get("grants").get(0).get("grant").get("grantKey").asText()).isEqualTo(granted.grantKey().toString());
        assertThat(view.body()).doesNotContain(otherKey).doesNotContain("Aftenbad");
        // and A cannot report on, or start, the municipal provider's grant
        forbidden(providerA.post("/api/v1/provider/citizens/" + granted.citizenId() + "/notices",
                json(map("kind", "CANNOT_DELIVER", "grantKey", otherKey, "text", "x"))), "report on another provider's grant");
        forbidden(providerA.post("/api/v1/provider/grants/" + otherKey + "/start",
                json(map("startedOn", today.toString()))), "start another provider's grant");

        // a citizen only the municipal provider serves
        DecisionTestData.Applicant applicant = NoticeTestData.applicant(caseworker,
                NoticeTestData.districtOf(jdbc, municipal), "Kommunal Karen", today);
        Response decided = caseworker.post("/api/v1/decisions", json(map("citizenId", applicant.citizenId(),
                "inquiryId", applicant.inquiryId(), "grants", List.of(NoticeTestData.bath(today, municipal)))));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        forbidden(providerA.get("/api/v1/provider/citizens/" + applicant.citizenId()), "a citizen A does not serve");
    }

    @Test
    void aGrantEndedLongerAgoThanRecentlyEndedNoLongerGivesAccess() {
        LocalDate today = DecisionTestData.today();
        long providerId = granted.providerId();
        // ended 1 month ago: still readable (to finish documentation and answer the authority)
        DecisionTestData.Applicant recent = NoticeTestData.applicant(caseworker, NoticeTestData.districtOf(jdbc, providerId),
                "Nylig Nanna", today);
        Response r = caseworker.post("/api/v1/decisions", json(map("citizenId", recent.citizenId(), "inquiryId", recent.inquiryId(),
                "grants", List.of(DecisionTestData.with(NoticeTestData.bath(today.minusMonths(2), providerId),
                        "end", today.minusMonths(1).toString())))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        // ended 4 months ago: no longer (omsorg.provider.recently-ended = P3M)
        DecisionTestData.Applicant old = NoticeTestData.applicant(caseworker, NoticeTestData.districtOf(jdbc, providerId),
                "Gammel Gorm", today);
        Response o = caseworker.post("/api/v1/decisions", json(map("citizenId", old.citizenId(), "inquiryId", old.inquiryId(),
                "grants", List.of(DecisionTestData.with(NoticeTestData.bath(today.minusMonths(5), providerId),
                        "end", today.minusMonths(4).toString())))));
        assertThat(o.status()).as(o.body()).isEqualTo(201);

        assertThat(providerA.get("/api/v1/provider/citizens/" + recent.citizenId()).status()).isEqualTo(200);
        forbidden(providerA.get("/api/v1/provider/citizens/" + old.citizenId()), "grant ended 4 months ago");
    }

    @Test
    void municipalStaffGet403OnTheProviderEndpointsAndProvidersOnTheMunicipalOnes() {
        forbidden(caseworker.get("/api/v1/provider/notices"), "caseworker on the inbox");
        forbidden(caseworker.get("/api/v1/provider/notices/" + noticeId), "caseworker on a provider's notice");
        forbidden(caseworker.post("/api/v1/provider/notices/" + noticeId + "/acknowledgement", ""), "caseworker acknowledging for the provider");
        forbidden(caseworker.get("/api/v1/provider/citizens/" + granted.citizenId()), "caseworker on the provider's citizen view");

        forbidden(providerA.get("/api/v1/citizens/" + granted.citizenId()), "provider on the municipal citizen");
        forbidden(providerA.get("/api/v1/citizens/" + granted.citizenId() + "/assessments"), "provider on assessments");
        forbidden(providerA.get("/api/v1/decisions/" + granted.decisionId()), "provider on the decision");
        forbidden(providerA.get("/api/v1/citizens/" + granted.citizenId() + "/notices"), "provider on the caseworker's notice view");
        forbidden(providerA.get("/api/v1/notices/unacknowledged"), "provider on the caseworker's list");
        forbidden(providerA.post("/api/v1/notices/" + reportId + "/acknowledgement", ""), "provider acknowledging as caseworker");
        // an Esbjerg caseworker does not see Greve's notices: the citizen reads as one that does not exist (issue 14)
        assertThat(ApiClient.as(port, "visitator-esbjerg").get("/api/v1/citizens/" + granted.citizenId() + "/notices")
                .status()).as("another municipality").isEqualTo(404);
        assertThat(ApiClient.as(port, "visitator-esbjerg").get("/api/v1/notices/unacknowledged").body())
                .doesNotContain("\"id\":" + noticeId + ",");
    }

    @Test
    void everyProviderPageWithAnIdIsForbiddenToAnotherProvider() {
        WebSession b = WebSession.logIn(port, "leverandor-b");
        assertThat(b.get("/provider/inbox").status()).isEqualTo(200);
        State before = state();

        assertThat(b.get("/provider/notices/" + noticeId).status()).isEqualTo(403);
        assertThat(b.get("/provider/citizens/" + granted.citizenId()).status()).isEqualTo(403);
        assertThat(b.get("/provider/notices/" + NO_SUCH_ID).status()).isEqualTo(403);
        assertThat(b.get("/provider/citizens/" + NO_SUCH_ID).status()).isEqualTo(403);
        b.get("/provider/inbox");
        assertThat(b.post("/provider/notices/" + noticeId + "/acknowledge", List.of()).status()).isEqualTo(403);
        b.get("/provider/inbox");
        assertThat(b.post("/provider/citizens/" + granted.citizenId() + "/notices",
                List.of(Map.entry("kind", "DEATH"), Map.entry("text", "Falsk"))).status()).isEqualTo(403);
        b.get("/provider/inbox");
        assertThat(b.post("/provider/grants/" + granted.grantKey() + "/start",
                List.of(Map.entry("startedOn", DecisionTestData.today().toString()))).status()).isEqualTo(403);
        WebSession.Page page = b.get("/provider/citizens/" + granted.citizenId());
        // (a browser gets the Danish 403 page, see ProviderNoticeJourneyTest)
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).doesNotContain("Advis Åse Ørum").doesNotContain("Advisvej");

        assertThat(state()).isEqualTo(before);
        // the 403s above are refusals, not a stale CSRF token: the same kind of token logs out
        b.get("/provider/inbox");
        assertThat(b.post("/logout", List.of()).status()).isEqualTo(302);
    }
}
