package dk.omsorg.places;

import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dk.omsorg.decision.DecisionTestData.today;
import static dk.omsorg.places.PlaceListTestData.granted;
import static org.assertj.core.api.Assertions.assertThat;

/** The waiting-list pages in Danish: put on a list, the ranked list, the entry with its forms, an offer accepted. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlaceListPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FreePlaces free;
    @Autowired
    PlacePolicies policies;

    @Test
    void aCaseworkerPutsACitizenOnTheListAndTheCoordinatorOffersAPlaceThatIsAccepted() {
        PlaceListTestData.Granted g = granted(ApiClient.as(port, "visitator-esbjerg"), "Side Sigrid Ørsted", "midlertidigt-ophold");
        WebSession caseworker = WebSession.logIn(port, "visitator-esbjerg");
        WebSession.Page form = caseworker.get("/citizens/" + g.citizenId() + "/place-list-entries/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Sæt på venteliste").contains("Midlertidigt ophold – Midlertidigt døgnophold")
                .contains("Indlagte, der er færdigbehandlede").doesNotContain("TEMPORARY_STAY –");

        WebSession.Page missing = caseworker.post("/citizens/" + g.citizenId() + "/place-list-entries", List.of(
                Map.entry("grantAndList", "TEMPORARY_STAY:" + g.grantKey()), Map.entry("purpose", ""),
                Map.entry("priorityClass", "HIGH")));
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body()).contains("Skriv formålet med opholdet");

        WebSession.Page put = caseworker.post("/citizens/" + g.citizenId() + "/place-list-entries", List.of(
                Map.entry("grantAndList", "TEMPORARY_STAY:" + g.grantKey()), Map.entry("purpose", "Afklaring af boform"),
                Map.entry("priorityClass", "HIGH")));
        assertThat(put.status()).as(put.body()).isEqualTo(302);
        String entryPath = put.location().replaceAll("^https?://[^/]+", "");
        assertThat(entryPath).startsWith("/places/entries/");
        long entryId = Long.parseLong(entryPath.substring("/places/entries/".length()));

        WebSession.Page entry = caseworker.get(entryPath);
        assertThat(entry.body()).contains("Side Sigrid Ørsted – Midlertidigt ophold").contains("Høj").contains("Venter")
                .contains("Afklaring af boform").contains("Ændr prioritet").doesNotContain("HIGH<").doesNotContain("id=\"offer-form\"");

        // the citizen overview's section "Pladser" (htmx panel) lists the entry and links to putting on a list
        String panel = caseworker.htmx("/citizens/" + g.citizenId() + "/stays").body();
        assertThat(panel).contains("Midlertidigt ophold – Venter").contains(entryPath).contains("Sæt på venteliste")
                .doesNotContain("<html");
        assertThat(caseworker.get("/citizens/" + g.citizenId() + "?section=places").body()).contains("Pladser");

        WebSession.Page list = WebSession.logIn(port, "koordinator-esbjerg").get("/places/lists/temporary-stay");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Venteliste: Midlertidigt ophold").contains("candidate-" + entryId)
                .contains("Side Sigrid Ørsted");
        assertThat(WebSession.logIn(port, "koordinator-esbjerg").get("/places").body()).contains("/places/lists/temporary-stay");

        WebSession coordinator = WebSession.logIn(port, "koordinator-esbjerg");
        assertThat(coordinator.get(entryPath).body()).contains("id=\"offer-form\"");
        LocalDate from = today().plusDays(4);
        int place = free.firstFree(561, policies.forMunicipality(561).orElseThrow().unit("midlertidig-esbjerg").orElseThrow(),
                from, from.plusDays(14)).orElseThrow();
        WebSession.Page offered = coordinator.post(entryPath + "/offers", List.of(Map.entry("version", "0"),
                Map.entry("unitCode", "midlertidig-esbjerg"), Map.entry("placeNo", String.valueOf(place)),
                Map.entry("fromOn", from.toString()), Map.entry("toOn", from.plusDays(14).toString())));
        assertThat(offered.status()).isEqualTo(302);
        WebSession.Page withOffer = coordinator.get(entryPath);
        assertThat(withOffer.body()).contains("Pladsen er tilbudt").contains("Midlertidige boliger Esbjerg (demo)")
                .contains("Afventer svar");
        long offerId = jdbc.sql("select id from place_offer where entry_id = ?").param(entryId).query(Long.class).single();
        WebSession.Page accepted = coordinator.post(entryPath + "/offers/" + offerId + "/accept", List.of(Map.entry("version", "0")));
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(coordinator.get(entryPath).body()).contains("indflytningen er planlagt").contains("Har fået plads")
                .contains("Accepteret");
        WebSession.Page twice = coordinator.post(entryPath + "/offers/" + offerId + "/accept", List.of(Map.entry("version", "1")));
        assertThat(twice.status()).isEqualTo(302);
        assertThat(coordinator.get(entryPath).body()).contains("Tilbuddet er allerede besvaret");
    }
}
