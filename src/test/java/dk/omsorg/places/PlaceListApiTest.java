package dk.omsorg.places;

import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.today;
import static dk.omsorg.places.PlaceListTestData.entry;
import static dk.omsorg.places.PlaceListTestData.granted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Putting citizens on waiting lists under a current grant (seed 002: an application is a revisitation), the ranking of
 * the temporary-stay list, and keeping entries current, over real HTTP with Esbjerg's places.yaml.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlaceListApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient caseworker;

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator-esbjerg");
    }

    private long entries(long citizenId) {
        return jdbc.sql("select count(*) from place_list_entry where citizen_id = ?").param(citizenId).query(Long.class).single();
    }

    private ApiClient.Response put(long citizenId, String body) {
        return caseworker.post("/api/v1/citizens/" + citizenId + "/place-list-entries", body);
    }

    @Test
    void puttingOnAListNeedsACurrentGrantOfTheListsInterventionAndAPurpose() {
        PlaceListTestData.Granted interval = granted(caseworker, "Interval Ib Ørsted", "intervalophold");
        // a grant of interval stays does not put the citizen on the temporary-stay list
        ApiClient.Response wrong = put(interval.citizenId(), entry("TEMPORARY_STAY", interval.grantKey(), "priorityClass", "HIGH"));
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(400);
        assertThat(wrong.json().get("errors").findValuesAsString("field")).containsExactly("grantKey");
        assertThat(wrong.body()).contains("giver ikke plads på ventelisten til Midlertidigt ophold");
        // a key that is no grant of the citizen, and none at all
        ApiClient.Response unknown = put(interval.citizenId(), entry("TEMPORARY_STAY", UUID.randomUUID().toString(), "priorityClass", "HIGH"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("ikke en gældende bevilling");
        ApiClient.Response none = put(interval.citizenId(), json(map("list", "TEMPORARY_STAY", "purpose", "Aflastning",
                "priorityClass", "HIGH")));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("errors").findValuesAsString("field")).containsExactly("grantKey");
        // no purpose
        ApiClient.Response noPurpose = put(interval.citizenId(), json(map("list", "INTERVAL_STAY", "grantKey", interval.grantKey(),
                "purpose", " ")));
        assertThat(noPurpose.status()).isEqualTo(400);
        assertThat(noPurpose.body()).contains("Skriv formålet med opholdet");
        assertThat(entries(interval.citizenId())).isZero();

        ApiClient.Response ok = put(interval.citizenId(), entry("INTERVAL_STAY", interval.grantKey(),
                "preferredUnits", List.of("interval-ribe")));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().get("status").asText()).isEqualTo("WAITING");
        assertThat(ok.json().get("purpose").asText()).isEqualTo("Afklaring af fremtidig boform");
        assertThat(ok.json().get("preferredUnits").get(0).asText()).isEqualTo("interval-ribe");
        assertThat(ok.json().get("listedOn").asText()).isEqualTo(today().toString());
        // a second live entry for the same list is refused
        ApiClient.Response again = put(interval.citizenId(), entry("INTERVAL_STAY", interval.grantKey()));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("errors").findValuesAsString("field")).containsExactly("list");
        assertThat(again.body()).contains("står allerede på ventelisten til Intervalophold");
        assertThat(entries(interval.citizenId())).isEqualTo(1);
    }

    @Test
    void aPriorityClassUnknownToThePolicyIsRefusedByField() {
        PlaceListTestData.Granted g = granted(caseworker, "Prioritet Pia Ørsted", "midlertidigt-ophold");
        ApiClient.Response unknown = put(g.citizenId(), entry("TEMPORARY_STAY", g.grantKey(), "priorityClass", "URGENT"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").findValuesAsString("field")).containsExactly("priorityClass");
        assertThat(unknown.body()).contains("Prioriteten „URGENT“ findes ikke").contains("Akut, Indlagte, der er færdigbehandlede");
        ApiClient.Response noDate = put(g.citizenId(), entry("TEMPORARY_STAY", g.grantKey(), "priorityClass", "HOSPITAL_DISCHARGE_READY"));
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.json().get("errors").findValuesAsString("field")).containsExactly("inHospitalSince");
        assertThat(entries(g.citizenId())).isZero();

        ApiClient.Response ok = put(g.citizenId(), entry("TEMPORARY_STAY", g.grantKey(), "priorityClass", "HOSPITAL_DISCHARGE_READY",
                "inHospitalSince", today().minusDays(3).toString()));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().get("inHospitalSince").asText()).isEqualTo(today().minusDays(3).toString());
    }

    @Test
    void theListRanksByClassThenTheOldestListDate() {
        LocalDate march1 = LocalDate.of(today().getYear() - 1, 3, 1);
        long high3 = putOn("Høj Tredje Ørsted", "HIGH", march1.plusDays(2));
        long high1 = putOn("Høj Første Ørsted", "HIGH", march1);
        long acute = putOn("Akut Ny Ørsted", "ACUTE", today());
        long planned = putOn("Planlagt Gammel Ørsted", "PLANNED", march1.minusYears(1));

        ApiClient.Response candidates = ApiClient.as(port, "koordinator-esbjerg").get("/api/v1/place-lists/TEMPORARY_STAY/candidates");
        assertThat(candidates.status()).as(candidates.body()).isEqualTo(200);
        List<JsonNode> ranked = StreamSupport.stream(candidates.json().spliterator(), false).toList();
        List<Long> mine = ranked.stream().map(c -> c.get("entry").get("id").asLong())
                .filter(id -> List.of(high3, high1, acute, planned).contains(id)).toList();
        assertThat(mine).containsExactly(acute, high1, high3, planned);
        JsonNode first = ranked.stream().filter(c -> c.get("entry").get("id").asLong() == high1).findFirst().orElseThrow();
        assertThat(first.get("className").asText()).isEqualTo("Høj");
        assertThat(first.get("daysWaiting").asLong()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(march1, today()));
        assertThat(ranked.stream().mapToInt(c -> c.get("rank").asInt()).toArray()).isSorted();
    }

    private long putOn(String name, String priorityClass, LocalDate listedOn) {
        PlaceListTestData.Granted g = granted(caseworker, name, "midlertidigt-ophold");
        ApiClient.Response put = put(g.citizenId(), entry("TEMPORARY_STAY", g.grantKey(), "priorityClass", priorityClass,
                "listedOn", listedOn.toString()));
        assertThat(put.status()).as(put.body()).isEqualTo(201);
        return put.json().get("id").asLong();
    }

    @Test
    void aPriorityChangeIsKeptWithDateAndReasonAndAStaleEditIsAConflict() {
        long id = putOn("Ændring Eva Ørsted", "MEDIUM", today().minusDays(20));
        ApiClient.Response changed = caseworker.post("/api/v1/place-list-entries/" + id + "/priority", json(map("version", 0,
                "toClass", "ACUTE", "reason", "Ægtefællen er indlagt; borgeren kan ikke være alene.")));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("priorityClass").asText()).isEqualTo("ACUTE");
        assertThat(changed.json().get("version").asInt()).isEqualTo(1);

        ApiClient.Response stale = caseworker.post("/api/v1/place-list-entries/" + id + "/priority", json(map("version", 0,
                "toClass", "HIGH", "reason", "Forældet")));
        assertThat(stale.status()).isEqualTo(409);
        ApiClient.Response staleReview = caseworker.post("/api/v1/place-list-entries/" + id + "/review", json(map("version", 0)));
        assertThat(staleReview.status()).isEqualTo(409);
        ApiClient.Response unknown = caseworker.post("/api/v1/place-list-entries/" + id + "/priority", json(map("version", 1,
                "toClass", "SUPER", "reason", "Prøve")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").findValuesAsString("field")).containsExactly("toClass");

        JsonNode read = caseworker.get("/api/v1/place-list-entries/" + id).json();
        assertThat(read.get("entry").get("priorityClass").asText()).isEqualTo("ACUTE");
        assertThat(read.get("priorityChanges")).hasSize(1);
        assertThat(read.get("priorityChanges").get(0).get("fromClass").asText()).isEqualTo("MEDIUM");
        assertThat(read.get("priorityChanges").get(0).get("changedOn").asText()).isEqualTo(today().toString());
        assertThat(read.get("priorityChanges").get(0).get("reason").asText()).startsWith("Ægtefællen er indlagt");
    }

    @Test
    void removalNeedsAReasonAndTakesTheCitizenOffTheList() {
        long id = putOn("Fjernet Frede Ørsted", "PLANNED", today().minusDays(5));
        ApiClient.Response noNote = caseworker.post("/api/v1/place-list-entries/" + id + "/removal", json(map("version", 0,
                "reason", "OTHER")));
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.json().get("errors").findValuesAsString("field")).containsExactly("note");
        ApiClient.Response removed = caseworker.post("/api/v1/place-list-entries/" + id + "/removal", json(map("version", 0,
                "reason", "DEATH")));
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().get("status").asText()).isEqualTo("REMOVED");
        assertThat(removed.json().get("removalReason").asText()).isEqualTo("DEATH");
        assertThat(removed.json().get("removedOn").asText()).isEqualTo(today().toString());
        ApiClient.Response candidates = caseworker.get("/api/v1/place-lists/TEMPORARY_STAY/candidates");
        assertThat(StreamSupport.stream(candidates.json().spliterator(), false).map(c -> c.get("entry").get("id").asLong()))
                .doesNotContain(id);
    }

    @Test
    void providersAreRefusedAndAnotherMunicipalitysEntryIsNotFound() {
        long id = putOn("Anden Kommune Ørsted", "HIGH", today());
        assertThat(ApiClient.as(port, "hjemmeplejen-esbjerg").get("/api/v1/place-list-entries/" + id).status()).isEqualTo(403);
        assertThat(ApiClient.as(port, "hjemmeplejen-esbjerg").get("/api/v1/place-lists/TEMPORARY_STAY/candidates").status())
                .isEqualTo(403);
        ApiClient greve = ApiClient.as(port, "visitator");
        assertThat(greve.get("/api/v1/place-list-entries/" + id).status()).isEqualTo(404);
        assertThat(greve.post("/api/v1/place-list-entries/" + id + "/review", json(map("version", 0))).status()).isEqualTo(404);
        assertThat(StreamSupport.stream(greve.get("/api/v1/place-lists/TEMPORARY_STAY/candidates").json().spliterator(), false)
                .map(c -> c.get("entry").get("id").asLong())).doesNotContain(id);
    }
}
