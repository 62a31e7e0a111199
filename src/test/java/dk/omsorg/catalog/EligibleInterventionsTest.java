package dk.omsorg.catalog;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static dk.omsorg.catalog.TestCatalogs.GREVE_2022;
import static dk.omsorg.catalog.TestCatalogs.HUKOMMELSE;
import static dk.omsorg.catalog.TestCatalogs.INDKOEB;
import static dk.omsorg.catalog.TestCatalogs.KOMMUNIKATION;
import static dk.omsorg.catalog.TestCatalogs.LAVE_HUSLIGT_ARBEJDE;
import static dk.omsorg.catalog.TestCatalogs.PERSONLIG_PLEJE;
import static org.assertj.core.api.Assertions.assertThat;

class EligibleInterventionsTest {

    @Test
    void listsTheInterventionsWhoseCriteriaTheScoresMeetByArea() {
        Eligibility eligibility = EligibleInterventions.of(GREVE_2022,
                Map.of(PERSONLIG_PLEJE, 3, LAVE_HUSLIGT_ARBEJDE, 4, KOMMUNIKATION, 1, HUKOMMELSE, 3, INDKOEB, 3));

        assertThat(eligibility.eligible()).extracting(i -> i.intervention().code())
                .containsExactly("rh-bad", "personlig-hygiejne", "rengoering");
        assertThat(eligibility.areasWithEligible()).extracting(a -> a.area().code())
                .containsExactly("personlig-pleje", "praktisk-hjaelp");
        // indkoeb: Kommunikation 1 does not meet 2–4, but the synshandicap route needs a concrete
        // assessment; so do interventions without criteria on scores
        var praktisk = eligibility.areasNeedingAssessment().stream()
                .filter(a -> a.area().code().equals("praktisk-hjaelp")).findFirst().orElseThrow();
        assertThat(praktisk.needingAssessment()).extracting(i -> i.intervention().code())
                .containsExactly("indkoeb", "hovedrengoering");
        assertThat(praktisk.interventions()).filteredOn(i -> i.intervention().code().equals("indkoeb")).singleElement()
                .satisfies(i -> assertThat(i.evaluation().outcome()).isEqualTo(CriteriaEvaluation.Outcome.NOT_MET));
    }

    @Test
    void anAssessmentsScoresReadAsAMap() {
        var scores = CitizenScores.of(java.util.List.of(new dk.omsorg.assessment.AbilityScore(PERSONLIG_PLEJE, 3),
                new dk.omsorg.assessment.AbilityScore(INDKOEB, 9)));
        assertThat(scores).containsEntry(PERSONLIG_PLEJE, 3).containsEntry(INDKOEB, 9);
        assertThat(EligibleInterventions.of(GREVE_2022, scores).eligible()).extracting(i -> i.intervention().code())
                .containsExactly("rh-bad", "personlig-hygiejne");
    }

    @Test
    void noScoresMeetNothing() {
        assertThat(EligibleInterventions.of(GREVE_2022, Map.of()).eligible()).isEmpty();
    }
}
