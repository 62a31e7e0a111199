package dk.omsorg.assessment;

import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dk.omsorg.assessment.HealthConditionStatus.NOTED;
import static dk.omsorg.assessment.HealthConditionStatus.NOT_RELEVANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The assessment's rules, without Spring. */
class AssessmentTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    private static final FsiiiCatalog CATALOG = FsiiiCatalog.fromClasspath();
    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    @Test
    void recordsScoresAndHealthConditionsOfCurrentCodes() {
        Assessment assessment = Assessment.record(7, 253, null, draft(TODAY, "Klarer sig med hjælp.",
                        scores(Fsiii.INDKOEB, 2, Fsiii.HUKOMMELSE, 9),
                        conditions(Fsiii.PROBLEMER_MED_ERNAERING, NOTED, "  Taber sig  ",
                                Fsiii.RESPIRATIONSPROBLEMER, NOT_RELEVANT, null)),
                CATALOG, TODAY);

        assertThat(assessment.citizenId()).isEqualTo(7);
        assertThat(assessment.municipalityId()).isEqualTo(253);
        assertThat(assessment.assessedOn()).isEqualTo(TODAY);
        assertThat(assessment.abilityScores()).containsExactlyInAnyOrder(
                new AbilityScore(Fsiii.INDKOEB, 2), new AbilityScore(Fsiii.HUKOMMELSE, 9));
        assertThat(assessment.scoreFor(Fsiii.INDKOEB)).contains(2);
        assertThat(assessment.healthConditions()).containsExactlyInAnyOrder(
                new AssessedHealthCondition(Fsiii.PROBLEMER_MED_ERNAERING, NOTED, "Taber sig"),
                new AssessedHealthCondition(Fsiii.RESPIRATIONSPROBLEMER, NOT_RELEVANT, null));
    }

    @Test
    void scoresZeroToFourAndNineAreAllowed() {
        for (int score : List.of(0, 1, 2, 3, 4, 9)) {
            assertThat(Assessment.record(1, 253, null, draft(TODAY, "x", scores(Fsiii.INDKOEB, score), Map.of()),
                    CATALOG, TODAY).scoreFor(Fsiii.INDKOEB)).contains(score);
        }
    }

    @Test
    void aScoreOutsideZeroToFourAndNineIsRejected() {
        for (int score : List.of(-1, 5, 7, 8, 10)) {
            Violation v = single(draft(TODAY, "x", scores(Fsiii.INDKOEB, score), Map.of()));
            assertThat(v.field()).isEqualTo("abilityScores[" + Fsiii.INDKOEB + "]");
            assertThat(v.messageKey()).isEqualTo("assessment.score.invalid");
            assertThat(danish(v)).isEqualTo(score + " er ikke en gyldig score for \"Indkøb\". "
                    + "Brug 0, 1, 2, 3, 4 eller 9 (ikke relevant).");
        }
    }

    @Test
    void aMissingScoreIsRejected() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put(Fsiii.LAVE_MAD.toString(), null);
        Violation v = single(new AssessmentDraft(TODAY, "x", scores, Map.of()));
        assertThat(v.messageKey()).isEqualTo("assessment.score.required");
        assertThat(danish(v)).isEqualTo("Vælg en score for \"Lave mad\".");
    }

    @Test
    void anUnknownStateCodeIsRejectedNamingTheCode() {
        Violation v = single(draft(TODAY, "x", scores(Fsiii.UNKNOWN, 1), Map.of()));
        assertThat(v.field()).isEqualTo("abilityScores[" + Fsiii.UNKNOWN + "]");
        assertThat(danish(v)).isEqualTo("FSIII-koden " + Fsiii.UNKNOWN + " er ikke en kendt funktionsevnetilstand.");
    }

    @Test
    void somethingThatIsNotAUuidIsAnUnknownCode() {
        Violation v = single(new AssessmentDraft(TODAY, "x", Map.of("J2.4", 1), Map.of()));
        assertThat(v.field()).isEqualTo("abilityScores[J2.4]");
        assertThat(danish(v)).contains("J2.4");
    }

    @Test
    void aHealthConditionCodeIsNotAFunctionalAbilityState() {
        Violation v = single(draft(TODAY, "x", scores(Fsiii.PROBLEMER_MED_ERNAERING, 1), Map.of()));
        assertThat(v.messageKey()).isEqualTo("assessment.state.unknown");
    }

    @Test
    void aRetiredStateIsRejectedAsUdgaaet() {
        Violation v = single(draft(TODAY, "x", scores(Fsiii.VASKE_SIG, 1), Map.of()));
        assertThat(v.field()).isEqualTo("abilityScores[" + Fsiii.VASKE_SIG + "]");
        assertThat(v.messageKey()).isEqualTo("assessment.state.retired");
        assertThat(danish(v)).startsWith("Funktionsevnetilstanden \"Vaske sig\" (J1.1, kode " + Fsiii.VASKE_SIG + ") er udgået");
    }

    @Test
    void aRetiredHealthConditionIsRejectedAsUdgaaet() {
        Violation v = single(draft(TODAY, "x", Map.of(),
                conditions(Fsiii.PROBLEMER_MED_VANDLADNING_I12_2, NOT_RELEVANT, null)));
        assertThat(v.field()).isEqualTo("healthConditions[" + Fsiii.PROBLEMER_MED_VANDLADNING_I12_2 + "]");
        assertThat(danish(v)).contains("\"Problemer med vandladning\" (I12.2").contains("er udgået");
    }

    @Test
    void anUnknownHealthConditionIsRejected() {
        Violation v = single(draft(TODAY, "x", Map.of(), conditions(Fsiii.INDKOEB, NOT_RELEVANT, null)));
        assertThat(v.messageKey()).isEqualTo("assessment.condition.unknown");
    }

    @Test
    void aNotedHealthConditionNeedsANote() {
        Violation v = single(draft(TODAY, "x", Map.of(), conditions(Fsiii.PROBLEMER_MED_ERNAERING, NOTED, "  ")));
        assertThat(v.field()).isEqualTo("healthConditions[" + Fsiii.PROBLEMER_MED_ERNAERING + "].note");
        assertThat(danish(v)).isEqualTo("Skriv en note om helbredstilstanden \"Problemer med ernæring\", når den er aktuel.");
    }

    @Test
    void aHealthConditionNeedsAStatus() {
        Violation v = single(draft(TODAY, "x", Map.of(), conditions(Fsiii.PROBLEMER_MED_ERNAERING, null, "Taber sig")));
        assertThat(v.messageKey()).isEqualTo("assessment.condition.statusRequired");
    }

    @Test
    void theAssessmentDateMayNotBeInTheFuture() {
        Violation v = single(draft(TODAY.plusDays(1), "x", Map.of(), Map.of()));
        assertThat(v.field()).isEqualTo("assessedOn");
        assertThat(danish(v)).startsWith("Vurderingsdatoen 15.03.2025 ligger i fremtiden.");
        assertThat(Assessment.record(1, 253, null, draft(TODAY, "x", Map.of(), Map.of()), CATALOG, TODAY).assessedOn())
                .isEqualTo(TODAY);
    }

    @Test
    void theAssessmentDateIsRequired() {
        assertThat(single(draft(null, "x", Map.of(), Map.of())).messageKey()).isEqualTo("assessment.assessedOn.required");
    }

    @Test
    void theOverallAssessmentIsRequired() {
        Violation v = single(draft(TODAY, "   ", Map.of(), Map.of()));
        assertThat(v.field()).isEqualTo("overallAssessment");
        assertThat(danish(v)).isEqualTo("Skriv en helhedsvurdering.");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Assessment.record(1, 253, null,
                draft(TODAY.plusDays(3), "", scores(Fsiii.INDKOEB, 7, Fsiii.VASKE_SIG, 1),
                        conditions(Fsiii.PROBLEMER_MED_ERNAERING, NOTED, null)), CATALOG, TODAY));
        assertThat(e.violations()).extracting(Violation::field).containsExactly("assessedOn", "overallAssessment",
                "abilityScores[" + Fsiii.INDKOEB + "]", "abilityScores[" + Fsiii.VASKE_SIG + "]",
                "healthConditions[" + Fsiii.PROBLEMER_MED_ERNAERING + "].note");
        assertThat(e.violations()).allSatisfy(v -> assertThat(danish(v)).doesNotStartWith("assessment."));
    }

    @Test
    void aCorrectionReplacesTheContent() {
        Assessment assessment = Assessment.record(1, 253, null, draft(TODAY.minusDays(2), "Før",
                scores(Fsiii.INDKOEB, 2, Fsiii.LAVE_MAD, 3), Map.of()), CATALOG, TODAY);
        assessment.correct(draft(TODAY.minusDays(1), "Efter", scores(Fsiii.INDKOEB, 1), Map.of()), CATALOG, TODAY);
        assertThat(assessment.overallAssessment()).isEqualTo("Efter");
        assertThat(assessment.assessedOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(assessment.abilityScores()).containsExactly(new AbilityScore(Fsiii.INDKOEB, 1));
    }

    @Test
    void aCorrectionThatBreaksARuleChangesNothing() {
        Assessment assessment = Assessment.record(1, 253, null, draft(TODAY, "Før", scores(Fsiii.INDKOEB, 2), Map.of()),
                CATALOG, TODAY);
        assertThatThrownBy(() -> assessment.correct(draft(TODAY, "Efter", scores(Fsiii.INDKOEB, 7), Map.of()),
                CATALOG, TODAY)).isInstanceOf(InvalidInputException.class);
        assertThat(assessment.overallAssessment()).isEqualTo("Før");
        assertThat(assessment.scoreFor(Fsiii.INDKOEB)).contains(2);
    }

    @Test
    void anOlderAssessmentMayKeepARetiredStateButNotGainOne() {
        Assessment old = new Assessment(1L, 253, 1, null, TODAY.minusYears(2), "Før 2024",
                Set.of(new AbilityScore(Fsiii.VASKE_SIG, 2)), Set.of(), 0);

        old.correct(draft(TODAY.minusYears(2), "Rettet", scores(Fsiii.VASKE_SIG, 3), Map.of()), CATALOG, TODAY);
        assertThat(old.scoreFor(Fsiii.VASKE_SIG)).contains(3);

        UUID kropspleje = UUID.fromString("581f65f9-cd0a-4630-8cc5-c8c125ae2d0c"); // J1.2, retired
        Violation v = catchThrowableOfType(InvalidInputException.class, () -> old.correct(
                draft(TODAY.minusYears(2), "Rettet", scores(Fsiii.VASKE_SIG, 3, kropspleje, 1), Map.of()),
                CATALOG, TODAY)).violations().get(0);
        assertThat(v.field()).isEqualTo("abilityScores[" + kropspleje + "]");
        assertThat(v.messageKey()).isEqualTo("assessment.state.retired");
    }

    private static Violation single(AssessmentDraft draft) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> Assessment.record(1, 253, null, draft, CATALOG, TODAY));
        assertThat(e).as("rejected").isNotNull();
        assertThat(e.violations()).hasSize(1);
        return e.violations().get(0);
    }

    static String danish(Violation v) {
        return MESSAGES.getMessage(v.messageKey(), v.args(), Locale.forLanguageTag("da"));
    }

    static AssessmentDraft draft(LocalDate on, String overall, Map<String, Integer> scores,
                                 Map<String, AssessmentDraft.HealthConditionInput> conditions) {
        return new AssessmentDraft(on, overall, scores, conditions);
    }

    static Map<String, Integer> scores(Object... codeScorePairs) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int i = 0; i < codeScorePairs.length; i += 2) {
            scores.put(codeScorePairs[i].toString(), (Integer) codeScorePairs[i + 1]);
        }
        return scores;
    }

    static Map<String, AssessmentDraft.HealthConditionInput> conditions(Object... codeStatusNoteTriples) {
        Map<String, AssessmentDraft.HealthConditionInput> conditions = new LinkedHashMap<>();
        for (int i = 0; i < codeStatusNoteTriples.length; i += 3) {
            conditions.put(codeStatusNoteTriples[i].toString(), new AssessmentDraft.HealthConditionInput(
                    (HealthConditionStatus) codeStatusNoteTriples[i + 1], (String) codeStatusNoteTriples[i + 2]));
        }
        return conditions;
    }
}
