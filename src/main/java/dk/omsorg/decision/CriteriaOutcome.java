package dk.omsorg.decision;

import dk.omsorg.catalog.CriteriaEvaluation;

/** How the citizen's latest scores read against an intervention's allocation criteria. */
public enum CriteriaOutcome {
    /** Every FSIII criterion holds. */
    MET,
    /** At least one FSIII criterion does not hold. */
    NOT_MET,
    /** The standard states its criteria only in words: a concrete assessment decides. */
    NOT_SCORED,
    /** The standard states no criteria for the intervention. */
    NONE;

    static CriteriaOutcome of(CriteriaEvaluation evaluation, boolean hasCriteria) {
        if (!hasCriteria) {
            return NONE;
        }
        return switch (evaluation.outcome()) {
            case MET -> MET;
            case NOT_MET -> NOT_MET;
            case NOT_SCORED -> NOT_SCORED;
        };
    }
}
