package dk.omsorg.places.internal;

import dk.omsorg.catalog.Catalogs;
import dk.omsorg.places.ListRule;
import dk.omsorg.places.PlacePolicies;
import dk.omsorg.places.PlacePolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up check that every intervention a waiting list's rule names is in the catalogue in force. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlaceCatalogCheckTest {

    @Autowired
    PlacePolicies policies;
    @Autowired
    Catalogs catalogs;

    @Test
    void greveAndEsbjergsListsNameTheirCataloguesInterventionsAndAnUnknownOneIsNamedByFileAndField() {
        for (int municipality : List.of(253, 561)) {
            PlacePolicy policy = policies.forMunicipality(municipality).orElseThrow();
            assertThat(PlaceCatalogCheck.problems(policy, catalogs.inForce(municipality, LocalDate.now()))).isEmpty();
        }
        PlacePolicy esbjerg = policies.forMunicipality(561).orElseThrow();
        List<ListRule> lists = new ArrayList<>(esbjerg.lists());
        ListRule first = lists.get(0);
        lists.set(0, new ListRule(first.list(), List.of("midlertidigt-ophold", "aflastningsophold"), first.reviewDays(),
                first.removeOnAdmission(), first.guarantee(), first.helpDecision()));
        PlacePolicy broken = new PlacePolicy(561, esbjerg.source(), esbjerg.units(), esbjerg.priorities(), lists, esbjerg.file());
        assertThat(PlaceCatalogCheck.problems(broken, catalogs.inForce(561, LocalDate.now())))
                .singleElement().asString().contains(esbjerg.file()).contains("lists[0].interventions")
                .contains("'aflastningsophold' is no intervention of the catalogue in force");
    }
}
