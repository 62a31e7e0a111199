package dk.omsorg.specialcase;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.TestCitizens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Special 1:1 cases over real HTTP with Greve's adopted rules (policy/253-greve/special-cases.yaml, seed 000
 * "KRITERIER"): the criteria, the coordinator's task, one open case, the contact caseworker, the follow-up task every
 * 3 months, ending, another municipality and stale versions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpecialCaseApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient caseworker;
    long citizenId;
    long inquiryId;
    LocalDate today = DecisionTestData.today();

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator");
        Response inquiry = ApiClient.as(port, "koordinator").post("/api/v1/inquiries", json(map(
                "cprNumber", TestCitizens.newCpr(), "citizenName", "Særlig Åse Ørum", "address", "Testvej 3, 2670 Greve",
                "district", "greve-nord", "source", "CITIZEN", "receivedAt", "2025-01-06T10:00:00+01:00",
                "request", "Særlig borgersag", "legalBasis", "SEL § 83", "priority", "NORMAL")));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        citizenId = inquiry.json().get("citizenId").asLong();
        inquiryId = inquiry.json().get("id").asLong();
    }

    static Map<String, Object> opening(Long inquiryId, List<String> shifts, boolean respiration) {
        return map("inquiryId", inquiryId, "setting", "HOME", "shifts", shifts,
                "need", "Svær demens med uro og udadreagerende adfærd; skal skærmes dag og nat.",
                "packageCriteriaMet", true, "respirationCaused", respiration, "informedOn", DecisionTestData.today().toString());
    }

    Response open(List<String> shifts, boolean respiration) {
        return caseworker.post("/api/v1/citizens/" + citizenId + "/special-cases", json(opening(inquiryId, shifts, respiration)));
    }

    long cases() {
        return jdbc.sql("select count(*) from special_case where citizen_id = ?").param(citizenId).query(Long.class).single();
    }

    List<Map<String, Object>> tasks(String kind) {
        return jdbc.sql("select owner_user, owner_role, due_on, status, subject_key from task where citizen_id = ? and kind = ? order by id")
                .params(citizenId, kind).query().listOfRows();
    }

    @Test
    void dayAndNightQualifiesTheCitizensContactCaseworkerIsTheCasesAndTheFollowUpIsDueInThreeMonths() {
        Response opened = open(List.of("DAY", "NIGHT"), false);

        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        var c = opened.json().get("specialCase");
        assertThat(c.get("statusText").asText()).isEqualTo("Under vurdering");
        assertThat(c.get("inquiryId").asLong()).isEqualTo(inquiryId);
        assertThat(c.get("contactCaseworker").asText()).isEqualTo("visitator");
        assertThat(jdbc.sql("select contact_caseworker from citizen where id = ?").param(citizenId).query(String.class).single())
                .isEqualTo("visitator");
        assertThat(c.get("nextFollowUp").asText()).isEqualTo(today.plusMonths(3).toString());
        assertThat(c.get("history").get(0).get("text").asText()).startsWith("Særlig borgersag oprettet.")
                .contains("dag, nat").contains("borgeren, den ");
        assertThat(c.get("criteria").get("shiftsCriterion").asText()).contains("kun har fast vagt/1:1 overvågning i nattimerne");
        await().atMost(Duration.ofSeconds(20)).until(() -> tasks("SPECIAL_CASE_FOLLOW_UP").size() == 1);
        Map<String, Object> task = tasks("SPECIAL_CASE_FOLLOW_UP").get(0);
        assertThat(task.get("owner_user")).isEqualTo("visitator");
        assertThat(task.get("due_on").toString()).isEqualTo(today.plusMonths(3).toString());
        assertThat(task.get("status")).isEqualTo("OPEN");
    }

    @Test
    void nightOnlyIsRefusedQuotingTheCriterionAndNothingIsStored() {
        Response refused = open(List.of("NIGHT"), false);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("shifts");
        assertThat(refused.json().get("errors").get(0).get("message").asText())
                .startsWith("Kriteriet er ikke opfyldt: „Borgeren har behov for fast vagt/1:1 overvågning i to af følgende vagtlag")
                .contains("kun har fast vagt/1:1 overvågning i nattimerne");
        assertThat(cases()).isZero();
    }

    @Test
    void aNeedCausedByRespirationMonitoringOpensNoCaseAndGivesTheCoordinatorATask() {
        Response referred = open(List.of("DAY", "EVENING", "NIGHT"), true);

        assertThat(referred.status()).as(referred.body()).isEqualTo(200);
        assertThat(referred.json().get("opened").asBoolean()).isFalse();
        assertThat(referred.json().get("message").asText()).startsWith("Der er ikke oprettet en særlig borgersag")
                .contains("respirationsovervågning").contains("opgave til den faglige koordinator");
        assertThat(cases()).isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> tasks("SPECIAL_CASE_RESPIRATION").size() == 1);
        assertThat(tasks("SPECIAL_CASE_RESPIRATION").get(0).get("owner_role")).isEqualTo("COORDINATOR");
    }

    @Test
    void aSecondOpenCaseIsRefusedAndAStaleEndIsAConflict() {
        assertThat(open(List.of("DAY", "EVENING"), false).status()).isEqualTo(201);

        Response second = open(List.of("DAY", "NIGHT"), false);
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.json().get("detail").asText()).isEqualTo("Borgeren har allerede en åben særlig borgersag. Afslut den, før en ny oprettes.");
        assertThat(cases()).isEqualTo(1);

        long id = caseworker.get("/api/v1/citizens/" + citizenId + "/special-case").json().get("id").asLong();
        Response stale = caseworker.post("/api/v1/special-cases/" + id + "/end", json(map("reason", "Flyttet", "version", 7)));
        assertThat(stale.status()).isEqualTo(409);
        Response ended = caseworker.post("/api/v1/special-cases/" + id + "/end", json(map("reason", "Borgeren er flyttet.", "version", 0)));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().get("statusText").asText()).isEqualTo("Afsluttet");
        assertThat(ended.json().get("history").get(0).get("text").asText()).isEqualTo("Sagen er afsluttet. Begrundelse: Borgeren er flyttet.");
        await().atMost(Duration.ofSeconds(20)).until(() -> "CANCELLED".equals(tasks("SPECIAL_CASE_FOLLOW_UP").get(0).get("status")));
        // ended: a new case may be opened
        assertThat(open(List.of("DAY", "NIGHT"), false).status()).isEqualTo(201);
    }

    @Test
    void recordingTheFollowUpClosesItsTaskAndOpensTheNextThreeMonthsLater() {
        long id = open(List.of("DAY", "NIGHT"), false).json().get("specialCase").get("id").asLong();
        await().atMost(Duration.ofSeconds(20)).until(() -> tasks("SPECIAL_CASE_FOLLOW_UP").size() == 1);

        Response done = caseworker.post("/api/v1/special-cases/" + id + "/follow-ups",
                json(map("note", "Dækningen passer; ingen ændring.", "version", 0)));

        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("nextFollowUp").asText()).isEqualTo(today.plusMonths(3).toString());
        assertThat(done.json().get("history").get(0).get("text").asText()).startsWith("Opfølgning: Dækningen passer; ingen ændring.");
        await().atMost(Duration.ofSeconds(20)).until(() -> tasks("SPECIAL_CASE_FOLLOW_UP").size() == 2
                && "DONE".equals(tasks("SPECIAL_CASE_FOLLOW_UP").get(0).get("status")));
        Map<String, Object> next = tasks("SPECIAL_CASE_FOLLOW_UP").get(1);
        assertThat(next.get("status")).isEqualTo("OPEN");
        assertThat(next.get("owner_user")).isEqualTo("visitator");
        assertThat(next.get("due_on").toString()).isEqualTo(today.plusMonths(3).toString());
        // the version has moved on: the same follow-up again is stale
        assertThat(caseworker.post("/api/v1/special-cases/" + id + "/follow-ups", json(map("note", "Igen", "version", 0))).status())
                .isEqualTo(409);
    }

    @Test
    void anotherMunicipalityGetsNotFoundAndAMunicipalityWithoutRulesIsToldSo() {
        long id = open(List.of("DAY", "NIGHT"), false).json().get("specialCase").get("id").asLong();
        ApiClient ikast = ApiClient.as(port, "visitator-ikast");
        assertThat(ikast.get("/api/v1/special-cases/" + id).status()).isEqualTo(404);
        assertThat(ikast.get("/api/v1/citizens/" + citizenId + "/special-case").status()).isEqualTo(404);
        Response foreign = ikast.post("/api/v1/citizens/" + citizenId + "/special-cases", json(opening(null, List.of("DAY", "NIGHT"), false)));
        assertThat(foreign.status()).isEqualTo(404);

        Response ikastCitizen = ApiClient.as(port, "koordinator-ikast").post("/api/v1/inquiries", json(map(
                "cprNumber", TestCitizens.newCpr(), "citizenName", "Ikast Særlig", "address", "Østergade 2, 7430 Ikast",
                "district", "ikast", "source", "CITIZEN", "receivedAt", "2025-01-06T10:00:00+01:00",
                "request", "Særlig borgersag", "legalBasis", "SEL § 82 b", "priority", "NORMAL")));
        assertThat(ikastCitizen.status()).as(ikastCitizen.body()).isEqualTo(201);
        Response noRules = ikast.post("/api/v1/citizens/" + ikastCitizen.json().get("citizenId").asLong() + "/special-cases",
                json(opening(null, List.of("DAY", "NIGHT"), false)));
        assertThat(noRules.status()).isEqualTo(400);
        assertThat(noRules.json().get("detail").asText()).contains("Kommunen har ingen regler for særlige borgersager");
    }
}
