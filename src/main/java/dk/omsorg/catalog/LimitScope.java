package dk.omsorg.catalog;

/** Whom a frequency cap counts for: the citizen, or the whole household ("pr. husstand"). */
public enum LimitScope {
    CITIZEN,
    HOUSEHOLD
}
