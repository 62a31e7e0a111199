package dk.omsorg.specialcase;

import dk.omsorg.assessment.Assessment;
import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.assessment.FsiiiConcept;
import dk.omsorg.assessment.ScaleStep;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The holistic assessment (helhedsvurdering) shown in the case (seed 000: "Lav helhedsvurdering:
 * funktionsevnetilstande, generelle oplysninger og resultat af helhedsvurderingen"): the citizen's latest FSIII
 * assessment — its functional-ability states with their scores, in FSIII's order, and its overall result.
 *
 * @param result the assessment's overall assessment (helhedsvurdering), as the caseworker wrote it
 */
public record SpecialCaseAssessment(long assessmentId, LocalDate assessedOn, List<State> states, String result) {

    /** @param scoreLabel the scale's Danish label, e.g. "Moderate begrænsninger" */
    public record State(String name, int score, String scoreLabel) {
    }

    static SpecialCaseAssessment of(Assessment latest, FsiiiCatalog catalog) {
        record Scored(FsiiiConcept state, int score) {
        }
        Comparator<Scored> order = Comparator.comparing(Scored::state, catalog.order());
        List<State> states = latest.abilityScores().stream()
                .flatMap(s -> catalog.find(s.stateCode()).map(c -> new Scored(c, s.score())).stream())
                .sorted(order)
                .map(s -> new State(s.state().name(), s.score(),
                        catalog.scaleStep(s.score()).map(ScaleStep::label).orElse("")))
                .toList();
        return new SpecialCaseAssessment(latest.id(), latest.assessedOn(), states, latest.overallAssessment());
    }
}
