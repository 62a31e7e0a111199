package dk.omsorg.rehabilitation;

/** What an evaluation recommends, and what the caseworker decides: continue, extend, close or revisit. */
public enum Recommendation {
    CONTINUE,
    EXTEND,
    CLOSE,
    REVISIT
}
