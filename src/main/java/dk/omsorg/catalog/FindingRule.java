package dk.omsorg.catalog;

/** The named policy a finding comes from; stored with decisions, so the names are stable. */
public enum FindingRule {
    NO_CATALOG,
    UNKNOWN_INTERVENTION,
    CRITERIA,
    FREQUENCY_LIMIT,
    MONTHLY_HOURS,
    GROUP_LIMIT,
    EXCLUSION,
    SHIFT,
    MAX_DURATION,
    START_DEADLINE,
    /** The citizen's age, from the CPR number, against the area's age condition. */
    AGE,
    /** The grant's shifts or days against the intervention's delivery window. */
    DELIVERY_WINDOW,
    /**
     * A § 83 a rehabilitation course comes before permanent help where the area says so (seed
     * 003). Raised by the decision module, which knows the citizen's earlier grants.
     */
    REHABILITATION_FIRST,
    /**
     * The legal basis the catalogue gives is not in force on the decision date for this citizen (e.g.
     * serviceloven § 83 for a citizen of folkepension age after 1 July 2025, when Ældreloven applies).
     */
    LEGAL_BASIS,
    /**
     * Practical help granted to a citizen whose household member already has the same intervention (seed 002:
     * "bevilges det til den ene af ægtefællerne"). Raised by the decision module, which knows the household.
     */
    HOUSEHOLD_PRACTICAL_HELP
}
