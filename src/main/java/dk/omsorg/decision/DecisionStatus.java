package dk.omsorg.decision;

/** A decision version is current until a change supersedes it; superseded versions are kept. */
public enum DecisionStatus {
    CURRENT,
    SUPERSEDED
}
