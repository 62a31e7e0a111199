package dk.omsorg.assessment;

import dk.omsorg.assessment.TestData.Rows;
import dk.omsorg.shared.DanishTime;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The assessment REST API over real HTTP, against the embedded PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient caseworker;
    ApiClient esbjerg;
    ApiClient coordinator;
    long citizenId;

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator");
        esbjerg = ApiClient.as(port, "visitator-esbjerg");
        coordinator = ApiClient.as(port, "koordinator");
        citizenId = TestData.citizen(jdbc, TestData.GREVE);
    }

    // --- FSIII reference data

    @Test
    void listsTheCurrentFunctionalAbilityStatesByArea() {
        Response response = caseworker.get("/api/v1/fsiii/functional-ability-states");
        assertThat(response.status()).isEqualTo(200);
        JsonNode areas = response.json();
        assertThat(areas).extracting(a -> a.get("name").asString())
                .containsExactly("Egenomsorg", "Praktiske opgaver", "Mobilitet", "Mentale funktioner");
        int states = 0;
        for (JsonNode area : areas) {
            states += area.get("concepts").size();
        }
        assertThat(states).isEqualTo(13);
        assertThat(areas.get(1).get("concepts").findValuesAsString("legacyCode")).containsExactly("J2.1", "J2.2", "J2.4");
    }

    @Test
    void listsTheCurrentHealthConditionsByArea() {
        JsonNode areas = caseworker.get("/api/v1/fsiii/health-conditions").json();
        assertThat(areas).hasSize(12);
        int conditions = 0;
        for (JsonNode area : areas) {
            conditions += area.get("concepts").size();
        }
        assertThat(conditions).isEqualTo(23);
    }

    @Test
    void theReferenceDataIsInTheDatabase() {
        assertThat(jdbc.sql("select count(*) from fsiii_concept where kind = 'FUNCTIONAL_ABILITY_STATE' and current")
                .query(Long.class).single()).isEqualTo(13);
        assertThat(jdbc.sql("select legacy_code from fsiii_concept where code = ?").param(Fsiii.VASKE_SIG)
                .query(String.class).single()).isEqualTo("J1.1");
    }

    @Test
    void theScale() {
        JsonNode scale = caseworker.get("/api/v1/fsiii/scale").json();
        assertThat(scale.findValuesAsString("label")).startsWith("Ingen/ubetydelige begrænsninger").endsWith("Ikke relevant");
    }

    // --- recording and reading

    @Test
    void recordsAnAssessmentAndReadsItBack() {
        Response created = caseworker.post(assessments(), body(today(), "Klarer sig med hjælp.",
                score(Fsiii.INDKOEB, 2) + "," + score(Fsiii.HUKOMMELSE, 9),
                condition(Fsiii.PROBLEMER_MED_ERNAERING, "NOTED", "Har tabt 4 kg") + ","
                        + condition(Fsiii.RESPIRATIONSPROBLEMER, "NOT_RELEVANT", null)));

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        long id = body.get("id").asLong();
        assertThat(created.location()).endsWith("/api/v1/assessments/" + id);
        assertThat(body.get("citizenId").asLong()).isEqualTo(citizenId);
        assertThat(body.get("createdBy").asString()).isEqualTo("visitator");
        assertThat(body.get("abilityScores").get(Fsiii.INDKOEB.toString()).asInt()).isEqualTo(2);

        JsonNode read = caseworker.get("/api/v1/assessments/" + id).json();
        assertThat(read.get("overallAssessment").asString()).isEqualTo("Klarer sig med hjælp.");
        assertThat(read.get("assessedOn").asString()).isEqualTo(today().toString());
        assertThat(read.get("abilityScores").get(Fsiii.HUKOMMELSE.toString()).asInt()).isEqualTo(9);
        JsonNode nutrition = read.get("healthConditions").get(Fsiii.PROBLEMER_MED_ERNAERING.toString());
        assertThat(nutrition.get("status").asString()).isEqualTo("NOTED");
        assertThat(nutrition.get("note").asString()).isEqualTo("Har tabt 4 kg");
        assertThat(read.get("version").asInt()).isEqualTo(body.get("version").asInt());

        assertThat(audit("CREATE", id)).isEqualTo(1);
        assertThat(audit("READ", id)).isEqualTo(1);
    }

    @Test
    void historyIsNewestFirst() {
        long older = caseworker.post(assessments(), body(today().minusMonths(6), "Første", score(Fsiii.INDKOEB, 1), ""))
                .json().get("id").asLong();
        long newer = caseworker.post(assessments(), body(today().minusDays(1), "Anden", score(Fsiii.INDKOEB, 2), ""))
                .json().get("id").asLong();

        Response history = caseworker.get(assessments());
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json()).extracting(a -> a.get("id").asLong()).containsExactly(newer, older);
    }

    @Test
    void anAssessmentMayBeLinkedToAnInquiryOfTheSameCitizenOnly() {
        Rows before = Rows.count(jdbc);
        Response response = caseworker.post(assessments(), """
                {"inquiryId": 999999999, "assessedOn": "%s", "overallAssessment": "x"}""".formatted(today()));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("inquiryId");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    // --- bad input: 400 with a Danish detail, and nothing stored

    @Test
    void anUnknownCodeIsRefused() {
        UUID unknown = Fsiii.UNKNOWN;
        Rows before = Rows.count(jdbc);
        Response response = caseworker.post(assessments(), body(today(), "x", score(unknown, 1), ""));

        assertProblem(response, 400, "abilityScores[" + unknown + "]",
                "FSIII-koden " + unknown + " er ikke en kendt funktionsevnetilstand.");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void aRetiredStateIsRefusedAsUdgaaet() {
        Rows before = Rows.count(jdbc);
        Response response = caseworker.post(assessments(),
                body(today(), "x", score(Fsiii.INDKOEB, 1) + "," + score(Fsiii.VASKE_SIG, 2), ""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString())
                .startsWith("Funktionsevnetilstanden \"Vaske sig\" (J1.1").contains("er udgået");
        assertThat(response.json().get("errors").get(0).get("field").asString())
                .isEqualTo("abilityScores[" + Fsiii.VASKE_SIG + "]");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void aRetiredHealthConditionIsRefusedAsUdgaaet() {
        Rows before = Rows.count(jdbc);
        Response response = caseworker.post(assessments(), body(today(), "x", "",
                condition(Fsiii.PROBLEMER_MED_VANDLADNING_I12_2, "NOT_RELEVANT", null)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("(I12.2").contains("er udgået");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void scoreSevenIsRefused() {
        Rows before = Rows.count(jdbc);
        Response response = caseworker.post(assessments(), body(today(), "x", score(Fsiii.INDKOEB, 7), ""));

        assertProblem(response, 400, "abilityScores[" + Fsiii.INDKOEB + "]",
                "7 er ikke en gyldig score for \"Indkøb\". Brug 0, 1, 2, 3, 4 eller 9 (ikke relevant).");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void aFutureDateIsRefused() {
        Rows before = Rows.count(jdbc);
        LocalDate tomorrow = today().plusDays(1);
        Response response = caseworker.post(assessments(), body(tomorrow, "x", score(Fsiii.INDKOEB, 1), ""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("ligger i fremtiden");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("assessedOn");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void aMissingOverallAssessmentAndANotedConditionWithoutNoteAreBothReported() {
        Rows before = Rows.count(jdbc);
        Response response = caseworker.post(assessments(), body(today(), " ", score(Fsiii.INDKOEB, 1),
                condition(Fsiii.PROBLEMER_MED_ERNAERING, "NOTED", null)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors")).extracting(e -> e.get("field").asString())
                .containsExactly("overallAssessment", "healthConditions[" + Fsiii.PROBLEMER_MED_ERNAERING + "].note");
        assertThat(response.json().get("detail").asString()).isEqualTo("Skriv en helhedsvurdering.");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void anUnreadableBodyIsRefused() {
        Rows before = Rows.count(jdbc);
        Response response = caseworker.post(assessments(), """
                {"assessedOn": "i morgen", "overallAssessment": "x"}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    // --- correcting

    @Test
    void correctsWithTheVersionThatWasRead() {
        JsonNode created = caseworker.post(assessments(), body(today(), "Før", score(Fsiii.INDKOEB, 2), "")).json();
        long id = created.get("id").asLong();
        int version = created.get("version").asInt();

        Response corrected = caseworker.put("/api/v1/assessments/" + id, correction(version, today(), "Efter",
                score(Fsiii.INDKOEB, 1) + "," + score(Fsiii.LAVE_MAD, 3)));

        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().get("version").asInt()).isEqualTo(version + 1);
        assertThat(corrected.json().get("overallAssessment").asString()).isEqualTo("Efter");
        assertThat(jdbc.sql("select count(*) from assessment_ability_score where assessment_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(audit("UPDATE", id)).isEqualTo(1);
    }

    @Test
    void aCorrectionOfAnOutdatedVersionIsAConflict() {
        JsonNode created = caseworker.post(assessments(), body(today(), "Før", score(Fsiii.INDKOEB, 2), "")).json();
        long id = created.get("id").asLong();
        int version = created.get("version").asInt();
        assertThat(caseworker.put("/api/v1/assessments/" + id,
                correction(version, today(), "Første rettelse", score(Fsiii.INDKOEB, 3))).status()).isEqualTo(200);
        Rows before = Rows.count(jdbc);

        Response stale = ApiClient.as(port, "visitator2").put("/api/v1/assessments/" + id,
                correction(version, today(), "Anden rettelse", score(Fsiii.INDKOEB, 0)));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().get("detail").asString()).contains("opdateret af en anden");
        JsonNode kept = caseworker.get("/api/v1/assessments/" + id).json();
        assertThat(kept.get("overallAssessment").asString()).isEqualTo("Første rettelse");
        assertThat(kept.get("abilityScores").get(Fsiii.INDKOEB.toString()).asInt()).isEqualTo(3);
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void aCorrectionWithABrokenRuleChangesNothing() {
        JsonNode created = caseworker.post(assessments(), body(today(), "Før", score(Fsiii.INDKOEB, 2), "")).json();
        long id = created.get("id").asLong();
        Rows before = Rows.count(jdbc);

        Response response = caseworker.put("/api/v1/assessments/" + id,
                correction(created.get("version").asInt(), today(), "Efter", score(Fsiii.INDKOEB, 7)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(caseworker.get("/api/v1/assessments/" + id).json().get("overallAssessment").asString()).isEqualTo("Før");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void aCorrectionWithoutVersionIsRefused() {
        long id = caseworker.post(assessments(), body(today(), "Før", "", "")).json().get("id").asLong();
        Response response = caseworker.put("/api/v1/assessments/" + id, """
                {"assessedOn": "%s", "overallAssessment": "Efter"}""".formatted(today()));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("version");
    }

    @Test
    void anUnknownAssessmentIsNotFound() {
        Response response = caseworker.get("/api/v1/assessments/987654321");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asString()).isEqualTo("Vurderingen findes ikke.");
    }

    // --- who may do what

    @Test
    void anotherMunicipalitysCaseworkerIsRefused() {
        long id = caseworker.post(assessments(), body(today(), "Greve", score(Fsiii.INDKOEB, 2), ""))
                .json().get("id").asLong();
        Rows before = Rows.count(jdbc);

        long auditMark = dk.omsorg.notice.NoticeTestData.lastAuditId(jdbc);
        assertThat(esbjerg.get(assessments()).status()).isEqualTo(404);
        assertThat(esbjerg.get("/api/v1/assessments/" + id).status()).isEqualTo(404);
        Response post = esbjerg.post(assessments(), body(today(), "Esbjerg", score(Fsiii.INDKOEB, 1), ""));
        assertThat(post.status()).isEqualTo(404);
        assertThat(post.json().get("detail").asString()).isEqualTo("Borgeren findes ikke.");
        assertThat(esbjerg.put("/api/v1/assessments/" + id, correction(0, today(), "Esbjerg", "")).status())
                .isEqualTo(404);

        assertThat(Rows.count(jdbc)).isEqualTo(before);
        // audited in Esbjerg, naming no Greve citizen (issue 14)
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCESS_DENIED' and username = 'visitator-esbjerg' and id > ? and citizen_id is null and detail = 'borger i en anden kommune'")
                .param(auditMark).query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void onlyCaseworkersRecordAssessments() {
        Rows before = Rows.count(jdbc);
        assertThat(coordinator.post(assessments(), body(today(), "x", "", "")).status()).isEqualTo(403);
        assertThat(coordinator.get(assessments()).status()).isEqualTo(200);
        assertThat(ApiClient.as(port, "okonomi").get(assessments()).status()).isEqualTo(403);
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void anonymousRequestsAreRefused() {
        assertThat(ApiClient.anonymous(port).get(assessments()).status()).isEqualTo(401);
        assertThat(ApiClient.anonymous(port).get("/api/v1/fsiii/functional-ability-states").status()).isEqualTo(401);
    }

    // --- helpers

    private String assessments() {
        return "/api/v1/citizens/" + citizenId + "/assessments";
    }

    private static LocalDate today() {
        return LocalDate.now(DanishTime.ZONE);
    }

    static String body(LocalDate assessedOn, String overall, String scores, String conditions) {
        return """
                {"assessedOn": "%s", "overallAssessment": "%s", "abilityScores": {%s}, "healthConditions": {%s}}"""
                .formatted(assessedOn, overall, scores, conditions);
    }

    static String correction(int version, LocalDate assessedOn, String overall, String scores) {
        return """
                {"version": %d, "assessedOn": "%s", "overallAssessment": "%s", "abilityScores": {%s}}"""
                .formatted(version, assessedOn, overall, scores);
    }

    static String score(UUID code, int score) {
        return "\"%s\": %d".formatted(code, score);
    }

    static String condition(UUID code, String status, String note) {
        return "\"%s\": {\"status\": \"%s\", \"note\": %s}".formatted(code, status, note == null ? "null" : "\"" + note + "\"");
    }

    private long audit(String action, long assessmentId) {
        return jdbc.sql("select count(*) from audit_event where resource = 'assessment' and action = ? and resource_id = ?")
                .params(action, String.valueOf(assessmentId)).query(Long.class).single();
    }

    private static void assertProblem(Response response, int status, String field, String detail) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("detail").asString()).isEqualTo(detail);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo(detail);
    }
}
