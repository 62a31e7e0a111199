package dk.omsorg.assessment;

import dk.omsorg.assessment.TestData.Rows;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.WebSession;
import dk.omsorg.support.WebSession.Page;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expected level (forventet tilstand) per functional-ability state: what KL Gateway reports as the state's goal.
 * Stored with the score, validated 0–4 like it, by the API and the form, and shown on the assessment page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentExpectedLevelTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient caseworker;
    long citizenId;

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator");
        citizenId = TestData.citizen(jdbc, TestData.GREVE);
    }

    @Test
    void theApiStoresAndReturnsTheExpectedLevel() {
        Response created = caseworker.post(api(), body(score(Fsiii.INDKOEB, 3) + "," + score(Fsiii.LAVE_MAD, 2),
                score(Fsiii.INDKOEB, 1)));

        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(stored(id, Fsiii.INDKOEB)).isEqualTo(1);
        assertThat(stored(id, Fsiii.LAVE_MAD)).isNull();
        JsonNode read = caseworker.get("/api/v1/assessments/" + id).json();
        assertThat(read.get("expectedLevels").get(Fsiii.INDKOEB.toString()).asInt()).isEqualTo(1);
        assertThat(read.get("expectedLevels").has(Fsiii.LAVE_MAD.toString())).isFalse();
    }

    @Test
    void anExpectedLevelOutsideZeroToFourIsRefusedByFieldAndNothingIsStored() {
        Rows before = Rows.count(jdbc);

        Response response = caseworker.post(api(), body(score(Fsiii.INDKOEB, 3), score(Fsiii.INDKOEB, 9)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString())
                .isEqualTo("9 er ikke et gyldigt forventet niveau for \"Indkøb\". Brug 0, 1, 2, 3 eller 4.");
        assertThat(response.json().get("errors").get(0).get("field").asString())
                .isEqualTo("expectedLevels[" + Fsiii.INDKOEB + "]");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void anExpectedLevelWithoutScoreOrOnANotRelevantStateIsRefused() {
        Rows before = Rows.count(jdbc);

        Response withoutScore = caseworker.post(api(), body(score(Fsiii.INDKOEB, 3), score(Fsiii.LAVE_MAD, 1)));
        Response notRelevant = caseworker.post(api(), body(score(Fsiii.HUKOMMELSE, 9), score(Fsiii.HUKOMMELSE, 0)));

        assertThat(withoutScore.status()).isEqualTo(400);
        assertThat(withoutScore.json().get("errors").get(0).get("field").asString())
                .isEqualTo("expectedLevels[" + Fsiii.LAVE_MAD + "]");
        assertThat(withoutScore.json().get("detail").asString()).contains("\"Lave mad\"", "ingen score");
        assertThat(notRelevant.status()).isEqualTo(400);
        assertThat(notRelevant.json().get("detail").asString()).contains("ikke relevant (9)");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void theFormSavesTheExpectedLevelAndTheAssessmentPageShowsIt() {
        WebSession browser = WebSession.logIn(port, "visitator");
        Page form = browser.get("/citizens/" + citizenId + "/assessments/new");
        assertThat(form.tag("expected-" + Fsiii.INDKOEB)).startsWith("<select")
                .contains("name=\"expected[" + Fsiii.INDKOEB + "]\"");
        assertThat(form.body()).contains("Forventet tilstand");

        Page saved = browser.post("/citizens/" + citizenId + "/assessments", List.of(
                Map.entry("assessedOn", today().toString()),
                Map.entry("score[" + Fsiii.INDKOEB + "]", "3"),
                Map.entry("expected[" + Fsiii.INDKOEB + "]", "2"),
                Map.entry("overallAssessment", "Kan lære at handle ind igen.")));

        assertThat(saved.status()).isEqualTo(302);
        long id = jdbc.sql("select id from assessment where citizen_id = ?").param(citizenId).query(Long.class).single();
        assertThat(stored(id, Fsiii.INDKOEB)).isEqualTo(2);
        Page page = browser.get("/assessments/" + id);
        assertThat(page.body()).contains("Forventet tilstand").contains("2 Moderate begrænsninger");
    }

    @Test
    void aTamperedExpectedLevelInTheFormIsShownBesideTheFieldAndNothingIsStored() {
        WebSession browser = WebSession.logIn(port, "visitator");
        browser.get("/citizens/" + citizenId + "/assessments/new");
        Rows before = Rows.count(jdbc);

        Page page = browser.post("/citizens/" + citizenId + "/assessments", List.of(
                Map.entry("assessedOn", today().toString()),
                Map.entry("score[" + Fsiii.INDKOEB + "]", "3"),
                Map.entry("expected[" + Fsiii.INDKOEB + "]", "7"),
                Map.entry("overallAssessment", "x")));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.count("7 er ikke et gyldigt forventet niveau for &quot;Indkøb&quot;.")).isEqualTo(2);
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    private Integer stored(long assessmentId, UUID state) {
        return jdbc.sql("select expected_level from assessment_ability_score where assessment_id = ? and state_code = ?")
                .params(assessmentId, state).query(Integer.class).optional().orElse(null);
    }

    private String api() {
        return "/api/v1/citizens/" + citizenId + "/assessments";
    }

    private static String body(String scores, String expectedLevels) {
        return """
                {"assessedOn": "%s", "overallAssessment": "Vurderet", "abilityScores": {%s}, "expectedLevels": {%s}}"""
                .formatted(today(), scores, expectedLevels);
    }

    private static String score(UUID code, int score) {
        return "\"%s\": %d".formatted(code, score);
    }

    private static LocalDate today() {
        return LocalDate.now(DanishTime.ZONE);
    }
}
