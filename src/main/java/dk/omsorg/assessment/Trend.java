package dk.omsorg.assessment;

/** How a functional-ability score moved since the previous assessment. */
public enum Trend {
    /** Lower score: fewer limitations. */
    BETTER,
    /** Higher score: more limitations. */
    WORSE,
    UNCHANGED,
    /** No previous score, or one of them is 9 (Ikke relevant), which is not on the 0–4 scale. */
    NOT_COMPARED;

    static Trend between(Integer previous, int now) {
        if (previous == null || previous == ScaleStep.NOT_RELEVANT || now == ScaleStep.NOT_RELEVANT) {
            return NOT_COMPARED;
        }
        return now < previous ? BETTER : now > previous ? WORSE : UNCHANGED;
    }
}
