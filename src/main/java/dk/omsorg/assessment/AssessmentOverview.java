package dk.omsorg.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A citizen's assessments, newest first, and how the latest one's scores moved since the one
 * before it.
 */
public record AssessmentOverview(List<Assessment> history, List<ScoreChange> changes) {

    public AssessmentOverview {
        history = List.copyOf(history);
        changes = List.copyOf(changes);
    }

    public Optional<Assessment> latest() {
        return history.stream().findFirst();
    }

    public Optional<Assessment> previous() {
        return history.stream().skip(1).findFirst();
    }

    /** @param history newest first */
    static AssessmentOverview of(List<Assessment> history, FsiiiCatalog catalog) {
        return new AssessmentOverview(history, history.isEmpty() ? List.of()
                : changes(history.get(0), history.size() > 1 ? history.get(1) : null, catalog));
    }

    /** Each state scored in {@code latest}, in catalogue order, with its previous score and trend. */
    static List<ScoreChange> changes(Assessment latest, Assessment previous, FsiiiCatalog catalog) {
        List<ScoreChange> changes = new ArrayList<>();
        for (AbilityScore score : latest.abilityScores()) {
            FsiiiConcept state = catalog.find(score.stateCode())
                    .orElseThrow(() -> new IllegalStateException("Unknown FSIII state " + score.stateCode()));
            FsiiiConcept area = catalog.find(state.parentCode()).orElseThrow();
            Integer before = previous == null ? null : previous.scoreFor(state.code()).orElse(null);
            changes.add(new ScoreChange(area, state, score.score(), before, Trend.between(before, score.score())));
        }
        changes.sort((a, b) -> catalog.order().compare(a.state(), b.state()));
        return changes;
    }
}
