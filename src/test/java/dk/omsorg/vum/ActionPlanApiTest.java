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

/** Handleplans (serviceloven § 141) over real HTTP: goals, the offer and the citizen's answer, versions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActionPlanApiTest {

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
    void aPlanIsOfferedAcceptedAndRevisedKeepingTheOldVersion() {
        long assessment = caseworker.post("/api/v1/citizens/" + citizenId + "/vum-assessments",
                VumApiTest.draft("SELF_CARE", 2, true, "Behov for støtte")).json().get("id").asLong();
        Response created = caseworker.post(path(), plan(assessment, null, goal("Laver selv aftensmad", "3 dage om ugen"), null));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("vumAssessmentId").asLong()).isEqualTo(assessment);
        assertThat(created.json().get("versions")).hasSize(1);

        Response revised = caseworker.put("/api/v1/action-plans/" + id, plan(null, 0,
                goal("Laver selv aftensmad", "5 dage om ugen") + "," + goal("Handler selv ind", "1 gang om ugen"),
                "ACCEPTED"));
        assertThat(revised.status()).isEqualTo(200);
        JsonNode versions = revised.json().get("versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("goals").get(0).get("measure").asString()).isEqualTo("3 dage om ugen");
        assertThat(versions.get(0).get("response").isNull()).isTrue();
        assertThat(versions.get(1).get("version").asInt()).isEqualTo(1);
        assertThat(versions.get(1).get("goals")).hasSize(2);
        assertThat(versions.get(1).get("response").asString()).isEqualTo("ACCEPTED");
        assertThat(versions.get(1).get("reviewDates").get(0).asString()).isEqualTo(today().plusMonths(3).toString());

        Response stale = caseworker.put("/api/v1/action-plans/" + id, plan(null, 0, goal("x", "y"), null));
        assertThat(stale.status()).isEqualTo(409);

        assertThat(coordinator.get("/api/v1/action-plans/" + id).json().get("versions")).hasSize(2);
        assertThat(coordinator.get(path()).json()).hasSize(1);
        assertThat(jdbc.sql("select count(*) from audit_event where resource = 'handleplan' and resource_id = ? and action in ('CREATE','UPDATE')")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void moreThanTwoGoalsAreRefused() {
        Rows before = Rows.count(jdbc);
        Response r = caseworker.post(path(), plan(null, null,
                goal("a", "b") + "," + goal("c", "d") + "," + goal("e", "f"), null));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("goals");
        assertThat(r.json().get("detail").asString()).isEqualTo("Et forløb kan højst have 2 mål.");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void anEmptyGoalIsRefused() {
        Rows before = Rows.count(jdbc);
        Response r = caseworker.post(path(), plan(null, null, goal(" ", "b"), null));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("goals[0].text");
        assertThat(r.json().get("detail").asString()).isEqualTo("Skriv målet.");
        Response none = caseworker.post(path(), plan(null, null, "", null));
        assertThat(none.json().get("detail").asString()).isEqualTo("Angiv mindst ét mål.");
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void anotherMunicipalityGets404() {
        long id = caseworker.post(path(), plan(null, null, goal("a", "b"), null)).json().get("id").asLong();
        Rows before = Rows.count(jdbc);
        assertThat(esbjerg.get(path()).status()).isEqualTo(404);
        Response one = esbjerg.get("/api/v1/action-plans/" + id);
        assertThat(one.status()).isEqualTo(404);
        assertThat(one.json().get("detail").asString()).isEqualTo("Handleplanen findes ikke.");
        assertThat(esbjerg.put("/api/v1/action-plans/" + id, plan(null, 0, goal("a", "b"), null)).status()).isEqualTo(404);
        assertThat(esbjerg.post(path(), plan(null, null, goal("a", "b"), null)).status()).isEqualTo(404);
        assertThat(Rows.count(jdbc)).isEqualTo(before);
    }

    private String path() {
        return "/api/v1/citizens/" + citizenId + "/action-plans";
    }

    private static LocalDate today() {
        return LocalDate.now(DanishTime.ZONE);
    }

    private static String goal(String text, String measure) {
        return """
                {"text": "%s", "measure": "%s", "expectedBy": "%s"}""".formatted(text, measure, today().plusMonths(6));
    }

    private static String plan(Long assessment, Integer version, String goals, String response) {
        return """
                {%s "vumAssessmentId": %s, "course": "§ 85 socialpædagogisk støtte", "goals": [%s],
                 "reviewDates": ["%s"], "offeredOn": "%s", "response": %s, "respondedOn": %s}"""
                .formatted(version == null ? "" : "\"version\": " + version + ",", assessment, goals,
                        today().plusMonths(3), today(), response == null ? "null" : "\"" + response + "\"",
                        response == null ? "null" : "\"" + today() + "\"");
    }
}
