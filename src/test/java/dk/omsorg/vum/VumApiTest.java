package dk.omsorg.vum;

import dk.omsorg.shared.DanishTime;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.vum.VumTestData.Rows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** VUM 2.0 assessments over real HTTP against the embedded PostgreSQL, for an Ikast-Brande citizen. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VumApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient caseworker;
    ApiClient coordinator;
    ApiClient esbjerg;
    long citizenId;

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator-ikast");
        coordinator = ApiClient.as(port, "koordinator-ikast");
        esbjerg = ApiClient.as(port, "visitator-esbjerg");
        citizenId = VumTestData.citizen(jdbc, VumTestData.IKAST_BRANDE);
    }

    @Test
    void theReferenceDataIsServed() {
        JsonNode ref = caseworker.get("/api/v1/vum/reference").json();
        assertThat(ref.get("themes")).hasSize(11);
        assertThat(ref.get("scale").get(3).get("name").asString()).isEqualTo("Svære problemer");
    }

    @Test
    void aDraftIsRecordedCorrectedAndCompletedAndAStaleCorrectionIs409() {
        Response created = caseworker.post(path(), draft("SELF_CARE", 2, false, ""));
        assertThat(created.status()).isEqualTo(201);
        JsonNode a = created.json();
        long id = a.get("id").asLong();
        assertThat(a.get("status").asString()).isEqualTo("DRAFT");
        assertThat(a.get("themes").get(0).get("limitation").asInt()).isEqualTo(2);
        assertThat(a.get("statements").get(0).get("source").asString()).isEqualTo("GP");

        Response completed = caseworker.put("/api/v1/vum-assessments/" + id,
                correction(0, "MOBILITY", 3, true, "Borgeren har brug for støtte til at komme ud."));
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.json().get("completedBy").asString()).isEqualTo("visitator-ikast");
        assertThat(completed.json().get("version").asInt()).isEqualTo(1);

        Response stale = caseworker.put("/api/v1/vum-assessments/" + id, correction(0, "MOBILITY", 1, false, ""));
        assertThat(stale.status()).isEqualTo(409);

        Response afterCompletion = caseworker.put("/api/v1/vum-assessments/" + id, correction(1, "MOBILITY", 1, false, ""));
        assertThat(afterCompletion.status()).isEqualTo(400);
        assertThat(afterCompletion.json().get("detail").asString()).contains("afsluttet");

        JsonNode read = coordinator.get("/api/v1/vum-assessments/" + id).json();
        assertThat(read.get("themes").get(0).get("themeCode").asString()).isEqualTo("MOBILITY");
        assertThat(coordinator.get(path()).json()).hasSize(1);
        assertThat(audits("CREATE", id)).isEqualTo(1);
        assertThat(audits("UPDATE", id)).isEqualTo(1);
        assertThat(audits("READ", id)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void completingNeedsAnOverallAssessment() {
        Rows before = Rows.count(jdbc);
        Response r = caseworker.post(path(), draft("SELF_CARE", 2, true, ""));
        assertThat(r.status()).isEqualTo(400);
        assertThat(field(r, 0)).isEqualTo("overallAssessment");
        assertThat(r.json().get("detail").asString()).isEqualTo("Skriv en helhedsvurdering, før udredningen afsluttes.");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void anUnknownThemeIsRefusedInDanish() {
        Rows before = Rows.count(jdbc);
        Response r = caseworker.post(path(), draft("FLYING", 2, false, ""));
        assertThat(r.status()).isEqualTo(400);
        assertThat(field(r, 0)).isEqualTo("themes[0].themeCode");
        assertThat(r.json().get("detail").asString()).isEqualTo("Temaet findes ikke i VUM 2.0.");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void aStepOffTheScaleIsRefusedInDanish() {
        Rows before = Rows.count(jdbc);
        Response r = caseworker.post(path(), draft("SELF_CARE", 5, false, ""));
        assertThat(r.status()).isEqualTo(400);
        assertThat(field(r, 0)).isEqualTo("themes[0].limitation");
        assertThat(r.json().get("detail").asString()).isEqualTo("Vælg et trin på skalaen fra 0 til 4.");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void anUnknownStatementSourceIsRefusedWithoutEnglish() {
        Rows before = Rows.count(jdbc);
        Response r = caseworker.post(path(), draft("SELF_CARE", 1, false, "").replace("\"GP\"", "\"DENTIST\""));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asString()).doesNotContain("DENTIST", "Failed", "Cannot", "enum");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void anotherMunicipalityGets404AndTheAttemptIsAudited() {
        long id = caseworker.post(path(), draft("SELF_CARE", 1, false, "")).json().get("id").asLong();
        Rows before = Rows.count(jdbc);
        long lastAudit = jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
        assertThat(esbjerg.get(path()).status()).isEqualTo(404);
        Response one = esbjerg.get("/api/v1/vum-assessments/" + id);
        assertThat(one.status()).isEqualTo(404);
        assertThat(one.json().get("detail").asString()).isEqualTo("Udredningen findes ikke.");
        assertThat(esbjerg.post(path(), draft("SELF_CARE", 1, false, "")).status()).isEqualTo(404);
        assertThat(esbjerg.put("/api/v1/vum-assessments/" + id, correction(0, "SELF_CARE", 1, false, "")).status())
                .isEqualTo(404);
        assertThat(Rows.count(jdbc)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCESS_DENIED' and username = 'visitator-esbjerg' and id > ? and detail = 'borger i en anden kommune'")
                .param(lastAudit).query(Long.class).single()).isEqualTo(4);
    }

    private String path() {
        return "/api/v1/citizens/" + citizenId + "/vum-assessments";
    }

    private long audits(String action, long id) {
        return jdbc.sql("select count(*) from audit_event where resource = 'vum-udredning' and action = ? and resource_id = ?")
                .params(action, String.valueOf(id)).query(Long.class).single();
    }

    private static String field(Response r, int i) {
        return r.json().get("errors").get(i).get("field").asString();
    }

    private static String today() {
        return LocalDate.now(DanishTime.ZONE).toString();
    }

    static String draft(String theme, int limitation, boolean complete, String overall) {
        return """
                {"assessedOn": "%s", "overallAssessment": "%s", "complete": %s,
                 "themes": [{"themeCode": "%s", "resources": "Klarer selv morgenmaden",
                             "challenges": "Glemmer at spise", "wishes": "Vil gerne lave mad selv", "limitation": %d}],
                 "statements": [{"source": "GP", "name": "Læge Hansen", "givenOn": "%s", "text": "Borgeren har brug for struktur."}]}"""
                .formatted(today(), overall, complete, theme, limitation, today());
    }

    static String correction(int version, String theme, int limitation, boolean complete, String overall) {
        return draft(theme, limitation, complete, overall).replaceFirst("\\{", "{\"version\": " + version + ", ");
    }
}
