package dk.omsorg.decision;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.TaskEvents;
import dk.omsorg.support.TestCitizens;
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
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.today;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Decision authority (bevillingskompetence) over real HTTP, with Ikast-Brande's catalogue (seed 001): botilbud and BPA
 * are the visitation committee's, a stay on an akutplads the leader's, the rest the caseworker's. Above the
 * caseworker's authority a decision is a recommendation (indstilling) until the leader approves it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecommendationApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    ApiClient caseworker;
    ApiClient leader;
    TaskEvents events;

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator-ikast");
        leader = ApiClient.as(port, "leder-ikast");
        events = TaskEvents.attach(context);
    }

    @AfterEach
    void detach() {
        events.close();
    }

    private long[] applicant(String request, String legalBasis) {
        Response inquiry = caseworker.post("/api/v1/inquiries", json(map("cprNumber", TestCitizens.newCpr(),
                "citizenName", "Indstilling Ida Ørsted", "address", "Østergade 8, 7430 Ikast", "district", "ikast", "source", "CITIZEN",
                "receivedAt", "2025-01-06T10:00:00+01:00", "request", request, "legalBasis", legalBasis,
                "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        return new long[]{inquiry.json().get("citizenId").asLong(), inquiry.json().get("id").asLong()};
    }

    private static Map<String, Object> botilbud() {
        return with(grant("midlertidigt-ophold-i-botilbud", null, null, null, null, today(), null),
                "place", "Regionens botilbud", "overrideReason", "Konkret vurdering.");
    }

    private static String decision(long[] a, String letterChannel, Map<String, Object> grant) {
        return json(map("citizenId", a[0], "inquiryId", a[1], "letterChannel", letterChannel, "grants", List.of(grant)));
    }

    private long decisionsOf(long citizenId) {
        return jdbc.sql("select count(*) from decision where citizen_id = ?").param(citizenId).query(Long.class).single();
    }

    private long noticesOf(long citizenId) {
        return jdbc.sql("select count(*) from notice where citizen_id = ?").param(citizenId).query(Long.class).single();
    }

    private Response approve(ApiClient who, JsonNode recommendation) {
        return who.post("/api/v1/recommendations/" + recommendation.get("id").asLong() + "/approval",
                json(map("version", recommendation.get("version").asInt())));
    }

    @Test
    void aCommitteeDecisionIsARecommendationWithoutLetterUntilTheLeaderApprovesItAndThenItIsTheDecisionWithItsLetter() {
        long[] a = applicant("Midlertidigt botilbud", "SEL § 107");
        long oerbaeklund = jdbc.sql("select id from provider where municipality_id = 756 and code = 'ikast-brande-oerbaeklund'")
                .query(Long.class).single();
        Map<String, Object> withProvider = with(botilbud(), "provider", map("providerId", oerbaeklund,
                "kind", "SELECTED_BY_MUNICIPALITY", "reason", "Ledig plads"));
        Response recommended = caseworker.post("/api/v1/decisions", decision(a, "PAPER", withProvider));

        assertThat(recommended.status()).as(recommended.body()).isEqualTo(202);
        JsonNode r = recommended.json();
        assertThat(recommended.location()).endsWith("/api/v1/recommendations/" + r.get("id").asLong());
        assertThat(r.get("status").asText()).isEqualTo("PENDING");
        assertThat(r.get("decidedBy").asText()).isEqualTo("COMMITTEE");
        assertThat(r.get("committee").asText()).isEqualTo("visitationsudvalget");
        assertThat(r.get("recommendedBy").asText()).isEqualTo("visitator-ikast");
        // not a decision: no version, no letter, no grant in force, the inquiry still open
        assertThat(decisionsOf(a[0])).isZero();
        assertThat(caseworker.get("/api/v1/citizens/" + a[0] + "/decisions").json().get("currentGrants")).isEmpty();
        assertThat(caseworker.get("/api/v1/inquiries/" + a[1]).json().get("status").asText()).isNotEqualTo("CLOSED");
        String key = "recommendation:" + r.get("id").asLong();
        TaskRequested task = events.requested(TaskKind.DECISION_APPROVAL, key).get(0);
        assertThat(task.ownerRole()).isEqualTo("LEADER");
        assertThat(task.ownerUser()).isNull();
        assertThat(task.link()).isEqualTo("/recommendations/" + r.get("id").asLong());
        assertThat(task.title()).isEqualTo("Godkend indstilling: Midlertidigt botilbud");
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> noticesOf(a[0]) == 0);

        Response approved = approve(leader, r);
        assertThat(approved.status()).as(approved.body()).isEqualTo(201);
        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.json().get("handledBy").asText()).isEqualTo("leder-ikast");
        long decisionId = approved.json().get("decisionId").asLong();
        assertThat(approved.location()).endsWith("/api/v1/decisions/" + decisionId);

        JsonNode made = leader.get("/api/v1/decisions/" + decisionId).json();
        assertThat(made.get("grants").get(0).get("interventionCode").asText()).isEqualTo("midlertidigt-ophold-i-botilbud");
        assertThat(made.get("letter").get("available").asBoolean()).isTrue();
        JsonNode approval = made.get("approval");
        assertThat(approval.get("recommendedBy").asText()).isEqualTo("visitator-ikast");
        assertThat(approval.get("approvedBy").asText()).isEqualTo("leder-ikast");
        assertThat(approval.get("approvedAt").isNull()).isFalse();
        assertThat(approval.get("approvedAs").asText()).isEqualTo("visitationsudvalget");
        assertThat(approval.get("letterChannel").asText()).isEqualTo("PAPER");
        assertThat(jdbc.sql("select letter_channel from decision where id = ?").param(decisionId).query(String.class).single())
                .isEqualTo("PAPER");
        byte[] pdf = caseworker.download("/api/v1/decisions/" + decisionId + "/letter").body();
        assertThat(DecisionTestData.pdfText(pdf)).contains("Regionens botilbud")
                .contains("Afgørelsen er truffet af visitationsudvalget efter indstilling fra din sagsbehandler.")
                .contains("Ib Leder Leder af myndighed, Ikast-Brande Kommune");
        assertThat(caseworker.get("/api/v1/inquiries/" + a[1]).json().get("status").asText()).isEqualTo("CLOSED");
        // the provider is told only now, of the approved decision
        await().atMost(Duration.ofSeconds(10)).until(() -> noticesOf(a[0]) == 1);
        assertThat(events.done(TaskKind.DECISION_APPROVAL, key)).hasSize(1);
        assertThat(jdbc.sql("select detail from audit_event where resource = 'decision-recommendation' and resource_id = ?"
                        + " and action = 'UPDATE'").param(String.valueOf(r.get("id").asLong())).query(String.class).list())
                .containsExactly("indstilling godkendt for visitationsudvalget");

        // approving twice: a Danish error, nothing changed
        Response twice = approve(leader, approved.json());
        assertThat(twice.status()).as(twice.body()).isEqualTo(409);
        assertThat(twice.json().get("detail").asText()).isEqualTo("Indstillingen er allerede godkendt. Se afgørelsen.");
        assertThat(decisionsOf(a[0])).isEqualTo(1);
    }

    /** Refusing what the committee grants is the committee's decision too; a refusal within authority is not. */
    @Test
    void aCaseworkersRefusalOfACommitteesOfferIsARecommendationUntilTheLeaderApprovesIt() {
        long[] a = applicant("Midlertidigt botilbud", "SEL § 107");
        Response refused = caseworker.post("/api/v1/decisions", json(map("citizenId", a[0], "inquiryId", a[1],
                "refusals", List.of(map("interventionCode", "midlertidigt-ophold-i-botilbud",
                        "reason", "Behovet kan dækkes af støtte i eget hjem.")))));
        assertThat(refused.status()).as(refused.body()).isEqualTo(202);
        JsonNode r = refused.json();
        assertThat(r.get("committee").asText()).isEqualTo("visitationsudvalget");
        assertThat(decisionsOf(a[0])).isZero();

        Response approved = approve(leader, r);
        assertThat(approved.status()).as(approved.body()).isEqualTo(201);
        assertThat(decisionsOf(a[0])).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from decision_refusal r join decision d on d.id = r.decision_id "
                + "where d.citizen_id = ? and r.intervention_code = 'midlertidigt-ophold-i-botilbud'").param(a[0])
                .query(Long.class).single()).isEqualTo(1);

        // a refusal the caseworker may make alone is a decision at once
        long[] b = applicant("Støtte i hjemmet", "SEL § 85");
        String own = "socialpaedagogisk-stoette-individuel";
        Response mine = caseworker.post("/api/v1/decisions", json(map("citizenId", b[0], "inquiryId", b[1],
                "refusals", List.of(map("interventionCode", own, "reason", "Behovet er dækket.")))));
        assertThat(mine.status()).as(mine.body()).isEqualTo(201);
    }

    @Test
    void aReturnedRecommendationGoesBackToTheCaseworkerWithTheReasonAndIsNoDecision() {
        long[] a = applicant("Midlertidigt botilbud", "SEL § 107");
        JsonNode r = caseworker.post("/api/v1/decisions", decision(a, null, botilbud())).json();
        String path = "/api/v1/recommendations/" + r.get("id").asLong() + "/return";

        Response noReason = leader.post(path, json(map("version", r.get("version").asInt(), "reason", " ")));
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(noReason.body()).contains("Skriv, hvorfor indstillingen returneres.");
        Response byCaseworker = caseworker.post(path, json(map("version", r.get("version").asInt(), "reason", "Nej")));
        assertThat(byCaseworker.status()).isEqualTo(403);

        Response returned = leader.post(path, json(map("version", r.get("version").asInt(),
                "reason", "Udvalget mangler lægens udtalelse.")));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.json().get("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.json().get("returnReason").asText()).isEqualTo("Udvalget mangler lægens udtalelse.");
        TaskRequested back = events.requested(TaskKind.RECOMMENDATION_RETURNED, "recommendation-returned:" + r.get("id").asLong()).get(0);
        assertThat(back.ownerUser()).isEqualTo("visitator-ikast");
        assertThat(back.title()).isEqualTo("Indstilling returneret: Midlertidigt botilbud");
        assertThat(events.done(TaskKind.DECISION_APPROVAL, "recommendation:" + r.get("id").asLong())).hasSize(1);
        assertThat(decisionsOf(a[0])).isZero();

        Response approveReturned = approve(leader, returned.json());
        assertThat(approveReturned.status()).isEqualTo(409);
        assertThat(approveReturned.json().get("detail").asText()).isEqualTo("Indstillingen er allerede returneret til sagsbehandleren.");
        assertThat(decisionsOf(a[0])).isZero();
    }

    @Test
    void theLeaderCannotApproveTheOwnRecommendationAndAStaleVersionIs409() {
        long[] a = applicant("Midlertidigt botilbud", "SEL § 107");
        // the committee's authority is above the leader's own: the leader recommends too
        Response own = leader.post("/api/v1/decisions", decision(a, null, botilbud()));
        assertThat(own.status()).as(own.body()).isEqualTo(202);
        JsonNode r = own.json();

        Response self = approve(leader, r);
        assertThat(self.status()).as(self.body()).isEqualTo(400);
        assertThat(self.body()).contains("Du kan ikke selv godkende eller returnere en indstilling, du har lavet.");
        Response stale = leader.post("/api/v1/recommendations/" + r.get("id").asLong() + "/approval",
                json(map("version", r.get("version").asInt() + 1)));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(leader.get("/api/v1/recommendations/" + r.get("id").asLong()).json().get("status").asText())
                .isEqualTo("PENDING");
        assertThat(decisionsOf(a[0])).isZero();
        Response byCaseworker = approve(caseworker, r);
        assertThat(byCaseworker.status()).isEqualTo(403);
        assertThat(decisionsOf(a[0])).isZero();
    }

    @Test
    void theLeaderDecidesAcuteHelpAtOnceWhichTheCaseworkerRecommends() {
        Map<String, Object> akutplads = with(grant("akut-overnatning", 1, "WEEK", null, 60, today(), today().plusWeeks(4)),
                "overrideReason", "Akut opstået situation.");
        long[] a = applicant("Akut overnatning", "SEL § 82 c");
        Response recommended = caseworker.post("/api/v1/decisions", decision(a, null, akutplads));
        assertThat(recommended.status()).as(recommended.body()).isEqualTo(202);
        assertThat(recommended.json().get("decidedBy").asText()).isEqualTo("LEADER");
        assertThat(recommended.json().get("committee").isNull()).isTrue();

        long[] b = applicant("Akut overnatning", "SEL § 82 c");
        Response atOnce = leader.post("/api/v1/decisions", decision(b, null, akutplads));
        assertThat(atOnce.status()).as(atOnce.body()).isEqualTo(201);
        assertThat(atOnce.json().get("letter").get("available").asBoolean()).isTrue();
        assertThat(atOnce.json().get("approval").get("approvedBy").isNull()).isTrue();
        String letter = DecisionTestData.pdfText(leader.download("/api/v1/decisions/" + atOnce.json().get("id").asLong()
                + "/letter").body());
        assertThat(letter).contains("Ib Leder Leder af myndighed, Ikast-Brande Kommune").doesNotContain("efter indstilling");
    }

    @Test
    void aDecisionWithinTheCaseworkersAuthorityIsMadeAtOnceAndKeepsItsLetterChannel() {
        Map<String, Object> support = with(grant("socialpaedagogisk-stoette-individuel", 1, "WEEK", null, 60, today(), null),
                "overrideReason", "Konkret vurdering.");
        long[] a = applicant("Socialpædagogisk støtte", "SEL § 85");
        Response unknown = caseworker.post("/api/v1/decisions", decision(a, "FAX", support));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("letterChannel");
        assertThat(decisionsOf(a[0])).isZero();

        Response paper = caseworker.post("/api/v1/decisions", decision(a, "PAPER", support));
        assertThat(paper.status()).as(paper.body()).isEqualTo(201);
        assertThat(paper.json().get("approval").get("letterChannel").asText()).isEqualTo("PAPER");
        assertThat(paper.json().get("approval").get("approvedBy").isNull()).isTrue();
        assertThat(paper.json().get("letter").get("available").asBoolean()).isTrue();

        long[] b = applicant("Socialpædagogisk støtte", "SEL § 85");
        Response digital = caseworker.post("/api/v1/decisions", decision(b, null, support));
        assertThat(digital.status()).as(digital.body()).isEqualTo(201);
        assertThat(jdbc.sql("select letter_channel from decision where id = ?").param(digital.json().get("id").asLong())
                .query(String.class).single()).isEqualTo("DIGITAL");
    }
}
