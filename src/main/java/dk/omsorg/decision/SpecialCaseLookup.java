package dk.omsorg.decision;

/**
 * Whether a citizen has an open special 1:1 case (særlig borgersag, seed 000), for the overview's warnings. Implemented
 * by the special-case module, which records the case itself, so this module does not depend on it.
 */
public interface SpecialCaseLookup {

    /** The caller has checked access to the citizen. */
    boolean hasOpenCase(long citizenId);
}
