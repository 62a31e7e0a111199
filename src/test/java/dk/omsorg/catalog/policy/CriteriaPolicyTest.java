package dk.omsorg.catalog.policy;

import dk.omsorg.catalog.Criterion;
import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.PolicyResult;
import dk.omsorg.catalog.Severity;
import dk.omsorg.catalog.TestCatalogs;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static dk.omsorg.catalog.TestCatalogs.ANVENDE_KOMMUNIKATIONSUDSTYR;
import static dk.omsorg.catalog.TestCatalogs.HUKOMMELSE;
import static dk.omsorg.catalog.TestCatalogs.INDKOEB;
import static dk.omsorg.catalog.TestCatalogs.KOGNITIVE_FUNKTIONER;
import static dk.omsorg.catalog.TestCatalogs.KOMMUNIKATION;
import static dk.omsorg.catalog.TestCatalogs.LAVE_HUSLIGT_ARBEJDE;
import static dk.omsorg.catalog.TestCatalogs.PERSONLIG_PLEJE;
import static dk.omsorg.catalog.TestCatalogs.VASKE_SIG;
import static dk.omsorg.catalog.TestCatalogs.greve;
import static org.assertj.core.api.Assertions.assertThat;

class CriteriaPolicyTest {

    private final CriteriaPolicy policy = new CriteriaPolicy();

    static Map<UUID, Integer> scores(Object... pairs) {
        Map<UUID, Integer> scores = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            scores.put((UUID) pairs[i], (Integer) pairs[i + 1]);
        }
        return scores;
    }

    @Nested
    class SingleState {
        // rengoering: { state: J2.1, min: 3, max: 4 }

        @Test
        void aScoreInsideTheRangeMeetsIt() {
            assertThat(policy.check(greve("rengoering"), scores(LAVE_HUSLIGT_ARBEJDE, 3))).isEqualTo(PolicyResult.allowed());
            assertThat(policy.check(greve("rengoering"), scores(LAVE_HUSLIGT_ARBEJDE, 4))).isEqualTo(PolicyResult.allowed());
        }

        @Test
        void aScoreBelowTheRangeIsAWarningQuotingTheCriterion() {
            PolicyResult result = policy.check(greve("rengoering"), scores(LAVE_HUSLIGT_ARBEJDE, 2));
            assertThat(result).isInstanceOfSatisfying(Finding.class, f -> {
                assertThat(f.rule()).isEqualTo(FindingRule.CRITERIA);
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.interventionCode()).isEqualTo("rengoering");
                assertThat(f.message()).contains("Rengøring: tildelingskriterierne er ikke opfyldt",
                        "Score 3–4 på Lave husligt arbejde: ikke opfyldt", "Lave husligt arbejde: 2");
                assertThat(f.quote()).isEqualTo("Score 3–4 på Lave husligt arbejde");
            });
        }

        @Test
        void nineOrNotAssessedNeverMeetsIt() {
            assertThat(policy.check(greve("rengoering"), scores(LAVE_HUSLIGT_ARBEJDE, 9)))
                    .isInstanceOfSatisfying(Finding.class, f -> assertThat(f.message()).contains("9 (ikke relevant)"));
            assertThat(policy.check(greve("rengoering"), scores()))
                    .isInstanceOfSatisfying(Finding.class, f -> assertThat(f.message()).contains("ikke vurderet"));
        }

        @Test
        void onlyMinGivenMeansUpToFour() {
            // personlig-hygiejne: { state: Personlig_pleje, min: 2 }
            assertThat(policy.check(greve("personlig-hygiejne"), scores(PERSONLIG_PLEJE, 4))).isEqualTo(PolicyResult.allowed());
            assertThat(policy.check(greve("personlig-hygiejne"), scores(PERSONLIG_PLEJE, 1))).isInstanceOf(Finding.class);
        }
    }

    @Nested
    class RetiredStateViaSuccessor {
        // rh-bad: { state: J1.1 Vaske sig (retired), min: 2, max: 4 }, successor Personlig pleje

        @Test
        void aRetiredStateIsScoredOnItsSuccessor() {
            assertThat(policy.check(greve("rh-bad"), scores(PERSONLIG_PLEJE, 3))).isEqualTo(PolicyResult.allowed());
            assertThat(policy.check(greve("rh-bad"), scores(PERSONLIG_PLEJE, 1)))
                    .isInstanceOfSatisfying(Finding.class, f -> assertThat(f.message())
                            .contains("Score 2–4 på Vaske sig (udgået; vurderes på Personlig pleje)")
                            .contains("Personlig pleje: 1 (for Vaske sig, udgået)"));
        }

        @Test
        void anOlderAssessmentThatScoredTheRetiredStateItselfIsReadDirectly() {
            assertThat(policy.check(greve("rh-bad"), scores(VASKE_SIG, 3, PERSONLIG_PLEJE, 0))).isEqualTo(PolicyResult.allowed());
        }

        @Test
        void theCriterionReadsInDanishWithTheStatesNames() {
            Criterion first = greve("indkoeb").criteria().all().get(0);
            assertThat(first.describe())
                    .isEqualTo("Score 2–4 på Anvende kommunikationsudstyr og -teknikker (udgået; vurderes på Kommunikation)");
        }
    }

    @Nested
    class AtLeastKOfN {
        // indkoeb: J4.1 (→ Kommunikation) 2–4, and at least 2 of [J4.2 Hukommelse, J4.4 (→ Kognitive
        // funktioner), J4.8 (→ Kognitive funktioner), J2.4 Indkøb] 2–4; alternative: synshandicap

        @Test
        void twoOfTheListMeetIt() {
            assertThat(policy.check(greve("indkoeb"), scores(KOMMUNIKATION, 2, HUKOMMELSE, 2, INDKOEB, 3)))
                    .isEqualTo(PolicyResult.allowed());
            assertThat(policy.check(greve("indkoeb"), scores(KOMMUNIKATION, 2, HUKOMMELSE, 2, KOGNITIVE_FUNKTIONER, 4)))
                    .isEqualTo(PolicyResult.allowed());
        }

        @Test
        void aSuccessorReachedFromTwoListedStatesCountsForEachOfThem() {
            // J4.4 and J4.8 were both merged into Kognitive funktioner: a citizen scored there is scored on
            // each state it replaced, so 3 on Kognitive funktioner meets two of the two needed
            assertThat(policy.check(greve("indkoeb"), scores(KOMMUNIKATION, 3, KOGNITIVE_FUNKTIONER, 3, HUKOMMELSE, 1)))
                    .isEqualTo(PolicyResult.allowed());
            // and below the range it fails for each of them: 0 of 2
            assertThat(policy.check(greve("indkoeb"), scores(KOMMUNIKATION, 3, KOGNITIVE_FUNKTIONER, 1, HUKOMMELSE, 1)))
                    .isInstanceOfSatisfying(Finding.class, f -> assertThat(f.message()).contains("0 af mindst 2"));
        }

        @Test
        void notMeetingTheScoresButHavingAnAlternativeRouteIsInformationAboutAConcreteAssessment() {
            PolicyResult result = policy.check(greve("indkoeb"), scores(KOMMUNIKATION, 1, HUKOMMELSE, 3, INDKOEB, 3));
            assertThat(result).isInstanceOfSatisfying(Finding.class, f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.message()).contains("kræver en konkret vurdering", "Samt borgere med et væsentligt synshandicap");
                assertThat(f.quote()).isEqualTo("Samt borgere med et væsentligt synshandicap");
            });
        }

        @Test
        void retiredStateScoredDirectlyCountsAsItself() {
            assertThat(policy.check(greve("indkoeb"), scores(ANVENDE_KOMMUNIKATIONSUDSTYR, 2, HUKOMMELSE, 2, INDKOEB, 2)))
                    .isEqualTo(PolicyResult.allowed());
        }
    }

    @Nested
    class WithoutScores {

        @Test
        void criteriaInWordsOnlyAskForAConcreteAssessment() {
            PolicyResult result = policy.check(TestCatalogs.IKAST_2024.intervention("anonym-raadgivning").orElseThrow(), scores());
            assertThat(result).isInstanceOfSatisfying(Finding.class, f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.quote()).isEqualTo("Borgere med behov for anonym, kortvarig rådgivning");
            });
        }

        @Test
        void noCriteriaAtAllIsAllowed() {
            assertThat(policy.check(greve("af-og-paaklaedning"), scores())).isEqualTo(PolicyResult.allowed());
        }
    }
}
