package dk.omsorg.catalog;

/**
 * How much a finding weighs. A quality standard is a political service level, not a law: a
 * decision must rest on a concrete, individual assessment and may go beyond the standard when
 * the citizen's needs require it. So most rules yield warnings that the caseworker answers with a
 * reason, and only what cannot be granted as proposed is an error.
 */
public enum Severity {
    /** Cannot be granted as proposed: unknown intervention, no catalogue in force, a shift the intervention does not exist in. */
    ERROR,
    /** Beyond the quality standard: allowed only with a stated, individual reason. */
    WARNING,
    /** For the caseworker's attention: something the engine cannot check by itself. */
    INFO
}
