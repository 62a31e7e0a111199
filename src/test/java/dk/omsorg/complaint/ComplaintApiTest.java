package dk.omsorg.complaint;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.decision.DecisionTestData.Applicant;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
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
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

/** Complaints over real HTTP against the embedded PostgreSQL: registration, deadline, reconsideration. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComplaintApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    ApiClient caseworker;
    LocalDate today;
    TaskEvents events;

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator");
        today = DecisionTestData.today();
        events = TaskEvents.attach(context);
    }

    @AfterEach
    void detach() {
        events.close();
    }

    private Map<String, Object> written(long decisionId, LocalDate receivedOn) {
        return map("decisionId", decisionId, "receivedOn", receivedOn.toString(), "channel", "WRITTEN",
                "documentReference", "Brev modtaget i Digital Post", "wholeDecision", true,
                "text", "Jeg mener, jeg har brug for bad to gange om ugen.");
    }

    private Granted granted() {
        return NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today);
    }

    private long complaints() {
        return jdbc.sql("select count(*) from complaint").query(Long.class).single();
    }

    @Test
    void aComplaintOnTimeGetsItsDeadlineAndAReconsiderationTaskForTheCaseworker() {
        Granted granted = granted();

        Response made = caseworker.post("/api/v1/complaints", json(written(granted.decisionId(), today)));

        assertThat(made.status()).as(made.body()).isEqualTo(201);
        JsonNode complaint = made.json();
        assertThat(complaint.get("status").asText()).isEqualTo("RECONSIDERING");
        assertThat(complaint.get("late").asBoolean()).isFalse();
        assertThat(complaint.get("appealable").asBoolean()).isTrue();
        // digital post (the default): the letter's date + 4 weeks, run on to a weekday
        LocalDate deadline = LocalDate.parse(complaint.get("complaintDeadline").asText());
        assertThat(deadline).isBetween(today.plusWeeks(4), today.plusWeeks(4).plusDays(4));
        assertThat(complaint.get("reconsiderationDue").asText()).isEqualTo(today.plusWeeks(4).toString());
        TaskRequested task = events.awaitRequested(TaskKind.COMPLAINT_RECONSIDERATION, "complaint:" + complaint.get("id").asLong());
        assertThat(task.due()).isEqualTo(today.plusWeeks(4));
        assertThat(task.citizenId()).isEqualTo(granted.citizenId());
        assertThat(task.ownerUser() != null || "CASEWORKER".equals(task.ownerRole())).isTrue();
        assertThat(task.title()).isEqualTo("Genvurdér afgørelsen efter klage");
    }

    @Test
    void aLateComplaintOnAPaperLetterIsMarkedLateAndStillReconsidered() {
        Granted granted = granted();
        // a paper letter dated the Wednesday before Easter 2025: got on 29 April, deadline 27 May
        jdbc.sql("update decision set decided_on = date '2025-04-16', letter_channel = 'PAPER' where id = ?")
                .param(granted.decisionId()).update();

        Response late = caseworker.post("/api/v1/complaints", json(written(granted.decisionId(), LocalDate.of(2025, 5, 28))));

        assertThat(late.status()).as(late.body()).isEqualTo(201);
        assertThat(late.json().get("complaintDeadline").asText()).isEqualTo("2025-05-27");
        assertThat(late.json().get("late").asBoolean()).isTrue();
        assertThat(late.json().get("status").asText()).isEqualTo("RECONSIDERING");

        Response onTime = caseworker.post("/api/v1/complaints", json(written(granted.decisionId(), LocalDate.of(2025, 5, 27))));
        assertThat(onTime.json().get("late").asBoolean()).isFalse();

        // the acknowledgement tells the complainant the dates, and that the late complaint still goes on
        var pdf = caseworker.download("/api/v1/complaints/" + late.json().get("id").asLong() + "/acknowledgement");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String text = DecisionTestData.pdfText(pdf.body());
        assertThat(text).contains("Kvittering for din klage", "Greve Kommune", "28.05.2025", "27.05.2025",
                "efter klagefristen", "genvurderer afgørelsen og giver dig svar senest den 25.06.2025",
                "Ankestyrelsen senest den 25.06.2025");
    }

    @Test
    void aComplaintAboutAParagraph82aRefusalIsNotAppealableAndGetsNoReconsideration() {
        ApiClient ikast = ApiClient.as(port, "visitator-ikast");
        Applicant person = DecisionTestData.applicant(ikast, "SEL § 82 a", null);
        Response decision = ikast.post("/api/v1/decisions", json(map("citizenId", person.citizenId(),
                "inquiryId", person.inquiryId(), "refusals", List.of(map("interventionCode", "gruppebaseret-stoetteforloeb",
                        "reason", "Du har et omfattende støttebehov og henvises til hjælp efter § 85.")))));
        assertThat(decision.status()).as(decision.body()).isEqualTo(201);
        long decisionId = decision.json().get("id").asLong();

        Response made = ikast.post("/api/v1/complaints", json(map("decisionId", decisionId,
                "receivedOn", today.toString(), "channel", "ORAL", "oralNote", "Borgeren ringede og var utilfreds.",
                "refusalPositions", List.of(1), "text", "Vil gerne deltage i gruppeforløbet.")));

        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().get("status").asText()).isEqualTo("NOT_APPEALABLE");
        assertThat(made.json().get("appealable").asBoolean()).isFalse();
        long id = made.json().get("id").asLong();
        assertThat(events.requested(TaskKind.COMPLAINT_RECONSIDERATION, "complaint:" + id)).isEmpty();
        String text = DecisionTestData.pdfText(ikast.download("/api/v1/complaints/" + id + "/acknowledgement").body());
        assertThat(text).contains("Ikast-Brande Kommune", "SEL § 82 a",
                "kan efter loven ikke indbringes for Ankestyrelsen", "Klagen sendes derfor ikke videre");
        assertThat(text).doesNotContain("genvurderer");
        Response outcome = ikast.post("/api/v1/complaints/" + id + "/outcome", json(map("version", 0,
                "outcome", "MAINTAINED", "reason", "Fastholdt.")));
        assertThat(outcome.status()).isEqualTo(400);
        assertThat(outcome.json().get("errors").get(0).get("field").asText()).isEqualTo("outcome");
    }

    @Test
    void medholdMakesANewVersionAfterComplaintAndTheProvidersNoticeSaysSo() {
        Granted granted = granted();
        NoticeTestData.awaitNotice(jdbc, granted.decisionId(), granted.providerId());
        long id = caseworker.post("/api/v1/complaints", json(written(granted.decisionId(), today))).json().get("id").asLong();

        Response changed = caseworker.post("/api/v1/decisions/" + granted.decisionId() + "/changes", json(map(
                "version", granted.decision().get("version").asInt(), "afterComplaintId", id,
                "grants", List.of(with(NoticeTestData.bath(today, granted.providerId()), "grantKey",
                        granted.grantKey().toString(), "times", 2, "overrideReason", "Medhold i klagen: to bade om ugen.")))));
        assertThat(changed.status()).as(changed.body()).isEqualTo(201);
        long second = changed.json().get("id").asLong();
        assertThat(jdbc.sql("select after_complaint_id from decision where id = ?").param(second).query(Long.class).single())
                .isEqualTo(id);
        assertThat(caseworker.get("/api/v1/complaints/" + id).json().get("changedDecisionId").asLong()).isEqualTo(second);
        assertThat(DecisionTestData.pdfText(caseworker.download("/api/v1/decisions/" + second + "/letter").body()))
                .contains("Afgørelse om ændring af din hjælp efter klage");

        long noticeId = NoticeTestData.awaitNotice(jdbc, second, granted.providerId());
        JsonNode notice = ApiClient.as(port, "leverandor-a").get("/api/v1/provider/notices/" + noticeId).json();
        assertThat(notice.get("afterComplaint").asBoolean()).isTrue();

        int version = caseworker.get("/api/v1/complaints/" + id).json().get("version").asInt();
        Response full = caseworker.post("/api/v1/complaints/" + id + "/outcome", json(map("version", version,
                "outcome", "FULL", "reason", "Borgeren har behov for bad to gange om ugen.")));
        assertThat(full.status()).as(full.body()).isEqualTo(200);
        assertThat(full.json().get("status").asText()).isEqualTo("AGREED");
        assertThat(events.done(TaskKind.COMPLAINT_RECONSIDERATION, "complaint:" + id)).hasSize(1);
    }

    @Test
    void anOutcomeTwiceIsRefusedAndNothingChanges() {
        Granted granted = granted();
        long id = caseworker.post("/api/v1/complaints", json(written(granted.decisionId(), today))).json().get("id").asLong();
        Response maintained = caseworker.post("/api/v1/complaints/" + id + "/outcome", json(map("version", 0,
                "outcome", "MAINTAINED", "reason", "Hjælpen svarer til behovet.")));
        assertThat(maintained.status()).as(maintained.body()).isEqualTo(200);
        assertThat(maintained.json().get("status").asText()).isEqualTo("FORWARDING");
        int version = maintained.json().get("version").asInt();

        Response again = caseworker.post("/api/v1/complaints/" + id + "/outcome", json(map("version", version,
                "outcome", "MAINTAINED", "reason", "Igen.")));

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("errors").get(0).get("field").asText()).isEqualTo("outcome");
        assertThat(again.body()).contains("allerede afsluttet");
        JsonNode after = caseworker.get("/api/v1/complaints/" + id).json();
        assertThat(after.get("version").asInt()).isEqualTo(version);
        assertThat(after.get("outcomeReason").asText()).isEqualTo("Hjælpen svarer til behovet.");
    }

    @Test
    void fastholdtOpensTheForwardingAtOnceWithItsTaskDueFourWeeksAfterReceipt() {
        Granted granted = granted();
        long id = caseworker.post("/api/v1/complaints", json(written(granted.decisionId(), today)))
                .json().get("id").asLong();

        Response maintained = caseworker.post("/api/v1/complaints/" + id + "/outcome", json(map("version", 0,
                "outcome", "MAINTAINED", "reason", "Hjælpen svarer til behovet.")));

        assertThat(maintained.status()).as(maintained.body()).isEqualTo(200);
        // in the same transaction as the outcome, not when the page is first opened or by the sweep
        assertThat(jdbc.sql("select statement from complaint_forwarding where complaint_id = ?").param(id)
                .query(String.class).optional()).hasValueSatisfying(s -> assertThat(s).contains("Hjælpen svarer til behovet."));
        TaskRequested task = events.awaitRequested(TaskKind.COMPLAINT_FORWARDING, "complaint-forwarding:" + id);
        assertThat(task.due()).isEqualTo(today.plusWeeks(4));
        assertThat(task.link()).isEqualTo("/complaints/" + id + "/forwarding");
    }

    @Test
    void aStaleOutcomeIs409AndMedholdWithoutAChangedDecisionIsRefused() {
        Granted granted = granted();
        long id = caseworker.post("/api/v1/complaints", json(written(granted.decisionId(), today))).json().get("id").asLong();

        Response stale = caseworker.post("/api/v1/complaints/" + id + "/outcome", json(map("version", 7,
                "outcome", "MAINTAINED", "reason", "Fastholdt.")));
        assertThat(stale.status()).isEqualTo(409);
        Response noChange = caseworker.post("/api/v1/complaints/" + id + "/outcome", json(map("version", 0,
                "outcome", "FULL", "reason", "Medhold.")));
        assertThat(noChange.status()).isEqualTo(400);
        assertThat(noChange.json().get("errors").get(0).get("field").asText()).isEqualTo("outcome");
        assertThat(caseworker.get("/api/v1/complaints/" + id).json().get("status").asText()).isEqualTo("RECONSIDERING");
    }

    @Test
    void badInputIsRefusedByFieldAndNothingIsStored() {
        Granted granted = granted();
        long before = complaints();

        Response empty = caseworker.post("/api/v1/complaints", json(map("decisionId", granted.decisionId(),
                "channel", "ORAL", "wholeDecision", false, "complainantContactId", 999999999L)));
        assertThat(empty.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        empty.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("receivedOn", "oralNote", "text", "complainantContactId", "wholeDecision");
        assertThat(empty.body()).contains("Skriv et notat om, hvad borgeren sagde");

        Response future = caseworker.post("/api/v1/complaints", json(written(granted.decisionId(), today.plusDays(1))));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("errors").get(0).get("field").asText()).isEqualTo("receivedOn");

        Response unknownPart = caseworker.post("/api/v1/complaints", json(with(written(granted.decisionId(), today),
                "wholeDecision", false, "refusalPositions", List.of(3))));
        assertThat(unknownPart.json().get("errors").get(0).get("field").asText()).isEqualTo("refusalPositions[0]");

        Response otherMunicipality = ApiClient.as(port, "visitator-esbjerg").post("/api/v1/complaints",
                json(written(granted.decisionId(), today)));
        assertThat(otherMunicipality.status()).isEqualTo(404);
        assertThat(complaints()).isEqualTo(before);
    }

    @Test
    void aComplaintOnASupersededVersionRefersToTheCurrentOne() {
        Granted granted = granted();
        Response changed = caseworker.post("/api/v1/decisions/" + granted.decisionId() + "/changes", json(map(
                "version", granted.decision().get("version").asInt(),
                "grants", List.of(with(NoticeTestData.bath(today, granted.providerId()), "grantKey",
                        granted.grantKey().toString(), "minutesPerDelivery", 45)))));
        assertThat(changed.status()).as(changed.body()).isEqualTo(201);
        long before = complaints();

        Response old = caseworker.post("/api/v1/complaints", json(written(granted.decisionId(), today)));

        assertThat(old.status()).isEqualTo(400);
        assertThat(old.json().get("errors").get(0).get("field").asText()).isEqualTo("decisionId");
        assertThat(old.body()).contains("Version 1", "version 2", "gældende version");
        assertThat(complaints()).isEqualTo(before);
    }

    @Test
    void theComplainantIsTheCitizenOrOneOfTheCitizensContacts() {
        Granted granted = granted();
        long contactId = caseworker.post("/api/v1/citizens/" + granted.citizenId() + "/contacts",
                "{\"name\": \"Lone Datter\", \"relation\": \"RELATIVE\", \"contactMe\": true, \"consent\": \"ORAL\"}")
                .json().get("id").asLong();

        Response made = caseworker.post("/api/v1/complaints", json(with(written(granted.decisionId(), today),
                "complainantContactId", contactId)));

        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().get("complainantContactId").asLong()).isEqualTo(contactId);
        assertThat(caseworker.get("/api/v1/citizens/" + granted.citizenId() + "/complaints").json()).hasSize(1);
    }

    @Test
    void aProviderForwardsTheCitizensComplaintOnlyAboutHelpItDelivers() {
        Granted granted = granted();
        NoticeTestData.awaitNotice(jdbc, granted.decisionId(), granted.providerId());
        Map<String, Object> body = map("decisionId", granted.decisionId(), "receivedOn", today.toString(),
                "channel", "ORAL", "oralNote", "Borgeren sagde til hjælperen, at hun vil klage.", "wholeDecision", true,
                "text", "Klage over for lidt hjælp til bad, givet til hjælperen.");
        long before = complaints();

        Response other = ApiClient.as(port, "leverandor-b").post("/api/v1/provider/complaints", json(body));
        assertThat(other.status()).isEqualTo(404);
        Response staff = caseworker.post("/api/v1/provider/complaints", json(body));
        assertThat(staff.status()).isEqualTo(403);
        assertThat(complaints()).isEqualTo(before);

        Response forwarded = ApiClient.as(port, "leverandor-a").post("/api/v1/provider/complaints", json(body));

        assertThat(forwarded.status()).as(forwarded.body()).isEqualTo(201);
        long id = forwarded.json().get("id").asLong();
        JsonNode complaint = caseworker.get("/api/v1/complaints/" + id).json();
        assertThat(complaint.get("status").asText()).isEqualTo("RECONSIDERING");
        assertThat(complaint.get("complainantContactId").isNull()).isTrue();
        assertThat(jdbc.sql("select created_by from complaint where id = ?").param(id).query(String.class).single())
                .isEqualTo("leverandor-a");
        events.awaitRequested(TaskKind.COMPLAINT_RECONSIDERATION, "complaint:" + id);
    }
}
