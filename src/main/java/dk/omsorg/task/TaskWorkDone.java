package dk.omsorg.task;

/** The work of a task was done (the decision made, the follow-up completed): its open task closes as done. */
public record TaskWorkDone(int municipalityId, TaskKind kind, String subjectKey, String doneBy) {
}
