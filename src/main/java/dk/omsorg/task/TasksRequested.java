package dk.omsorg.task;

import java.util.List;

/**
 * Many tasks asked for at once — e.g. the flags of a nightly reassessment scan, thousands in a large municipality: one
 * event, stored once by the event publication registry, instead of one per task. Each is handled exactly as the
 * {@link TaskRequested} it holds, in one transaction; a redelivery changes nothing (a task per subject key).
 */
public record TasksRequested(List<TaskRequested> tasks) {

    public TasksRequested {
        tasks = List.copyOf(tasks);
    }
}
