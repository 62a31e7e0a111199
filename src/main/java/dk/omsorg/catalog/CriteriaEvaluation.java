package dk.omsorg.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An intervention's criteria read against a citizen's scores. */
public record CriteriaEvaluation(Outcome outcome, List<CriterionCheck> checks, String alternative) {

    public CriteriaEvaluation {
        checks = List.copyOf(checks);
    }

    /** The evaluation of an intervention, which may have no criteria at all. */
    public static CriteriaEvaluation of(Intervention intervention, Map<UUID, Integer> scores) {
        return intervention.criteria() == null ? new CriteriaEvaluation(Outcome.NOT_SCORED, List.of(), null)
                : intervention.criteria().evaluate(scores);
    }

    public boolean met() {
        return outcome == Outcome.MET;
    }

    /**
     * Whether the citizen may get the intervention on another route than the scores: the standard
     * states no FSIII criteria, or names an alternative. Either way a caseworker must judge.
     */
    public boolean needsConcreteAssessment() {
        return outcome == Outcome.NOT_SCORED || (outcome == Outcome.NOT_MET && alternative != null);
    }

    public enum Outcome {
        /** Every FSIII criterion holds. */
        MET,
        /** At least one FSIII criterion does not hold. */
        NOT_MET,
        /** The standard states no criteria on FSIII scores. */
        NOT_SCORED
    }
}
