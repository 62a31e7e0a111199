package dk.omsorg.decision;

import dk.omsorg.decision.DecisionTestData.Applicant;
import dk.omsorg.decision.DecisionTestData.Rows;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.PERSONLIG_PLEJE;
import static dk.omsorg.decision.DecisionTestData.check;
import static dk.omsorg.decision.DecisionTestData.decision;
import static dk.omsorg.decision.DecisionTestData.grant;
import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.today;
import static dk.omsorg.decision.DecisionTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

/** The decision REST API over real HTTP, against the embedded PostgreSQL and Greve's 2022 catalogue. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DecisionApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient caseworker;
    Applicant applicant;
    LocalDate today;

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator");
        applicant = DecisionTestData.applicant(caseworker, "SEL § 83 a", Map.of(PERSONLIG_PLEJE, 3));
        today = today();
    }

    private Map<String, Object> bath(int times) {
        return with(grant("rh-bad", times, "WEEK", "DAY", 30, today, null), "goals", "Kan selv vaske overkrop");
    }

    // --- check

    @Test
    void theCheckNamesTheRuleQuotesTheStandardAndStoresNothing() {
        Rows before = Rows.count(jdbc);
        long auditsBefore = audits("CREATE");

        Response response = caseworker.post("/api/v1/decisions/check", check(applicant.citizenId(), bath(2)));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        JsonNode finding = body.get("combinationFindings").get(0);
        assertThat(finding.get("rule").asText()).isEqualTo("FREQUENCY_LIMIT");
        assertThat(finding.get("ruleName").asText()).isEqualTo("hyppighed");
        assertThat(finding.get("severity").asText()).isEqualTo("WARNING");
        assertThat(finding.get("quote").asText()).isEqualTo("Max.1 gang ugentligt.");
        assertThat(body.get("needsReason").asBoolean()).isTrue();
        assertThat(body.get("hasErrors").asBoolean()).isFalse();
        JsonNode grant = body.get("grants").get(0);
        assertThat(grant.get("interventionName").asText()).isEqualTo("RH Bad");
        assertThat(grant.get("legalBasis").asText()).isEqualTo("SEL § 83 a");
        assertThat(grant.get("weeklyMinutes").asInt()).isEqualTo(60);
        assertThat(grant.get("course").get("end").asText()).isNotEmpty();
        assertThat(body.get("weeklyTime").get("totalMinutesPerWeek").asInt()).isEqualTo(60);
        assertThat(Rows.count(jdbc)).isEqualTo(before);
        assertThat(audits("CREATE")).isEqualTo(auditsBefore);
    }

    @Test
    void weeklyMinutesCountEveryShiftAndDay() {
        Response response = caseworker.post("/api/v1/decisions/check", check(applicant.citizenId(),
                grant("rh-toiletbesoeg-3", 2, "DAY", "DAY,EVENING", 15, today, null),
                bath(1)));

        JsonNode body = response.json();
        // 2 a day in each of two shifts, 7 days, 15 minutes = 420; the bath 30
        assertThat(body.get("grants").get(0).get("weeklyMinutes").asInt()).isEqualTo(420);
        assertThat(body.get("weeklyTime").get("interventions")).hasSize(2);
        assertThat(body.get("weeklyTime").get("totalMinutesPerWeek").asInt()).isEqualTo(450);
        assertThat(body.get("grants").get(0).get("criteriaOutcome").asText()).isEqualTo("MET");
    }

    @Test
    void anUnknownInterventionIsAnErrorInTheCheckAndMalformedInputIsRefused() {
        Response unknown = caseworker.post("/api/v1/decisions/check", check(applicant.citizenId(),
                grant("snerydning", 1, "WEEK", "DAY", 30, today, null)));
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.json().get("hasErrors").asBoolean()).isTrue();
        assertThat(unknown.json().get("grants").get(0).get("findings").get(0).get("rule").asText())
                .isEqualTo("UNKNOWN_INTERVENTION");

        Response malformed = caseworker.post("/api/v1/decisions/check", check(applicant.citizenId(),
                with(bath(1), "minutesPerDelivery", 2000)));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asText()).isEqualTo("grants[0].minutesPerDelivery");
    }

    @Test
    void aChangeIsCheckedTogetherWithTheGrantsCarriedOver() {
        JsonNode first = caseworker.post("/api/v1/decisions", decision(applicant.citizenId(), null, bath(1),
                with(grant("rh-daglig-hygiejne", 1, "DAY", "EVENING", 20, today, null), "goals", "Selv vaske ansigt"))).json();
        String bathKey = first.get("grants").get(0).get("grantKey").asText();

        JsonNode check = caseworker.post("/api/v1/decisions/check", json(map("decisionId", first.get("id").asLong(),
                "grants", List.of(with(bath(2), "grantKey", bathKey))))).json();

        assertThat(check.get("grants")).hasSize(2);
        assertThat(check.get("grants").get(0).get("index").asInt()).isZero();
        assertThat(check.get("grants").get(1).get("carriedOver").asBoolean()).isTrue();
        assertThat(check.get("combinationFindings").get(0).get("rule").asText()).isEqualTo("FREQUENCY_LIMIT");
        assertThat(check.get("weeklyTime").get("totalMinutesPerWeek").asInt()).isEqualTo(60 + 140);
    }

    // --- making a decision

    @Test
    void makesADecisionWithARehabilitationCourseTheLetterAndClosesTheInquiry() {
        Response response = caseworker.post("/api/v1/decisions", decision(applicant.citizenId(), applicant.inquiryId(), bath(1)));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode body = response.json();
        long id = body.get("id").asLong();
        assertThat(response.location()).endsWith("/api/v1/decisions/" + id);
        assertThat(body.get("versionNo").asInt()).isEqualTo(1);
        assertThat(body.get("status").asText()).isEqualTo("CURRENT");
        assertThat(body.get("appliedFor").asText()).isEqualTo("Hjælp til bad og rengøring");
        JsonNode grant = body.get("grants").get(0);
        assertThat(grant.get("interventionCode").asText()).isEqualTo("rh-bad");
        assertThat(grant.get("catalogVersion").asText()).isEqualTo("Kvalitetsstandarder 2022");
        assertThat(grant.get("areaCode").asText()).isEqualTo("rh-personlig-pleje");
        assertThat(grant.get("weeklyMinutes").asInt()).isEqualTo(30);
        // a course without an end runs its full length, within the area's 3 months
        LocalDate end = LocalDate.parse(grant.get("end").asText());
        assertThat(end).isBefore(today.plusMonths(3).plusDays(1)).isAfter(today.plusWeeks(12));
        assertThat(grant.get("course").get("midwayEvaluation").asText()).isNotEmpty();
        assertThat(grant.get("startBy").asText()).isNotEmpty();
        assertThat(body.get("letter").get("available").asBoolean()).isTrue();
        assertThat(body.get("letter").get("sha256").asText()).hasSize(64);

        assertThat(caseworker.get("/api/v1/inquiries/" + applicant.inquiryId()).json().get("status").asText())
                .isEqualTo("CLOSED");
        assertThat(jdbc.sql("select count(*) from audit_event where resource = 'decision' and action = 'CREATE' and resource_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

        JsonNode read = caseworker.get("/api/v1/decisions/" + id).json();
        assertThat(read.get("grants").get(0).get("grantKey").asText()).isEqualTo(grant.get("grantKey").asText());
        JsonNode list = caseworker.get("/api/v1/citizens/" + applicant.citizenId() + "/decisions").json();
        assertThat(list.get("decisions")).hasSize(1);
        assertThat(list.get("currentGrants")).hasSize(1);
        assertThat(list.get("weeklyTime").get("totalMinutesPerWeek").asInt()).isEqualTo(30);
    }

    @Test
    void aWarningNeedsAReasonWhichIsStoredAndAudited() {
        Rows before = Rows.count(jdbc);
        Response refused = caseworker.post("/api/v1/decisions", decision(applicant.citizenId(), null, bath(2)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText())
                .contains("Bevilling 1 (RH Bad)", "hyppighed", "Max.1 gang ugentligt.", "begrundelse");
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("grants[0].overrideReason");
        assertThat(Rows.count(jdbc)).isEqualTo(before);

        String reason = "Borgeren er inkontinent efter operationen og skal i bad to gange om ugen.";
        Response saved = caseworker.post("/api/v1/decisions", decision(applicant.citizenId(), null,
                with(bath(2), "override", true, "overrideReason", reason)));

        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        JsonNode body = saved.json();
        assertThat(body.get("outsideStandard").asBoolean()).isTrue();
        assertThat(body.get("grants").get(0).get("overrideReason").asText()).isEqualTo(reason);
        assertThat(body.get("combinationFindings").get(0).get("quote").asText()).isEqualTo("Max.1 gang ugentligt.");
        long id = body.get("id").asLong();
        assertThat(jdbc.sql("select detail from audit_event where resource = 'decision' and resource_id = ? order by id")
                .param(String.valueOf(id)).query(String.class).list())
                .contains("afgørelse truffet", "afgørelse truffet uden for kvalitetsstandarden");
    }

    @Test
    void aReasonOnTheDecisionCoversEveryFinding() {
        Response saved = caseworker.post("/api/v1/decisions", json(map("citizenId", applicant.citizenId(),
                "inquiryId", applicant.inquiryId(), "overrideReason", "Konkret vurdering: behovet er større end standarden.",
                "grants", List.of(bath(2)))));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(saved.json().get("overrideReason").asText()).startsWith("Konkret vurdering");
    }

    @Test
    void badInputGetsADanishProblemAndStoresNothing() {
        record Case(Map<String, Object> grant, String field, String detailPart) {
        }
        Map<String, Object> permanentHelp = grant("daglig-hygiejne", 1, "DAY", "DAY", 20, today, null);
        var cases = List.of(
                new Case(grant("snerydning", 1, "WEEK", "DAY", 30, today, null), "grants[0].interventionCode", "findes ikke"),
                new Case(with(bath(1), "times", 0), "grants[0].times", "mindst 1 gang"),
                new Case(with(bath(1), "times", -2), "grants[0].times", "mindst 1 gang"),
                new Case(with(bath(1), "times", null), "grants[0].times", "positivt"),
                new Case(with(bath(1), "minutesPerDelivery", 0), "grants[0].minutesPerDelivery", "mellem 1 og 1440"),
                new Case(with(bath(1), "minutesPerDelivery", 1441), "grants[0].minutesPerDelivery", "mellem 1 og 1440"),
                new Case(with(bath(1), "end", today.minusDays(1).toString()), "grants[0].end", "før startdatoen"),
                // a temporary course past the area's 3 months, without a reason
                new Case(with(bath(1), "end", today.plusMonths(5).toString()), "grants[0].overrideReason", "varighed"),
                // an override without a reason
                new Case(with(bath(1), "override", true), "grants[0].overrideReason", "Angiv begrundelsen"),
                // a course needs goals
                new Case(with(bath(1), "goals", null), "grants[0].goals", "målene"),
                // a shift the intervention does not exist in
                new Case(grant("rh-bad", 1, "WEEK", "NIGHT", 30, today, null), "grants[0].shifts", "nattevagten"),
                // rehabilitation first: permanent § 83 help without a course, no reason
                new Case(permanentHelp, "grants[0].overrideReason", "rehabilitering først"));
        for (Case c : cases) {
            Rows before = Rows.count(jdbc);
            Response response = caseworker.post("/api/v1/decisions", decision(applicant.citizenId(), applicant.inquiryId(), c.grant()));
            assertThat(response.status()).as(c.field() + ": " + response.body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            JsonNode problem = response.json();
            assertThat(problem.get("detail").asText()).as(c.field()).contains(c.detailPart());
            assertThat(problem.get("errors").findValuesAsString("field")).as(c.detailPart()).contains(c.field());
            assertThat(Rows.count(jdbc)).as("nothing stored for " + c.field()).isEqualTo(before);
        }
        assertThat(caseworker.get("/api/v1/inquiries/" + applicant.inquiryId()).json().get("status").asText())
                .isNotEqualTo("CLOSED");
    }

    @Test
    void anEmptyDecisionAndARefusalWithoutReasonAreRefused() {
        Rows before = Rows.count(jdbc);
        Response empty = caseworker.post("/api/v1/decisions", json(map("citizenId", applicant.citizenId(),
                "inquiryId", applicant.inquiryId(), "grants", List.of())));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("detail").asText()).contains("mindst én");
        Response noReason = caseworker.post("/api/v1/decisions", json(map("citizenId", applicant.citizenId(),
                "inquiryId", applicant.inquiryId(), "refusals", List.of(map("interventionCode", "indkoeb-til-doer")))));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("refusals[0].reason");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void aRefusalQuotesTheCriteria() {
        Response saved = caseworker.post("/api/v1/decisions", json(map("citizenId", applicant.citizenId(),
                "inquiryId", applicant.inquiryId(),
                "refusals", List.of(map("interventionCode", "indkoeb-til-doer",
                        "reason", "Du kan selv bestille varer på nettet.")))));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        JsonNode refusal = saved.json().get("refusals").get(0);
        assertThat(refusal.get("description").asText()).isEqualTo("Indkøbsordning til dør");
        // the applicant was born in 1940: since 1 July 2025 practical help for her rests on Ældreloven
        assertThat(refusal.get("legalBasis").asText()).isEqualTo("Ældreloven § 10 / Ældreloven § 16");
        assertThat(refusal.get("criteriaText").asText()).startsWith("Borgere med funktionsevne svarende til 2-4");
        String text = DecisionTestData.pdfText(caseworker.download("/api/v1/decisions/" + saved.json().get("id").asLong() + "/letter").body());
        assertThat(text).contains("Afgørelse om afslag", "Indkøbsordning til dør", "Du kan selv bestille varer på nettet.",
                "4 uger", "Ankestyrelsen");
    }

    // --- frequencies (issue 13: "hver 3. uge")

    @Test
    void aGrantEveryThirdWeekIsStoredAveragedAndWrittenAsTheStandardWritesIt() {
        Map<String, Object> cleaning = with(grant("lille-rengoering", 1, "WEEK", "DAY", 30, today, null), "every", 3,
                "overrideReason", "Borgeren har brug for hjælp til rengøring nu");
        Response saved = caseworker.post("/api/v1/decisions", decision(applicant.citizenId(), null, cleaning));

        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        JsonNode grant = saved.json().get("grants").get(0);
        assertThat(grant.get("per").asText()).isEqualTo("WEEK");
        assertThat(grant.get("every").asInt()).isEqualTo(3);
        assertThat(grant.get("frequency").asText()).isEqualTo("hver 3. uge i dagvagten");
        assertThat(grant.get("weeklyMinutes").asInt()).isEqualTo(10);
        assertThat(saved.json().get("combinationFindings").findValuesAsString("rule")).doesNotContain("FREQUENCY_LIMIT");
        assertThat(saved.json().get("weeklyTime").get("totalMinutesPerWeek").asInt()).isEqualTo(10);
        assertThat(jdbc.sql("select every_n from decision_grant where grant_key = ?::uuid")
                .param(grant.get("grantKey").asText()).query(Integer.class).single()).isEqualTo(3);
        String text = DecisionTestData.pdfText(caseworker.download("/api/v1/decisions/" + saved.json().get("id").asLong()
                + "/letter").body());
        assertThat(text).contains("hver 3. uge").doesNotContain("1 gang ugentligt");

        Response weekly = caseworker.post("/api/v1/decisions/check", check(applicant.citizenId(),
                grant("lille-rengoering", 1, "WEEK", "DAY", 30, today, null)));
        assertThat(weekly.json().get("combinationFindings").findValuesAsString("quote")).contains("Hver 3. uge");
    }

    @Test
    void anIntervalBelowOneIsRefusedByField() {
        Rows before = Rows.count(jdbc);
        Response response = caseworker.post("/api/v1/decisions", decision(applicant.citizenId(), null,
                with(grant("lille-rengoering", 1, "WEEK", "DAY", 30, today, null), "every", 0)));
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("grants[0].every");
        assertThat(response.json().get("errors").get(0).get("message").asText()).contains("hver 3. uge");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    // --- rehabilitation first

    @Test
    void permanentHelpWhereRehabilitationComesFirstProposesACourse() {
        JsonNode body = caseworker.post("/api/v1/decisions/check", check(applicant.citizenId(),
                grant("daglig-hygiejne", 1, "DAY", "DAY", 20, today, null))).json();
        JsonNode finding = body.get("grants").get(0).get("findings").get(0);
        assertThat(finding.get("rule").asText()).isEqualTo("REHABILITATION_FIRST");
        assertThat(finding.get("severity").asText()).isEqualTo("WARNING");
        assertThat(finding.get("message").asText()).contains("Rehabilitering – Personlig hjælp og pleje");
        assertThat(finding.get("quote").asText()).contains("rehabiliterende indsats");

        // temporary help, or a course in the same decision, is not permanent help without a course
        assertThat(caseworker.post("/api/v1/decisions/check", check(applicant.citizenId(),
                grant("daglig-hygiejne", 1, "DAY", "DAY", 20, today, today.plusMonths(2)))).json()
                .get("grants").get(0).get("findings")).isEmpty();
        assertThat(caseworker.post("/api/v1/decisions/check", check(applicant.citizenId(), bath(1),
                grant("daglig-hygiejne", 1, "DAY", "EVENING", 20, today, null))).json()
                .get("grants").get(1).get("findings")).isEmpty();

        // after a course, permanent help needs no reason
        assertThat(caseworker.post("/api/v1/decisions", decision(applicant.citizenId(), null, bath(1))).status()).isEqualTo(201);
        assertThat(caseworker.post("/api/v1/decisions/check", check(applicant.citizenId(),
                grant("daglig-hygiejne", 1, "DAY", "DAY", 20, today, null))).json()
                .get("grants").get(0).get("findings")).isEmpty();
    }

    // --- letters

    @Test
    void theLetterDownloadsByteIdenticalAndSaysHowToComplain() throws Exception {
        JsonNode made = caseworker.post("/api/v1/decisions", decision(applicant.citizenId(), applicant.inquiryId(), bath(1))).json();
        long id = made.get("id").asLong();

        var first = caseworker.download("/api/v1/decisions/" + id + "/letter");
        var second = caseworker.download("/api/v1/decisions/" + id + "/letter");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("application/pdf");
        assertThat(first.contentDisposition()).contains("attachment", ".pdf");
        String stored = jdbc.sql("select sha256 from decision_letter where decision_id = ?").param(id).query(String.class).single();
        assertThat(sha256(first.body())).isEqualTo(stored).isEqualTo(sha256(second.body()))
                .isEqualTo(made.get("letter").get("sha256").asText());

        String text = DecisionTestData.pdfText(first.body());
        assertThat(text).contains("Greve Kommune", "Afgørelse om hjælp", "Afgørelse Ærø Østergård", "RH Bad",
                "SEL § 83 a", "Kan selv vaske overkrop", "Hjælp til bad og rengøring", "midtvejs",
                "inden 4 uger", "mundtligt eller skriftligt", "Ankestyrelsen", "Klagevejledning",
                "Du får særskilt besked om, hvem der leverer hjælpen");
        assertThat(jdbc.sql("select count(*) from audit_event where resource = 'decision-letter' and resource_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aNonAppealableDecisionSaysSoInItsLetter() {
        ApiClient ikast = ApiClient.as(port, "visitator-ikast");
        Applicant person = DecisionTestData.applicant(ikast, "SEL § 82 b", null);
        Response made = ikast.post("/api/v1/decisions", decision(person.citizenId(), person.inquiryId(),
                with(grant("individuelt-stoetteforloeb", 1, "WEEK", null, 60, today, today.plusMonths(6)),
                        "goals", "Kan selv handle ind; deltager i en gruppe.")));

        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().get("appealable").asBoolean()).isFalse();
        String text = DecisionTestData.pdfText(ikast.download("/api/v1/decisions/" + made.json().get("id").asLong() + "/letter").body());
        assertThat(text).contains("Ikast-Brande Kommune", "Tidsbegrænset individuelt forløb (§ 82 b)", "SEL § 82 b",
                "kan ikke påklages til Ankestyrelsen eller anden administrativ myndighed");
        assertThat(text).doesNotContain("4 uger", "genvurdering");
    }

    // --- versions

    @Test
    void aChangeIsANewVersionThatKeepsTheOld() {
        JsonNode first = caseworker.post("/api/v1/decisions", decision(applicant.citizenId(), applicant.inquiryId(),
                bath(1), with(grant("rh-daglig-hygiejne", 1, "DAY", "EVENING", 20, today, null), "goals", "Selv vaske ansigt"))).json();
        long id = first.get("id").asLong();
        String bathKey = first.get("grants").get(0).get("grantKey").asText();
        String hygieneKey = first.get("grants").get(1).get("grantKey").asText();

        Response changed = caseworker.post("/api/v1/decisions/" + id + "/changes", json(map("version", first.get("version").asInt(),
                "grants", List.of(with(bath(1), "grantKey", bathKey, "minutesPerDelivery", 45)))));

        assertThat(changed.status()).as(changed.body()).isEqualTo(201);
        JsonNode next = changed.json();
        assertThat(next.get("versionNo").asInt()).isEqualTo(2);
        assertThat(next.get("supersedesDecisionId").asLong()).isEqualTo(id);
        assertThat(next.get("lineageId").asLong()).isEqualTo(id);
        assertThat(next.get("letter").get("available").asBoolean()).isTrue();
        JsonNode bath = next.get("grants").get(0);
        assertThat(bath.get("grantKey").asText()).isEqualTo(bathKey);
        assertThat(bath.get("versionNo").asInt()).isEqualTo(2);
        assertThat(bath.get("minutesPerDelivery").asInt()).isEqualTo(45);
        JsonNode hygiene = next.get("grants").get(1);
        assertThat(hygiene.get("grantKey").asText()).isEqualTo(hygieneKey);
        assertThat(hygiene.get("versionNo").asInt()).isEqualTo(1);
        assertThat(hygiene.get("carriedOver").asBoolean()).isTrue();

        JsonNode old = caseworker.get("/api/v1/decisions/" + id).json();
        assertThat(old.get("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(old.get("supersededByDecisionId").asLong()).isEqualTo(next.get("id").asLong());
        assertThat(old.get("grants").get(0).get("minutesPerDelivery").asInt()).isEqualTo(30);
        JsonNode list = caseworker.get("/api/v1/citizens/" + applicant.citizenId() + "/decisions").json();
        assertThat(list.get("decisions")).hasSize(2);
        // only the current version's grants count: 45 for the bath, 7 × 20 for daily hygiene
        assertThat(list.get("weeklyTime").get("totalMinutesPerWeek").asInt()).isEqualTo(45 + 140);
        assertThat(DecisionTestData.pdfText(caseworker.download("/api/v1/decisions/" + next.get("id").asLong() + "/letter").body()))
                .contains("ændrer afgørelsen af");

        // the old version can no longer be changed
        Response again = caseworker.post("/api/v1/decisions/" + id + "/changes", json(map("version", old.get("version").asInt(),
                "grants", List.of(with(bath(1), "grantKey", bathKey, "minutesPerDelivery", 40)))));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("nyere version");
    }

    @Test
    void aStaleChangeIsRefusedAsUpdatedBySomeoneElse() {
        JsonNode first = caseworker.post("/api/v1/decisions", decision(applicant.citizenId(), null, bath(1))).json();
        long id = first.get("id").asLong();
        String key = first.get("grants").get(0).get("grantKey").asText();
        Rows before = Rows.count(jdbc);

        Response stale = caseworker.post("/api/v1/decisions/" + id + "/changes", json(map("version", first.get("version").asInt() + 7,
                "grants", List.of(with(bath(1), "grantKey", key, "minutesPerDelivery", 40)))));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asText()).contains("opdateret af en anden");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void aMinorAdjustmentIsSavedWithoutALetter() {
        JsonNode first = caseworker.post("/api/v1/decisions", decision(applicant.citizenId(), null, bath(1))).json();
        long id = first.get("id").asLong();
        String key = first.get("grants").get(0).get("grantKey").asText();
        Rows before = Rows.count(jdbc);

        // a minor adjustment changes minutes or frequency only
        Response other = caseworker.post("/api/v1/decisions/" + id + "/changes", json(map("version", first.get("version").asInt(),
                "minorAdjustment", true, "grants", List.of(with(bath(1), "grantKey", key, "goals", "Nye mål")))));
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.json().get("detail").asText()).contains("mindre justering", "minutter og hyppighed");
        assertThat(Rows.count(jdbc)).isEqualTo(before);

        Response adjusted = caseworker.post("/api/v1/decisions/" + id + "/changes", json(map("version", first.get("version").asInt(),
                "minorAdjustment", true, "grants", List.of(with(bath(1), "grantKey", key, "minutesPerDelivery", 35)))));

        assertThat(adjusted.status()).as(adjusted.body()).isEqualTo(201);
        JsonNode next = adjusted.json();
        assertThat(next.get("minorAdjustment").asBoolean()).isTrue();
        assertThat(next.get("letter").get("available").asBoolean()).isFalse();
        Response letter = caseworker.get("/api/v1/decisions/" + next.get("id").asLong() + "/letter");
        assertThat(letter.status()).isEqualTo(404);
        assertThat(letter.json().get("detail").asText()).contains("mindre justering");
        assertThat(Rows.count(jdbc).letters()).isEqualTo(before.letters());
    }

    // --- access

    @Test
    void aGreveCaseworkerCannotReachAnEsbjergCitizensDecisionsAndTheAttemptIsAudited() {
        ApiClient esbjerg = ApiClient.as(port, "visitator-esbjerg");
        long esbjergCitizen = DecisionTestData.applicant(esbjerg, "SEL § 83", null).citizenId();

        long auditMark = dk.omsorg.notice.NoticeTestData.lastAuditId(jdbc);
        assertThat(caseworker.get("/api/v1/citizens/" + esbjergCitizen + "/decisions").status()).isEqualTo(404);
        Response check = caseworker.post("/api/v1/decisions/check", check(esbjergCitizen, bath(1)));
        assertThat(check.status()).isEqualTo(404);
        assertThat(check.json().get("detail").asText()).isEqualTo("Borgeren findes ikke.");
        assertThat(caseworker.post("/api/v1/decisions", decision(esbjergCitizen, null, bath(1))).status()).isEqualTo(404);
        // audited in Greve, naming no Esbjerg citizen (issue 14)
        assertThat(jdbc.sql("select count(*) from audit_event where id > ? and citizen_id is null and detail = 'borger i en anden kommune' and action = 'ACCESS_DENIED' and username = 'visitator'")
                .param(auditMark).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void onlyCaseworkersDecide() {
        ApiClient coordinator = ApiClient.as(port, "koordinator");
        assertThat(coordinator.post("/api/v1/decisions", decision(applicant.citizenId(), null, bath(1))).status()).isEqualTo(403);
        assertThat(coordinator.get("/api/v1/citizens/" + applicant.citizenId() + "/decisions").status()).isEqualTo(200);
    }

    private long audits(String action) {
        return jdbc.sql("select count(*) from audit_event where citizen_id = ? and action = ?")
                .params(applicant.citizenId(), action).query(Long.class).single();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
