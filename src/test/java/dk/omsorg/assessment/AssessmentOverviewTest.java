package dk.omsorg.assessment;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dk.omsorg.assessment.AssessmentTest.draft;
import static dk.omsorg.assessment.AssessmentTest.scores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Comparing the latest assessment's scores with the previous one's, without Spring. */
class AssessmentOverviewTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    private static final FsiiiCatalog CATALOG = FsiiiCatalog.fromClasspath();

    @Test
    void aLowerScoreIsBetterAndAHigherOneWorse() {
        Assessment previous = assessment(TODAY.minusMonths(3), scores(Fsiii.INDKOEB, 3, Fsiii.LAVE_MAD, 1,
                Fsiii.HUKOMMELSE, 2));
        Assessment latest = assessment(TODAY, scores(Fsiii.INDKOEB, 1, Fsiii.LAVE_MAD, 2, Fsiii.HUKOMMELSE, 2));

        assertThat(AssessmentOverview.changes(latest, previous, CATALOG))
                .extracting(c -> c.state().code(), ScoreChange::score, ScoreChange::previousScore, ScoreChange::trend)
                .containsExactly(
                        tuple(Fsiii.LAVE_MAD, 2, 1, Trend.WORSE),          // Praktiske opgaver J2.2
                        tuple(Fsiii.INDKOEB, 1, 3, Trend.BETTER),          // Praktiske opgaver J2.4
                        tuple(Fsiii.HUKOMMELSE, 2, 2, Trend.UNCHANGED));   // Mentale funktioner
    }

    @Test
    void nineIsNotCompared() {
        Assessment previous = assessment(TODAY.minusMonths(3), scores(Fsiii.INDKOEB, 9, Fsiii.LAVE_MAD, 2));
        Assessment latest = assessment(TODAY, scores(Fsiii.INDKOEB, 2, Fsiii.LAVE_MAD, 9));

        assertThat(AssessmentOverview.changes(latest, previous, CATALOG)).extracting(ScoreChange::trend)
                .containsOnly(Trend.NOT_COMPARED);
    }

    @Test
    void aStateThePreviousAssessmentDidNotScoreHasNoPreviousScore() {
        Assessment previous = assessment(TODAY.minusMonths(3), scores(Fsiii.INDKOEB, 2));
        Assessment latest = assessment(TODAY, scores(Fsiii.PERSONLIG_PLEJE, 3));

        assertThat(AssessmentOverview.changes(latest, previous, CATALOG)).singleElement()
                .satisfies(c -> {
                    assertThat(c.previousScore()).isNull();
                    assertThat(c.trend()).isEqualTo(Trend.NOT_COMPARED);
                    assertThat(c.area().name()).isEqualTo("Egenomsorg");
                });
    }

    @Test
    void theFirstAssessmentHasNothingToCompareWith() {
        AssessmentOverview overview = AssessmentOverview.of(List.of(assessment(TODAY, scores(Fsiii.INDKOEB, 2))), CATALOG);
        assertThat(overview.previous()).isEmpty();
        assertThat(overview.changes()).extracting(ScoreChange::trend).containsExactly(Trend.NOT_COMPARED);
    }

    @Test
    void noAssessmentsNoChanges() {
        AssessmentOverview overview = AssessmentOverview.of(List.of(), CATALOG);
        assertThat(overview.latest()).isEmpty();
        assertThat(overview.changes()).isEmpty();
    }

    private static Assessment assessment(LocalDate on, Map<String, Integer> scores) {
        return Assessment.record(1, 253, null, draft(on, "x", scores, Map.of()), CATALOG, TODAY);
    }
}
