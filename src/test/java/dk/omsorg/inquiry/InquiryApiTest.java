package dk.omsorg.inquiry;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InquiryApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient coordinator;
    ApiClient caseworker;

    @BeforeEach
    void clients() {
        coordinator = ApiClient.as(port, "koordinator");
        caseworker = ApiClient.as(port, "visitator");
    }

    static String inquiry(String cpr, String source, String consent, String receivedAt, String legalBasis) {
        return """
                {"cprNumber": "%s", "citizenName": "Test Borger", "address": "Testvej 1, 2670 Greve",
                 "source": "%s", "sourceName": "Datter", "receivedAt": "%s", "request": "Hjælp til rengøring",
                 "legalBasis": "%s", "consent": %s, "priority": "NORMAL"}"""
                .formatted(cpr, source, receivedAt, legalBasis, consent == null ? "null" : "\"" + consent + "\"");
    }

    @Test
    void registersAnInquiryWithANewCitizenAndTheDeadlineFromTheTable() {
        String cpr = TestCitizens.newCpr();
        var response = coordinator.post("/api/v1/inquiries",
                inquiry(cpr, "RELATIVE", "GIVEN_ORALLY", "2025-01-06T10:00:00+01:00", "SEL § 100"));

        assertThat(response.status()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(response.location()).isEqualTo("/api/v1/inquiries/" + body.get("id").asLong());
        assertThat(body.get("deadline").asText()).isEqualTo("2025-03-31");   // 12 weeks for § 100
        assertThat(body.get("deadlineWeeks").asInt()).isEqualTo(12);
        assertThat(body.get("status").asText()).isEqualTo("UNASSIGNED");
        assertThat(body.get("consent").asText()).isEqualTo("GIVEN_ORALLY");

        long citizenId = body.get("citizenId").asLong();
        JsonNode citizen = coordinator.get("/api/v1/citizens/" + citizenId).json();
        assertThat(citizen.get("cprNumber").asText()).isEqualTo(cpr);
        assertThat(citizen.get("municipalityCode").asInt()).isEqualTo(253);
        assertThat(citizen.get("birthDate").asText()).startsWith("1940-");
    }

    @Test
    void aSecondInquiryForAKnownCitizenReusesTheCitizen() {
        String cpr = TestCitizens.newCpr();
        long first = coordinator.post("/api/v1/inquiries", inquiry(cpr, "CITIZEN", null, "2025-01-06T10:00:00+01:00", "SEL § 83"))
                .json().get("citizenId").asLong();
        long second = coordinator.post("/api/v1/inquiries", inquiry(cpr, "GP", "GIVEN_IN_WRITING", "2025-02-06T10:00:00+01:00", "SEL § 83 a"))
                .json().get("citizenId").asLong();
        assertThat(second).isEqualTo(first);
        assertThat(coordinator.get("/api/v1/citizens/" + first + "/inquiries").json()).hasSize(2);
    }

    @Test
    void standardAndSixteenWeekDeadlines() {
        var eight = coordinator.post("/api/v1/inquiries",
                inquiry(TestCitizens.newCpr(), "CITIZEN", null, "2025-01-06T09:00:00+01:00", "SEL § 83")).json();
        var sixteen = coordinator.post("/api/v1/inquiries",
                inquiry(TestCitizens.newCpr(), "CITIZEN", null, "2025-01-06T09:00:00+01:00", "SEL § 107")).json();
        assertThat(eight.get("deadline").asText()).isEqualTo("2025-03-03");
        assertThat(eight.get("consent").asText()).isEqualTo("NOT_NEEDED");
        assertThat(sixteen.get("deadline").asText()).isEqualTo("2025-04-28");
    }

    @Test
    void anAcuteInquiryGetsTheMunicipalitysAcuteDeadlineNotTheWeeksOfItsLegalBasis() {
        // a discharge from hospital, received today: Greve's table adopts "the same day" for acute inquiries
        String received = OffsetDateTime.now(ZoneId.of("Europe/Copenhagen")).minusMinutes(5).toString();
        String acute = inquiry(TestCitizens.newCpr(), "HOSPITAL", "GIVEN_ORALLY", received, "SEL § 83")
                .replace("\"priority\": \"NORMAL\"", "\"priority\": \"ACUTE\"");
        var response = coordinator.post("/api/v1/inquiries", acute);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        assertThat(response.json().get("deadline").asText()).isEqualTo(today.toString());
        assertThat(response.json().get("deadlineWeeks").asInt()).isZero();
        assertThat(response.json().get("priority").asText()).isEqualTo("ACUTE");
        // the same inquiry with normal priority keeps the 8 weeks
        var normal = coordinator.post("/api/v1/inquiries", inquiry(TestCitizens.newCpr(), "HOSPITAL", "GIVEN_ORALLY", received, "SEL § 83"));
        assertThat(normal.json().get("deadline").asText()).isEqualTo(today.plusWeeks(8).toString());

        // Ikast-Brande (seed 001: "kan der af leder af myndighed træffes afgørelse med det samme")
        ApiClient ikast = ApiClient.as(port, "visitator-ikast");
        var ikastAcute = ikast.post("/api/v1/inquiries", inquiry(TestCitizens.newCpr(), "CITIZEN", null,
                "2025-01-06T10:00:00+01:00", "SEL § 85").replace("\"priority\": \"NORMAL\"", "\"priority\": \"ACUTE\""));
        assertThat(ikastAcute.status()).as(ikastAcute.body()).isEqualTo(201);
        assertThat(ikastAcute.json().get("deadline").asText()).isEqualTo("2025-01-06");

        // the inquiry page says why the deadline is today, not "0 uger"
        String page = dk.omsorg.support.WebSession.logIn(port, "koordinator")
                .get("/inquiries/" + response.json().get("id").asLong()).body();
        assertThat(page).contains("akut henvendelse").doesNotContain("0 uger");
    }

    @Test
    void badInputGetsADanishProblemAndStoresNothing() {
        String tomorrow = OffsetDateTime.now(ZoneId.of("Europe/Copenhagen")).plusDays(1).toString();
        record Case(String body, String field, String detailPart) {
        }
        var cases = new Case[]{
                new Case(inquiry("320140-1234", "CITIZEN", null, "2025-01-06T10:00:00+01:00", "SEL § 83"), "cprNumber", "fødselsdato"),
                new Case(inquiry("12345", "CITIZEN", null, "2025-01-06T10:00:00+01:00", "SEL § 83"), "cprNumber", "DDMMÅÅ-XXXX"),
                new Case(inquiry("0101AB-1234", "CITIZEN", null, "2025-01-06T10:00:00+01:00", "SEL § 83"), "cprNumber", "DDMMÅÅ-XXXX"),
                new Case(inquiry(TestCitizens.newCpr(), "CITIZEN", null, tomorrow, "SEL § 83"), "receivedAt", "fremtiden"),
                new Case(inquiry(TestCitizens.newCpr(), "RELATIVE", null, "2025-01-06T10:00:00+01:00", "SEL § 83"), "consent", "samtykke"),
                new Case(inquiry(TestCitizens.newCpr(), "HOSPITAL", "NOT_RECORDED", "2025-01-06T10:00:00+01:00", "SEL § 83"), "consent", "samtykke"),
                new Case(inquiry(TestCitizens.newCpr(), "CITIZEN", null, "2025-01-06T10:00:00+01:00", "SEL § 999"), "legalBasis", "Lovgrundlaget"),
        };
        for (Case c : cases) {
            long citizensBefore = count("citizen");
            long inquiriesBefore = count("inquiry");
            var response = coordinator.post("/api/v1/inquiries", c.body());
            assertThat(response.status()).as(c.field()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            JsonNode problem = response.json();
            assertThat(problem.get("detail").asText()).as(c.field()).contains(c.detailPart());
            assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo(c.field());
            assertThat(count("citizen")).as("no citizen stored for " + c.field()).isEqualTo(citizensBefore);
            assertThat(count("inquiry")).as("no inquiry stored for " + c.field()).isEqualTo(inquiriesBefore);
        }
    }

    /** Issue 14: free texts have maxima per field — a name, an address and a phone number as long as a page are refused. */
    @Test
    void namesAddressesAndPhonesLongerThanTheirFieldAreRefusedByField() {
        String ok = inquiry(TestCitizens.newCpr(), "RELATIVE", "GIVEN_ORALLY", "2025-01-06T10:00:00+01:00", "SEL § 83");
        record Case(String body, String field) {
        }
        for (Case c : new Case[]{
                new Case(ok.replace("\"Datter\"", "\"" + "D".repeat(201) + "\""), "sourceName"),
                new Case(ok.replace("Testvej 1, 2670 Greve", "T".repeat(301)), "address"),
                new Case(ok.replace("\"address\"", "\"phone\": \"" + "1".repeat(41) + "\", \"address\""), "phone")}) {
            long citizensBefore = count("citizen");
            long inquiriesBefore = count("inquiry");
            var response = coordinator.post("/api/v1/inquiries", c.body());
            assertThat(response.status()).as(c.field() + " " + response.body()).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(c.field());
            assertThat(response.json().get("detail").asText()).contains("for l");
            assertThat(count("citizen")).isEqualTo(citizensBefore);
            assertThat(count("inquiry")).isEqualTo(inquiriesBefore);
        }
    }

    /** Issue 14: intake is no oracle for where else a CPR number belongs; it answers as for any new CPR, audited. */
    @Test
    void aCprNumberOfAnotherMunicipalitysCitizenIsRegisteredHereAsAnyNewOne() {
        String cpr = TestCitizens.newCpr();
        ApiClient esbjerg = ApiClient.as(port, "visitator-esbjerg");
        var there = esbjerg.post("/api/v1/inquiries", inquiry(cpr, "CITIZEN", null, "2025-01-06T10:00:00+01:00", "SEL § 83")
                .replace("Test Borger", "Esbjerg Navn"));
        assertThat(there.status()).isEqualTo(201);
        long esbjergCitizen = there.json().get("citizenId").asLong();

        var response = coordinator.post("/api/v1/inquiries", inquiry(cpr, "CITIZEN", null, "2025-01-06T10:00:00+01:00", "SEL § 83"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        long greveCitizen = response.json().get("citizenId").asLong();
        assertThat(greveCitizen).isNotEqualTo(esbjergCitizen);
        assertThat(response.body()).doesNotContain("Esbjerg Navn", "anden kommune");
        assertThat(jdbc.sql("select municipality_id from citizen where id = ?").param(greveCitizen).query(Integer.class).single())
                .isEqualTo(253);
        assertThat(jdbc.sql("select name from citizen where id = ?").param(esbjergCitizen).query(String.class).single())
                .isEqualTo("Esbjerg Navn");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where username = 'koordinator' and action = 'CREATE'
                        and resource = 'citizen' and citizen_id = ?""").param(greveCitizen).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void coordinatorAssignsToACaseworkerWhoSeesItInTheirQueue() {
        long id = coordinator.post("/api/v1/inquiries",
                inquiry(TestCitizens.newCpr(), "CITIZEN", null, "2025-01-06T10:00:00+01:00", "SEL § 83")).json().get("id").asLong();
        assertThat(ids(coordinator.get("/api/v1/inquiries?view=unassigned").json())).contains(id);

        var assigned = coordinator.post("/api/v1/inquiries/" + id + "/assignment", "{\"caseworker\": \"visitator\"}");

        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.json().get("assignedTo").asText()).isEqualTo("visitator");
        assertThat(ids(coordinator.get("/api/v1/inquiries?view=unassigned").json())).doesNotContain(id);
        JsonNode mine = caseworker.get("/api/v1/inquiries?view=mine").json();
        assertThat(ids(mine)).contains(id);
        for (JsonNode entry : mine) {
            if (entry.get("inquiryId").asLong() == id) {
                assertThat(entry.get("urgency").asText()).isEqualTo("OVERDUE");   // deadline 3 Mar 2025 has passed
            }
        }
    }

    @Test
    void firstFreeCaseworkerIsTheOneWithFewestOpenCases() {
        long id = coordinator.post("/api/v1/inquiries",
                inquiry(TestCitizens.newCpr(), "CITIZEN", null, "2025-01-06T10:00:00+01:00", "SEL § 83")).json().get("id").asLong();
        String expected = jdbc.sql("""
                        select u.username from app_user u
                        left join inquiry i on i.assigned_to = u.username and i.status = 'ASSIGNED'
                        where u.municipality_id = 253 and u.role = 'CASEWORKER'
                        group by u.username, u.display_name order by count(i.id), u.display_name limit 1""")
                .query(String.class).single();

        var response = coordinator.post("/api/v1/inquiries/" + id + "/assignment", "{}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("assignedTo").asText()).isEqualTo(expected);
    }

    @Test
    void assigningToAnUnknownCaseworkerIsRefused() {
        long id = coordinator.post("/api/v1/inquiries",
                inquiry(TestCitizens.newCpr(), "CITIZEN", null, "2025-01-06T10:00:00+01:00", "SEL § 83")).json().get("id").asLong();
        var response = coordinator.post("/api/v1/inquiries/" + id + "/assignment", "{\"caseworker\": \"visitator-esbjerg\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asText()).contains("findes ikke i kommunen");
        assertThat(coordinator.get("/api/v1/inquiries/" + id).json().get("status").asText()).isEqualTo("UNASSIGNED");
    }

    @Test
    void caseworkerRecordsANewExpectedDateWithReason() {
        long id = coordinator.post("/api/v1/inquiries",
                inquiry(TestCitizens.newCpr(), "CITIZEN", null, "2025-01-06T10:00:00+01:00", "SEL § 83")).json().get("id").asLong();

        var postponed = caseworker.post("/api/v1/inquiries/" + id + "/postponements",
                "{\"expectedDecisionOn\": \"2025-04-15\", \"reason\": \"Afventer lægeoplysninger\"}");

        assertThat(postponed.status()).isEqualTo(200);
        JsonNode body = postponed.json();
        assertThat(body.get("deadline").asText()).isEqualTo("2025-03-03");
        assertThat(body.get("effectiveDeadline").asText()).isEqualTo("2025-04-15");
        assertThat(body.get("postponements").get(0).get("reason").asText()).isEqualTo("Afventer lægeoplysninger");
    }

    @Test
    void aPostponementMustBeLaterAndHaveAReason() {
        long id = coordinator.post("/api/v1/inquiries",
                inquiry(TestCitizens.newCpr(), "CITIZEN", null, "2025-01-06T10:00:00+01:00", "SEL § 83")).json().get("id").asLong();

        var earlier = caseworker.post("/api/v1/inquiries/" + id + "/postponements",
                "{\"expectedDecisionOn\": \"2025-03-01\", \"reason\": \"x\"}");
        var noReason = caseworker.post("/api/v1/inquiries/" + id + "/postponements",
                "{\"expectedDecisionOn\": \"2025-05-01\", \"reason\": \" \"}");

        assertThat(earlier.status()).isEqualTo(400);
        assertThat(earlier.json().get("detail").asText()).contains("03.03.2025");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(jdbc.sql("select count(*) from inquiry_deadline_extension where inquiry_id = ?").param(id)
                .query(Long.class).single()).isZero();
        assertThat(coordinator.get("/api/v1/inquiries/" + id).json().get("expectedDecisionOn").isNull()).isTrue();
    }

    @Test
    void legalBasesListTheMunicipalityTable() {
        JsonNode bases = coordinator.get("/api/v1/legal-bases").json();
        assertThat(bases.findValuesAsString("legalBasis")).contains("SEL § 83", "SEL § 100", "SEL § 107");
        JsonNode ikast = ApiClient.as(port, "visitator-ikast").get("/api/v1/legal-bases").json();
        assertThat(ikast.findValuesAsString("legalBasis")).contains("SEL § 85", "SEL § 82 b");
    }

    private java.util.List<Long> ids(JsonNode entries) {
        var ids = new java.util.ArrayList<Long>();
        entries.forEach(e -> ids.add(e.get("inquiryId").asLong()));
        return ids;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    }
}
