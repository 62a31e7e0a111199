package dk.omsorg.task;

/** How many open tasks of one kind a queue holds, and how many of them are overdue (for the menu). */
public record TaskCount(TaskKind kind, long open, long overdue) {
}
