package dk.omsorg.places;

import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.ArrayList;
import java.util.List;

import static dk.omsorg.decision.DecisionTestData.json;
import static dk.omsorg.decision.DecisionTestData.map;
import static dk.omsorg.decision.DecisionTestData.today;
import static dk.omsorg.places.PlaceListTestData.entry;
import static dk.omsorg.places.PlaceListTestData.granted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hospital admission takes the citizen off the lists whose rule says so (places.yaml removeOnAdmission): Esbjerg's
 * rules keep the citizen on the list (its choice); a rule that removes does so with the reason and withdraws the offer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlaceListAdmissionTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlacePolicies policies;
    @Autowired
    PlaceListUpkeep upkeep;

    private long[] onList(String name) {
        ApiClient caseworker = ApiClient.as(port, "visitator-esbjerg");
        PlaceListTestData.Granted g = granted(caseworker, name, "midlertidigt-ophold");
        ApiClient.Response put = caseworker.post("/api/v1/citizens/" + g.citizenId() + "/place-list-entries",
                entry("TEMPORARY_STAY", g.grantKey(), "priorityClass", "HIGH", "listedOn", today().minusDays(10).toString()));
        assertThat(put.status()).as(put.body()).isEqualTo(201);
        return new long[]{g.citizenId(), put.json().get("id").asLong()};
    }

    private String status(long entryId) {
        return jdbc.sql("select status || ':' || coalesce(removal_reason, '') from place_list_entry where id = ?").param(entryId)
                .query(String.class).single();
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    dk.omsorg.security.StaffDirectory staff;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void aRecordedDeathTakesTheCitizenOffEveryList() {
        long[] e = onList("Død Dagmar Ørsted");
        dk.omsorg.security.StaffUser caseworker = staff.find("visitator-esbjerg").orElseThrow();
        // as the death is recorded in production: by a logged-in user (here the caseworker confirming it)
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(caseworker, null,
                        caseworker.getAuthorities()));
        try {
            transactions.executeWithoutResult(t -> events.publishEvent(new dk.omsorg.citizen.CitizenDied(561, e[0], today(),
                    dk.omsorg.citizen.DeathSource.PROVIDER, "visitator-esbjerg")));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        assertThat(status(e[1])).isEqualTo("REMOVED:DEATH");
    }

    @Test
    void anAdmissionKeepsTheCitizenOnEsbjergsListsWhoseRulesDoNotRemove() {
        long[] e = onList("Indlagt Ingrid Ørsted");
        ApiClient.Response absence = ApiClient.as(port, "visitator-esbjerg").post("/api/v1/citizens/" + e[0] + "/absences",
                json(map("kind", "HOSPITAL", "from", today().toString())));
        assertThat(absence.status()).as(absence.body()).isEqualTo(201);
        assertThat(status(e[1])).isEqualTo("WAITING:");
    }

    @Test
    @WithUserDetails("visitator-esbjerg")
    void aRuleThatRemovesOnAdmissionTakesTheCitizenOffWithTheReasonAndWithdrawsTheOffer() {
        long[] e = onList("Indlagt Ivan Ørsted");
        jdbc.sql("""
                insert into place_offer (municipality_id, entry_id, unit_code, place_no, from_on, offered_on, offered_by, status,
                    created_at, modified_at, modified_by)
                values (561, ?, 'midlertidig-esbjerg', 24, current_date + 400, current_date, 'koordinator-esbjerg', 'OFFERED',
                    now(), now(), 'koordinator-esbjerg')""").param(e[1]).update();
        jdbc.sql("update place_list_entry set status = 'OFFERED' where id = ?").param(e[1]).update();
        PlacePolicy esbjerg = policies.forMunicipality(561).orElseThrow();
        List<ListRule> lists = new ArrayList<>();
        for (ListRule r : esbjerg.lists()) {
            lists.add(r.list() != WaitingList.TEMPORARY_STAY ? r
                    : new ListRule(r.list(), r.interventions(), r.reviewDays(), true, r.guarantee(), r.helpDecision()));
        }
        PlacePolicy removing = new PlacePolicy(561, esbjerg.source(), esbjerg.units(), esbjerg.priorities(), lists, esbjerg.file());

        assertThat(upkeep.removeOnAdmission(removing, e[0], today().minusDays(1), "visitator-esbjerg")).isEqualTo(1);
        assertThat(status(e[1])).isEqualTo("REMOVED:HOSPITAL_ADMISSION");
        assertThat(jdbc.sql("select removed_on from place_list_entry where id = ?").param(e[1]).query(java.time.LocalDate.class)
                .single()).isEqualTo(today().minusDays(1));
        assertThat(jdbc.sql("select status from place_offer where entry_id = ?").param(e[1]).query(String.class).single())
                .isEqualTo("WITHDRAWN");
        assertThat(upkeep.removeOnAdmission(removing, e[0], today(), "visitator-esbjerg")).isZero();
    }
}
