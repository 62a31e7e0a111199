package dk.omsorg.assessment;

/** The kinds of FSIII concept the assessment module keeps (column {@code fsiii_concept.kind}). */
public enum FsiiiKind {
    FUNCTIONAL_ABILITY_AREA,
    FUNCTIONAL_ABILITY_STATE,
    HEALTH_AREA,
    HEALTH_CONDITION
}
