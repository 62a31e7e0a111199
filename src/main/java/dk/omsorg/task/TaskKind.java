package dk.omsorg.task;

/**
 * What kind of work a task is. Stored by name; later capabilities (complaints, waiting lists, special cases,
 * hospital messages) add their kinds here. Danish names in messages_da.properties ({@code task.kind.*}).
 */
public enum TaskKind {
    /** An inquiry to assess and decide, due at its processing deadline. */
    INQUIRY,
    /** A follow-up of a grant, due on its day. */
    FOLLOW_UP,
    /** A § 83 a course's mid-way or final evaluation. */
    COURSE_EVALUATION,
    /** A reassessment flag from the delivered/planned time. */
    REASSESSMENT_FLAG,
    /** A provider's notice to the authority, to be read. */
    PROVIDER_NOTICE,
    /** A provider did not start a grant by its start deadline. */
    START_DEADLINE,
    /** A temporary grant is about to end. */
    TEMPORARY_GRANT_ENDING,
    /** Finance's controller is asked to review a special case's offers. */
    SPECIAL_CASE_REVIEW,
    /** Finance is told of a special case's monthly cost, before → after. */
    SPECIAL_CASE_COST,
    /** A special case's follow-up by its contact caseworker, every few months (seed 000). */
    SPECIAL_CASE_FOLLOW_UP,
    /** A 1:1 need caused by respiration monitoring: for the faglig koordinator, not a special case (seed 000). */
    SPECIAL_CASE_RESPIRATION,
    /** A complaint about a decision to reconsider (genvurdering), due 4 weeks after receipt. */
    COMPLAINT_RECONSIDERATION,
    /** A maintained complaint to forward to Ankestyrelsen, due at the forwarding deadline. */
    COMPLAINT_FORWARDING,
    /** Ankestyrelsen changed or remanded a decision: carry it out. */
    APPEAL_FOLLOW_UP,
    /** A recommendation (indstilling) above the caseworker's authority, to approve or return. */
    DECISION_APPROVAL,
    /** A recommendation returned to the caseworker with the reason. */
    RECOMMENDATION_RETURNED,
    /** The hospital discharged the citizen: assess the help at home (seed 002 "Udskrivelse fra sygehus"). */
    HOSPITAL_DISCHARGE,
    /** A hospital notification that needs a person: out of order, or the citizen died. */
    HOSPITAL_MESSAGE,
    /** A provider started help acutely before a decision: decide within the acute deadline (seed 002). */
    ACUTE_START,
    /** The decision on help after moving into a nursing home, 3–6 weeks after the move-in (seed 002 "Plejeboliger"). */
    PLACE_HELP_DECISION,
    /** A citizen on the general nursing-home list must be offered a place soon (plejeboliggaranti, SEL § 192 a). */
    PLACE_GUARANTEE_DUE,
    /** A waiting-list entry not reviewed for the list's number of days (places.yaml reviewDays, seed 002). */
    PLACE_LIST_REVIEW,
    /** A genoptræningsplan came from the hospital: order the training from a provider (seed 002). */
    RETRAINING_PLAN,
    /** A course's evaluation asked for the citizen to be reassessed (revurdering, rehabilitation module). */
    COURSE_REVISIT
}
