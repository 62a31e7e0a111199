package dk.omsorg.citizen;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.TestCitizens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Relatives and representatives over the REST API (issue 15). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient caseworker;

    @BeforeEach
    void clients() {
        caseworker = ApiClient.as(port, "visitator");
    }

    /** A new citizen of the user's municipality at {@code address}, registered through intake. */
    static long citizen(ApiClient client, String name, String address) {
        var response = client.post("/api/v1/inquiries", """
                {"cprNumber": "%s", "citizenName": "%s", "address": "%s", "source": "CITIZEN",
                 "receivedAt": "2025-01-06T10:00:00+01:00", "request": "Hjælp til rengøring",
                 "legalBasis": "SEL § 83", "priority": "NORMAL"}""".formatted(TestCitizens.newCpr(), name, address));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("citizenId").asLong();
    }

    static String contact(String name, String email) {
        return """
                {"name": %s, "relation": "RELATIVE", "phone": "+45 20 30 40 50", "email": %s, "contactMe": true,
                 "consent": "ORAL", "note": "Datter, ringer om aftenen"}"""
                .formatted(name == null ? "null" : "\"" + name + "\"", email == null ? "null" : "\"" + email + "\"");
    }

    @Test
    void aContactIsAddedChangedAndEndedButKept() {
        long citizenId = citizen(ApiClient.as(port, "koordinator"), "Karen Kontakt", "Kontaktvej 1, 2670 Greve");
        var added = caseworker.post("/api/v1/citizens/" + citizenId + "/contacts", contact("Lise Hansen", "lise@example.dk"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonNode lise = added.json();
        assertThat(lise.get("relation").asText()).isEqualTo("RELATIVE");
        assertThat(lise.get("consent").asText()).isEqualTo("ORAL");
        assertThat(lise.get("contactMe").asBoolean()).isTrue();
        long id = lise.get("id").asLong();

        var changed = caseworker.put("/api/v1/citizens/" + citizenId + "/contacts/" + id, """
                {"name": "Lise Hansen", "relation": "POWER_OF_ATTORNEY", "phone": "20304050", "email": null,
                 "contactMe": false, "consent": "WRITTEN", "version": %d}""".formatted(lise.get("version").asInt()));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("relation").asText()).isEqualTo("POWER_OF_ATTORNEY");
        assertThat(changed.json().get("email").isNull()).isTrue();

        var ended = caseworker.post("/api/v1/citizens/" + citizenId + "/contacts/" + id + "/end",
                "{\"version\": %d}".formatted(changed.json().get("version").asInt()));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().get("endedOn").isNull()).isFalse();
        JsonNode list = caseworker.get("/api/v1/citizens/" + citizenId + "/contacts").json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("endedOn").isNull()).isFalse();

        var again = caseworker.post("/api/v1/citizens/" + citizenId + "/contacts/" + id + "/end",
                "{\"version\": %d}".formatted(ended.json().get("version").asInt()));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("detail").asText()).contains("Lise Hansen", "afsluttet");
        assertThat(jdbc.sql("select count(*) from audit_event where citizen_id = ? and resource = 'contact'")
                .param(citizenId).query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aStaleChangeIsRefusedWith409AndChangesNothing() {
        long citizenId = citizen(ApiClient.as(port, "koordinator"), "Stale Borger", "Stalevej 1, 2670 Greve");
        JsonNode added = caseworker.post("/api/v1/citizens/" + citizenId + "/contacts", contact("Ole", null)).json();
        long id = added.get("id").asLong();
        int read = added.get("version").asInt();
        assertThat(caseworker.put("/api/v1/citizens/" + citizenId + "/contacts/" + id,
                "{\"name\": \"Ole Olsen\", \"relation\": \"RELATIVE\", \"version\": %d}".formatted(read)).status())
                .isEqualTo(200);

        var stale = caseworker.put("/api/v1/citizens/" + citizenId + "/contacts/" + id,
                "{\"name\": \"Ole Jensen\", \"relation\": \"GUARDIAN\", \"version\": %d}".formatted(read));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asText()).contains("opdateret af en anden");
        var staleEnd = caseworker.post("/api/v1/citizens/" + citizenId + "/contacts/" + id + "/end",
                "{\"version\": %d}".formatted(read));
        assertThat(staleEnd.status()).isEqualTo(409);
        JsonNode now = caseworker.get("/api/v1/citizens/" + citizenId + "/contacts").json().get(0);
        assertThat(now.get("name").asText()).isEqualTo("Ole Olsen");
        assertThat(now.get("relation").asText()).isEqualTo("RELATIVE");
        assertThat(now.get("endedOn").isNull()).isTrue();
    }

    @Test
    void aContactWithoutANameOrWithABadEmailIsRefusedByFieldAndNothingIsStored() {
        long citizenId = citizen(ApiClient.as(port, "koordinator"), "Navnløs Borger", "Navnevej 1, 2670 Greve");
        var noName = caseworker.post("/api/v1/citizens/" + citizenId + "/contacts", contact("  ", "ikke-en-adresse"));
        assertThat(noName.status()).isEqualTo(400);
        JsonNode errors = noName.json().get("errors");
        assertThat(errors.findValuesAsString("field")).contains("name", "email");
        assertThat(noName.json().get("detail").asText()).isEqualTo("Navn skal udfyldes.");
        assertThat(errors.findValuesAsString("message")).anyMatch(m -> m.contains("E-mailadressen »ikke-en-adresse«"));

        var badEmail = caseworker.post("/api/v1/citizens/" + citizenId + "/contacts", contact("Per", "per@@example"));
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.json().get("errors").get(0).get("field").asText()).isEqualTo("email");
        assertThat(jdbc.sql("select count(*) from citizen_contact where citizen_id = ?").param(citizenId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anotherMunicipalitysCitizenIsNotFound() {
        long citizenId = citizen(ApiClient.as(port, "koordinator"), "Greve Borger", "Grevevej 1, 2670 Greve");
        ApiClient esbjerg = ApiClient.as(port, "visitator-esbjerg");
        assertThat(esbjerg.get("/api/v1/citizens/" + citizenId + "/contacts").status()).isEqualTo(404);
        assertThat(esbjerg.post("/api/v1/citizens/" + citizenId + "/contacts", contact("Snyd", null)).status())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from citizen_contact where citizen_id = ?").param(citizenId)
                .query(Long.class).single()).isZero();
    }
}
