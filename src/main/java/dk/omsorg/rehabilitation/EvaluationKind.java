package dk.omsorg.rehabilitation;

/** The mid-way (midtvejsevaluering) and the final evaluation (slutevaluering) of a course. */
public enum EvaluationKind {
    MIDWAY,
    FINAL
}
