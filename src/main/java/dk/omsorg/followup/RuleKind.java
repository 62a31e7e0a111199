package dk.omsorg.followup;

/** The rules that schedule a follow-up for a grant (the queue's priority rule schedules nothing). */
public enum RuleKind {
    /** N months after permanent help granted after a § 83 a rehabilitation course (seed 003). */
    AFTER_REHABILITATION,
    /** Special 1:1 cases: at least every N months (seed 000). */
    SPECIAL_CASE,
    /** Other help: every ½–3 years as the caseworker sets (seed 003). */
    CASEWORKER_INTERVAL,
    /** A temporary grant: a reminder N days before its end (seed 002 "Midlertidig indsats"). */
    TEMPORARY_END
}
