package dk.omsorg.task;

import java.time.LocalDate;
import java.util.List;

/**
 * A queue as shown: whose it is, the filters it was read with, and its open tasks, overdue first and then by due
 * date.
 *
 * @param kind      the kind filter, or null for all kinds
 * @param citizen   the citizen filter as typed (an id or part of a name), or null
 * @param truncated more tasks match than are shown: there is a next page ({@link Tasks#PAGE_SIZE} a page)
 * @param page      the page shown, from 1
 */
public record TaskQueue(TaskOwner owner, TaskKind kind, String citizen, TaskDue due, List<Task> tasks,
                        boolean truncated, LocalDate today, int page) {
}
