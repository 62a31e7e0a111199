package dk.omsorg.places;

import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.today;
import static dk.omsorg.places.PlaceListTestData.entry;
import static dk.omsorg.places.PlaceListTestData.granted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offering a free place and the citizen's answer, over real HTTP with Esbjerg's places.yaml: the coordinator offers
 * (seed 002: "Ved ledig bolig tilbyder teamleder ..."), acceptance plans the stay, a refusal on the general
 * nursing-home list restarts the plejeboliggaranti (serviceloven § 192 a).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlaceOfferApiTest {

    static final String TEMPORARY = "midlertidig-esbjerg";
    static final String BRAMMING = "plejecenter-bramming";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FreePlaces free;
    @Autowired
    PlacePolicies policies;

    ApiClient caseworker;
    ApiClient coordinator;

    @BeforeEach
    void setUp() {
        caseworker = ApiClient.as(port, "visitator-esbjerg");
        coordinator = ApiClient.as(port, "koordinator-esbjerg");
    }

    private long onList(String name, String intervention, String list, Object... more) {
        PlaceListTestData.Granted g = granted(caseworker, name, intervention);
        ApiClient.Response put = caseworker.post("/api/v1/citizens/" + g.citizenId() + "/place-list-entries",
                entry(list, g.grantKey(), more));
        assertThat(put.status()).as(put.body()).isEqualTo(201);
        return put.json().get("id").asLong();
    }

    private int freePlace(String unit, LocalDate from, LocalDate to) {
        return free.firstFree(561, policies.forMunicipality(561).orElseThrow().unit(unit).orElseThrow(), from, to).orElseThrow();
    }

    private ApiClient.Response offer(long entryId, int version, String unit, int placeNo, LocalDate from, LocalDate to) {
        return coordinator.post("/api/v1/place-offers", json(map("entryId", entryId, "version", version, "unitCode", unit,
                "placeNo", placeNo, "fromOn", from.toString(), "toOn", to == null ? null : to.toString())));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void anOfferToACitizenNotOnTheListIsRefused() {
        long id = onList("Ikke På Listen Ørsted", "midlertidigt-ophold", "TEMPORARY_STAY", "priorityClass", "HIGH");
        assertThat(caseworker.post("/api/v1/place-list-entries/" + id + "/removal", json(map("version", 0,
                "reason", "NO_LONGER_NEEDED"))).status()).isEqualTo(200);
        LocalDate from = today().plusDays(7);
        long offers = count("place_offer");
        ApiClient.Response refused = offer(id, 1, TEMPORARY, freePlace(TEMPORARY, from, from.plusDays(14)), from, from.plusDays(14));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("entryId");
        assertThat(refused.body()).contains("Ikke På Listen Ørsted står ikke på ventelisten til Midlertidigt ophold");
        assertThat(count("place_offer")).isEqualTo(offers);
        assertThat(coordinator.post("/api/v1/place-offers", json(map("entryId", 987654321, "version", 0, "unitCode", TEMPORARY,
                "placeNo", 1, "fromOn", from.toString()))).status()).isEqualTo(404);
    }

    @Test
    void acceptingPlansTheStayAndAPlaceThatIsNotFreeAndAcceptingTwiceAreRefused() {
        long first = onList("Første Tilbud Ørsted", "midlertidigt-ophold", "TEMPORARY_STAY", "priorityClass", "ACUTE");
        long second = onList("Andet Tilbud Ørsted", "midlertidigt-ophold", "TEMPORARY_STAY", "priorityClass", "HIGH");
        LocalDate from = today().plusDays(3);
        LocalDate to = from.plusDays(21);
        int place = freePlace(TEMPORARY, from, to);
        // a caseworker does not make offers: the team leader and the coordinator do
        assertThat(caseworker.post("/api/v1/place-offers", json(map("entryId", first, "version", 0, "unitCode", TEMPORARY,
                "placeNo", place, "fromOn", from.toString()))).status()).isEqualTo(403);
        ApiClient.Response offered = offer(first, 0, TEMPORARY, place, from, to);
        assertThat(offered.status()).as(offered.body()).isEqualTo(201);
        assertThat(offered.json().get("status").asText()).isEqualTo("OFFERED");
        assertThat(caseworker.get("/api/v1/place-list-entries/" + first).json().get("entry").get("status").asText()).isEqualTo("OFFERED");
        long offerId = offered.json().get("id").asLong();

        // the same place for overlapping days is held by the open offer
        ApiClient.Response taken = offer(second, 0, TEMPORARY, place, to.minusDays(1), to.plusDays(10));
        assertThat(taken.status()).as(taken.body()).isEqualTo(400);
        assertThat(taken.json().get("errors").findValuesAsString("field")).containsExactly("placeNo");
        assertThat(taken.body()).contains("Plads " + place + " på Midlertidige boliger Esbjerg (demo) er ikke ledig");

        ApiClient.Response accepted = coordinator.post("/api/v1/place-offers/" + offerId + "/accept", json(map("version", 0)));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().get("stayId").isNull()).isFalse();
        assertThat(jdbc.sql("select status from place_stay where offer_id = ?").param(offerId).query(String.class).single())
                .isEqualTo("PLANNED");
        assertThat(caseworker.get("/api/v1/place-list-entries/" + first).json().get("entry").get("status").asText()).isEqualTo("PLACED");

        long stays = count("place_stay");
        ApiClient.Response twice = coordinator.post("/api/v1/place-offers/" + offerId + "/accept", json(map("version", 1)));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("Tilbuddet er allerede besvaret");
        assertThat(count("place_stay")).isEqualTo(stays);

        // the booked stay keeps the place taken: a clear error before the exclusion constraint
        ApiClient.Response stillTaken = offer(second, 0, TEMPORARY, place, from.plusDays(5), null);
        assertThat(stillTaken.status()).isEqualTo(400);
        assertThat(stillTaken.body()).contains("er ikke ledig i hele perioden");
        // the move-out day is free for the next citizen
        ApiClient.Response next = offer(second, 0, TEMPORARY, place, to, to.plusDays(7));
        assertThat(next.status()).as(next.body()).isEqualTo(201);
    }

    @Test
    void aDeclineOnTheGeneralNursingHomeListRestartsTheGuaranteeFromTheRefusal() {
        long id = onList("Garanti Gerda Ørsted", "plejebolig", "NURSING_HOME_GENERAL", "listedOn", today().minusDays(40).toString());
        ApiClient.Response listed = caseworker.get("/api/v1/place-list-entries/" + id);
        assertThat(listed.json().get("entry").get("guaranteeFrom").asText()).isEqualTo(today().minusDays(40).toString());
        LocalDate from = today().plusDays(10);
        ApiClient.Response offered = offer(id, 0, BRAMMING, freePlace(BRAMMING, from, null), from, null);
        assertThat(offered.status()).as(offered.body()).isEqualTo(201);
        long offerId = offered.json().get("id").asLong();

        ApiClient.Response noReason = coordinator.post("/api/v1/place-offers/" + offerId + "/decline", json(map("version", 0,
                "refusalReceivedOn", today().toString())));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").findValuesAsString("field")).containsExactly("reason");
        ApiClient.Response stale = coordinator.post("/api/v1/place-offers/" + offerId + "/decline", json(map("version", 5,
                "reason", "Ønsker at blive i Ribe", "refusalReceivedOn", today().toString())));
        assertThat(stale.status()).isEqualTo(409);

        LocalDate received = today();
        ApiClient.Response declined = coordinator.post("/api/v1/place-offers/" + offerId + "/decline", json(map("version", 0,
                "reason", "Ønsker at blive i Ribe", "refusalReceivedOn", received.toString())));
        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        assertThat(declined.json().get("status").asText()).isEqualTo("DECLINED");
        assertThat(declined.json().get("declineReason").asText()).isEqualTo("Ønsker at blive i Ribe");

        PlaceListEntry entry = jdbc.sql("select guarantee_from, status from place_list_entry where id = ?").param(id)
                .query((rs, n) -> new PlaceListEntry(id, 0, null, WaitingList.NURSING_HOME_GENERAL, null, 0, null, null, null,
                        java.util.List.of(), java.util.List.of(), null, rs.getObject("guarantee_from", LocalDate.class), null, null,
                        PlaceListEntry.Status.valueOf(rs.getString("status")), null, null, null, null, 0)).single();
        assertThat(entry.status()).isEqualTo(PlaceListEntry.Status.WAITING);
        assertThat(entry.guaranteeFrom()).isEqualTo(received);
        ListRule.Guarantee guarantee = policies.forMunicipality(561).orElseThrow().list(WaitingList.NURSING_HOME_GENERAL)
                .orElseThrow().guarantee();
        assertThat(guarantee.offerBy(entry.guaranteeFrom())).isEqualTo(received.plusMonths(2));
    }

    @Test
    void aWithdrawnOfferPutsTheCitizenBackOnTheListAndASpecificListOffersOnlyTheWishedHome() {
        long id = onList("Specifik Svend Ørsted", "plejebolig", "NURSING_HOME_SPECIFIC", "wishedUnit", BRAMMING);
        assertThat(caseworker.get("/api/v1/place-list-entries/" + id).json().get("entry").get("guaranteeFrom").isNull()).isTrue();
        LocalDate from = today().plusDays(30);
        ApiClient.Response offered = offer(id, 0, BRAMMING, freePlace(BRAMMING, from, null), from, null);
        assertThat(offered.status()).as(offered.body()).isEqualTo(201);
        ApiClient.Response withdrawn = coordinator.post("/api/v1/place-offers/" + offered.json().get("id").asLong() + "/withdraw",
                json(map("version", 0)));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(caseworker.get("/api/v1/place-list-entries/" + id).json().get("entry").get("status").asText()).isEqualTo("WAITING");
        // an elderly-housing unit does not serve the nursing-home list
        ApiClient.Response otherUnit = offer(id, 2, "aeldreboliger-nord", 1, from, null);
        assertThat(otherUnit.status()).isEqualTo(400);
        assertThat(otherUnit.json().get("errors").findValuesAsString("field")).containsExactly("unitCode");
        assertThat(otherUnit.body()).contains("Ældreboliger Esbjerg Nord (demo) har ikke pladser til ventelisten");
    }
}
