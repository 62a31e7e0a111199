package dk.omsorg.complaint;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.decision.DecisionTestData.Applicant;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import dk.omsorg.decision.DecisionMade;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.PERSONLIG_PLEJE;
import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.pdfText;
import static dk.omsorg.decision.DecisionTestData.with;
import static dk.omsorg.notice.NoticeTestData.AT_MOST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Forwarding a maintained complaint to Ankestyrelsen over real HTTP (seed 002 "Behandling af klagesager": written
 * statement, forwarded when maintained; Ankestyrelsen: at the latest 4 weeks after receipt), and recording
 * Ankestyrelsen's decision.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForwardingApiTest {

    static final String REASON = "Konkret vurdering: varigt behov efter hofteoperation.";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    ApiClient caseworker;
    LocalDate today;
    long decisionId;

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator");
        today = DecisionTestData.today();
        Applicant applicant = DecisionTestData.applicant(caseworker, "SEL § 83", Map.of(PERSONLIG_PLEJE, 3));
        Response made = caseworker.post("/api/v1/decisions", json(map("citizenId", applicant.citizenId(),
                "inquiryId", applicant.inquiryId(), "override", true, "overrideReason", REASON, "grants",
                List.of(with(grant("daglig-hygiejne", 1, "DAY", "EVENING", 20, today, null), "overrideReason", REASON)))));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        decisionId = made.json().get("id").asLong();
    }

    private String path(long complaintId) {
        return "/api/v1/complaints/" + complaintId + "/forwarding";
    }

    @Test
    void aMaintainedComplaintIsForwardedAsOnePdfWithTheEditedStatementAndTheDecisionLetter() {
        long id = ComplaintRows.insert(jdbc, decisionId, today.minusDays(10), "FORWARDING", "MAINTAINED",
                "Borgerens behov er dækket af et bad om ugen.");

        Response draft = caseworker.get(path(id));
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        JsonNode view = draft.json();
        assertThat(view.get("deadline").asString()).isEqualTo(today.minusDays(10).plusWeeks(4).toString());
        assertThat(view.get("breach").asBoolean()).isFalse();
        String generated = view.get("statement").asString();
        assertThat(generated).contains("Jeg er uenig i, at jeg kun får bad én gang om ugen.")
                .contains("Afgørelsen er fastholdt. Borgerens behov er dækket af et bad om ugen.")
                .contains("Lovgrundlag:").contains(REASON);
        String letterKey = "LETTER:" + decisionId;
        assertThat(view.get("available").findValuesAsString("key")).contains(letterKey);
        await().atMost(AT_MOST).until(() -> task("COMPLAINT_FORWARDING", "complaint-forwarding:" + id) != null);
        assertThat(task("COMPLAINT_FORWARDING", "complaint-forwarding:" + id))
                .isEqualTo(today.minusDays(10).plusWeeks(4));

        int version = view.get("version").asInt();
        Response saved = caseworker.put(path(id), json(map("statement", generated + "\nTilføjet af sagsbehandleren: borgeren er set igen.",
                "documents", List.of(letterKey), "version", version)));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Response stale = caseworker.put(path(id), json(map("statement", "Gammel", "documents", List.of(), "version", version)));
        assertThat(stale.status()).isEqualTo(409);

        Response forwarded = caseworker.post(path(id), json(map("version", saved.json().get("version").asInt())));
        assertThat(forwarded.status()).as(forwarded.body()).isEqualTo(200);
        assertThat(forwarded.json().get("forwardedOn").asString()).isEqualTo(today.toString());
        assertThat(ComplaintRows.status(jdbc, id)).isEqualTo("FORWARDED");

        var bundle = caseworker.download(path(id) + "/bundle");
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.contentType()).startsWith("application/pdf");
        String text = pdfText(bundle.body());
        assertThat(text).contains("Klage til Ankestyrelsen").contains("Redegørelse")
                .contains("Tilføjet af sagsbehandleren: borgeren er set igen.")
                .contains("Sagens dokumenter").contains("Afgørelsesbrev, version 1");
        byte[] letter = caseworker.download("/api/v1/decisions/" + decisionId + "/letter").body();
        String letterText = pdfText(letter);
        assertThat(text).as("the decision letter's pages follow the statement")
                .contains(letterText.substring(0, Math.min(200, letterText.length())).strip());
        await().atMost(AT_MOST).until(() -> "DONE".equals(taskStatus("COMPLAINT_FORWARDING", "complaint-forwarding:" + id)));
        // reading, editing and forwarding the citizen's complaint are audited
        assertThat(jdbc.sql("select string_agg(distinct action, ',' order by action) from audit_event "
                + "where resource = 'complaint-forwarding' and resource_id = ?").param(String.valueOf(id))
                .query(String.class).single()).isEqualTo("READ,UPDATE");
    }

    @Test
    void aComplaintNotForwardedWithinFourWeeksOfReceiptIsABreach() {
        long late = ComplaintRows.insert(jdbc, decisionId, today.minusWeeks(5), "FORWARDING", "MAINTAINED", "Fastholdt.");

        JsonNode view = caseworker.get(path(late)).json();

        assertThat(view.get("deadline").asString()).isEqualTo(today.minusWeeks(1).toString());
        assertThat(view.get("breach").asBoolean()).isTrue();
        Response forwarded = caseworker.post(path(late), json(map("version", view.get("version").asInt())));
        assertThat(forwarded.json().get("breach").asBoolean()).as("forwarded after the deadline stays a breach").isTrue();
    }

    @Test
    void aComplaintWithFullAgreementIsNotForwarded() {
        long agreed = ComplaintRows.insert(jdbc, decisionId, today.minusDays(3), "AGREED", "FULL", "Medhold.");

        Response view = caseworker.get(path(agreed));
        Response forwarded = caseworker.post(path(agreed), json(map("version", 0)));

        assertThat(view.status()).isEqualTo(400);
        assertThat(forwarded.status()).isEqualTo(400);
        assertThat(forwarded.body()).contains("fuldt medhold");
        assertThat(ComplaintRows.status(jdbc, agreed)).isEqualTo("AGREED");
        assertThat(jdbc.sql("select count(*) from complaint_forwarding where complaint_id = ?").param(agreed)
                .query(Long.class).single()).isZero();
    }

    @Test
    void ankestyrelsensDecisionBeforeForwardingIsRefusedAndAChangeGivesATaskClosedByTheDecisionAfterTheComplaint() {
        long id = ComplaintRows.insert(jdbc, decisionId, today.minusDays(10), "FORWARDING", "MAINTAINED", "Fastholdt.");
        String outcome = "/api/v1/complaints/" + id + "/appeal-outcome";
        Response early = caseworker.post(outcome, json(map("outcome", "CHANGED", "decidedOn", today.toString(),
                "text", "Borgeren skal have bad to gange om ugen.", "version", complaintVersion(id))));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("ikke sendt til Ankestyrelsen");
        assertThat(ComplaintRows.status(jdbc, id)).isEqualTo("FORWARDING");

        JsonNode view = caseworker.get(path(id)).json();
        assertThat(caseworker.post(path(id), json(map("version", view.get("version").asInt()))).status()).isEqualTo(200);
        Response recorded = caseworker.post(outcome, json(map("outcome", "CHANGED", "decidedOn", today.toString(),
                "text", "Borgeren skal have bad to gange om ugen.", "version", complaintVersion(id))));

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(ComplaintRows.status(jdbc, id)).isEqualTo("APPEAL_DECIDED");
        await().atMost(AT_MOST).until(() -> task("APPEAL_FOLLOW_UP", "appeal-follow-up:" + id) != null);
        // the new decision version after the complaint (the reconsideration's part of the module makes it; here a row
        // marked after the complaint and its event) carries out the change: the task closes as done
        jdbc.sql("update decision set after_complaint_id = ? where id = ?").params(id, decisionId).update();
        DecisionMade made = jdbc.sql("select municipality_id, citizen_id, version_no from decision where id = ?").param(decisionId)
                .query((rs, n) -> new DecisionMade(decisionId, rs.getInt(1), rs.getLong(2), rs.getInt(3), null, false)).single();
        transactions.executeWithoutResult(t -> events.publishEvent(made));
        await().atMost(AT_MOST).until(() -> "DONE".equals(taskStatus("APPEAL_FOLLOW_UP", "appeal-follow-up:" + id)));
        Response twice = caseworker.post(outcome, json(map("outcome", "CONFIRMED", "decidedOn", today.toString(),
                "text", "Stadfæstet.", "version", complaintVersion(id))));
        assertThat(twice.status()).isEqualTo(400);
    }

    private int complaintVersion(long id) {
        return jdbc.sql("select version from complaint where id = ?").param(id).query(Integer.class).single();
    }

    private LocalDate task(String kind, String subject) {
        return jdbc.sql("select due_on from task where kind = ? and subject_key = ?").params(kind, subject)
                .query(LocalDate.class).optional().orElse(null);
    }

    private String taskStatus(String kind, String subject) {
        return jdbc.sql("select status from task where kind = ? and subject_key = ?").params(kind, subject)
                .query(String.class).optional().orElse(null);
    }
}
