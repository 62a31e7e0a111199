package dk.omsorg.task;

/** The work of a task fell away (the inquiry closed without a decision, the follow-up cancelled). */
public record TaskWorkCancelled(int municipalityId, TaskKind kind, String subjectKey, String cancelledBy) {
}
