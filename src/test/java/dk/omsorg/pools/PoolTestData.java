package dk.omsorg.pools;

import dk.omsorg.citizen.CprNumber;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.ApiClient.Response;
import dk.omsorg.support.TestCitizens;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static org.assertj.core.api.Assertions.assertThat;

/** An Ikast-Brande citizen and pools opened through the API. */
final class PoolTestData {

    static final int IKAST_BRANDE = 756;

    private PoolTestData() {
    }

    /** A citizen of Ikast-Brande, written directly: the pools module only needs the citizen to exist. */
    static long ikastCitizen(JdbcClient jdbc) {
        String cpr = TestCitizens.newCpr().replace("-", "");
        return jdbc.sql("""
                        insert into citizen (municipality_id, cpr_number, name, address, birth_date, sex, created_at,
                            created_by, modified_at, modified_by, version)
                        values (?, ?, 'Lise Ledsaget', 'Torvet 1, 7430 Ikast', ?, 'FEMALE', now(), 'test', now(), 'test', 0)
                        returning id""")
                .params(IKAST_BRANDE, cpr, CprNumber.of(cpr).birthDate()).query(Long.class).single();
    }

    static Response open(ApiClient client, long citizenId, String kind, LocalDate startsOn, Object quantity, Object savedHours) {
        return client.post("/api/v1/citizens/" + citizenId + "/pools", json(map("grantKey", UUID.randomUUID(),
                "kind", kind, "startsOn", startsOn, "quantity", quantity, "savedHours", savedHours)));
    }

    static JsonNode opened(ApiClient client, long citizenId, String kind, LocalDate startsOn, Object quantity) {
        Response r = open(client, citizenId, kind, startsOn, quantity, null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    static Response entry(ApiClient client, JsonNode pool, String what, LocalDate on, Object quantity, String note) {
        return client.post("/api/v1/pools/" + pool.get("id").asLong() + "/" + what,
                json(map("on", on, "quantity", quantity, "note", note, "version", pool.get("version").asInt())));
    }

    /** The field's Danish message in a 400 answer. */
    static String error(Response r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        for (JsonNode e : r.json().get("errors")) {
            if (field.equals(e.get("field").asText())) {
                return e.get("message").asText();
            }
        }
        throw new AssertionError("no error for " + field + " in " + r.body());
    }
}
