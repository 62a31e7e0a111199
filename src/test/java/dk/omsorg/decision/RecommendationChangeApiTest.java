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

import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.today;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decision authority on a change of a decision, over real HTTP with Ikast-Brande's catalogue (seed 001: botilbud is
 * the visitation committee's): a caseworker's change of the committee's grant is a recommendation until the leader
 * approves it; a change that leaves the committee's grant as it is stays the caseworker's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecommendationChangeApiTest {

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

    private static Map<String, Object> botilbud() {
        return with(grant("midlertidigt-ophold-i-botilbud", null, null, null, null, today(), null),
                "place", "Regionens botilbud", "overrideReason", "Konkret vurdering.");
    }

    /** A citizen with the committee's botilbud decided: recommended by the caseworker, approved by the leader. */
    private JsonNode committeeDecision() {
        Response inquiry = caseworker.post("/api/v1/inquiries", json(map("cprNumber", TestCitizens.newCpr(),
                "citizenName", "Ændring Erik Ørsted", "address", "Østergade 8, 7430 Ikast", "district", "ikast",
                "source", "CITIZEN", "receivedAt", "2025-01-06T10:00:00+01:00", "request", "Midlertidigt botilbud",
                "legalBasis", "SEL § 107", "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        JsonNode r = caseworker.post("/api/v1/decisions", json(map("citizenId", inquiry.json().get("citizenId").asLong(),
                "inquiryId", inquiry.json().get("id").asLong(), "grants", List.of(botilbud())))).json();
        Response approved = approve(r);
        assertThat(approved.status()).as(approved.body()).isEqualTo(201);
        return leader.get("/api/v1/decisions/" + approved.json().get("decisionId").asLong()).json();
    }

    private Response approve(JsonNode recommendation) {
        return leader.post("/api/v1/recommendations/" + recommendation.get("id").asLong() + "/approval",
                json(map("version", recommendation.get("version").asInt())));
    }

    private long versionsOf(long citizenId) {
        return jdbc.sql("select count(*) from decision where citizen_id = ?").param(citizenId).query(Long.class).single();
    }

    @Test
    void aCaseworkersChangeOfTheCommitteesGrantIsARecommendationAndOnlyApprovalMakesTheNewVersionWithItsLetter() {
        JsonNode first = committeeDecision();
        long citizenId = first.get("citizenId").asLong();
        long firstId = first.get("id").asLong();
        String key = first.get("grants").get(0).get("grantKey").asText();

        Response recommended = caseworker.post("/api/v1/decisions/" + firstId + "/changes", json(map(
                "version", first.get("version").asInt(), "reasoning", "Opholdet forlænges ikke ud over 8 uger.",
                "grants", List.of(with(botilbud(), "grantKey", key, "place", "Ørbæklund", "end",
                        today().plusWeeks(8).toString())))));

        assertThat(recommended.status()).as(recommended.body()).isEqualTo(202);
        JsonNode r = recommended.json();
        assertThat(r.get("status").asText()).isEqualTo("PENDING");
        assertThat(r.get("committee").asText()).isEqualTo("visitationsudvalget");
        assertThat(r.get("changesDecisionId").asLong()).isEqualTo(firstId);
        // no new version, no letter: the committee's grant stands as decided
        assertThat(versionsOf(citizenId)).isEqualTo(1);
        JsonNode stillCurrent = caseworker.get("/api/v1/decisions/" + firstId).json();
        assertThat(stillCurrent.get("supersededByDecisionId").isNull()).isTrue();
        assertThat(stillCurrent.get("grants").get(0).get("end").isNull()).isTrue();
        TaskRequested task = events.requested(TaskKind.DECISION_APPROVAL, "recommendation:" + r.get("id").asLong()).get(0);
        assertThat(task.ownerRole()).isEqualTo("LEADER");
        assertThat(task.link()).isEqualTo("/recommendations/" + r.get("id").asLong());
        assertThat(task.title()).isEqualTo("Godkend indstilling om ændring: Midlertidigt botilbud");

        Response approved = approve(r);
        assertThat(approved.status()).as(approved.body()).isEqualTo(201);
        long nextId = approved.json().get("decisionId").asLong();
        JsonNode next = leader.get("/api/v1/decisions/" + nextId).json();
        assertThat(next.get("versionNo").asInt()).isEqualTo(2);
        assertThat(next.get("supersedesDecisionId").asLong()).isEqualTo(firstId);
        assertThat(next.get("grants").get(0).get("grantKey").asText()).isEqualTo(key);
        assertThat(next.get("grants").get(0).get("end").asText()).isEqualTo(today().plusWeeks(8).toString());
        assertThat(next.get("letter").get("available").asBoolean()).isTrue();
        assertThat(next.get("approval").get("recommendedBy").asText()).isEqualTo("visitator-ikast");
        assertThat(next.get("approval").get("approvedBy").asText()).isEqualTo("leder-ikast");
        assertThat(next.get("approval").get("approvedAs").asText()).isEqualTo("visitationsudvalget");
        assertThat(leader.get("/api/v1/decisions/" + firstId).json().get("supersededByDecisionId").asLong())
                .isEqualTo(nextId);
        assertThat(versionsOf(citizenId)).isEqualTo(2);
    }

    @Test
    void aMinorAdjustmentOfTheCommitteesGrantIsARecommendationToo() {
        JsonNode first = committeeDecision();
        String key = first.get("grants").get(0).get("grantKey").asText();
        Response adjusted = caseworker.post("/api/v1/decisions/" + first.get("id").asLong() + "/changes", json(map(
                "version", first.get("version").asInt(), "minorAdjustment", true, "reasoning", "Justering.",
                "grants", List.of(with(botilbud(), "grantKey", key, "place", "Ørbæklund")))));
        assertThat(adjusted.status()).as(adjusted.body()).isEqualTo(202);
        assertThat(versionsOf(first.get("citizenId").asLong())).isEqualTo(1);

        Response approved = approve(adjusted.json());
        assertThat(approved.status()).as(approved.body()).isEqualTo(201);
        JsonNode next = leader.get("/api/v1/decisions/" + approved.json().get("decisionId").asLong()).json();
        // still a minor adjustment once approved: without a letter (seed 003)
        assertThat(next.get("minorAdjustment").asBoolean()).isTrue();
        assertThat(next.get("letter").get("available").asBoolean()).isFalse();
        assertThat(next.get("approval").get("approvedBy").asText()).isEqualTo("leder-ikast");
    }

    @Test
    void aChangeThatLeavesTheCommitteesGrantAsItIsStaysTheCaseworkers() {
        JsonNode first = committeeDecision();
        Response changed = caseworker.post("/api/v1/decisions/" + first.get("id").asLong() + "/changes", json(map(
                "version", first.get("version").asInt(), "grants", List.of(with(
                        grant("socialpaedagogisk-stoette-individuel", 1, "WEEK", null, 60, today(), null),
                        "overrideReason", "Konkret vurdering.")))));

        assertThat(changed.status()).as(changed.body()).isEqualTo(201);
        assertThat(changed.json().get("versionNo").asInt()).isEqualTo(2);
        assertThat(changed.json().get("letter").get("available").asBoolean()).isTrue();
        assertThat(changed.json().get("approval").get("approvedBy").isNull()).isTrue();
        assertThat(changed.json().get("grants")).hasSize(2);
    }

    @Test
    void aChangeAfterAComplaintKeepsItsComplaintThroughApproval() {
        JsonNode first = committeeDecision();
        long firstId = first.get("id").asLong();
        Response complaint = caseworker.post("/api/v1/complaints", json(map("decisionId", firstId,
                "receivedOn", today().toString(), "channel", "WRITTEN", "documentReference", "Brev modtaget i Digital Post",
                "wholeDecision", true, "text", "Jeg ønsker at bo på Ørbæklund.")));
        assertThat(complaint.status()).as(complaint.body()).isEqualTo(201);
        long complaintId = complaint.json().get("id").asLong();

        Response recommended = caseworker.post("/api/v1/decisions/" + firstId + "/changes", json(map(
                "version", first.get("version").asInt(), "afterComplaintId", complaintId,
                "grants", List.of(with(botilbud(), "grantKey", first.get("grants").get(0).get("grantKey").asText(),
                        "place", "Ørbæklund")))));
        assertThat(recommended.status()).as(recommended.body()).isEqualTo(202);
        assertThat(caseworker.get("/api/v1/complaints/" + complaintId).json().get("changedDecisionId").isNull()).isTrue();

        Response approved = approve(recommended.json());
        assertThat(approved.status()).as(approved.body()).isEqualTo(201);
        long nextId = approved.json().get("decisionId").asLong();
        assertThat(jdbc.sql("select after_complaint_id from decision where id = ?").param(nextId).query(Long.class).single())
                .isEqualTo(complaintId);
        assertThat(caseworker.get("/api/v1/complaints/" + complaintId).json().get("changedDecisionId").asLong())
                .isEqualTo(nextId);
        assertThat(DecisionTestData.pdfText(caseworker.download("/api/v1/decisions/" + nextId + "/letter").body()))
                .contains("Afgørelse om ændring af din hjælp efter klage");
    }
}
