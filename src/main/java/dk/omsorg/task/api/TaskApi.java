package dk.omsorg.task.api;

import dk.omsorg.task.Task;
import dk.omsorg.task.TaskQueue;
import dk.omsorg.task.Tasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The work queue (opgaver) over REST: queues with filters, one task, closing by hand, reassigning. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Opgaver", description = "The work queue: a user's, a team's or a colleague's open tasks; close, reassign")
class TaskApi {

    private final Tasks tasks;

    TaskApi(Tasks tasks) {
        this.tasks = tasks;
    }

    record TaskDto(long id, long citizenId, String citizenName, String kind, String subjectKey, String title,
                   String link, String ownerUser, String ownerRole, LocalDate dueOn, boolean overdue, String status,
                   Instant closedAt, String closedBy, int version) {
        static TaskDto of(Task t, LocalDate today) {
            return new TaskDto(t.id(), t.citizenId(), t.citizenName(), t.kind().name(), t.subjectKey(), t.title(),
                    t.link(), t.ownerUser(), t.ownerRole(), t.dueOn(), t.overdue(today), t.status().name(),
                    t.closedAt(), t.closedBy(), t.version());
        }
    }

    /** @param truncated there are more: ask for {@code page + 1} */
    record QueueDto(String owner, String kind, String citizen, String due, int page, boolean truncated, List<TaskDto> tasks) {
    }

    record CountDto(String kind, long open, long overdue) {
    }

    @GetMapping
    @Operation(summary = "Open tasks, overdue first, then by due date. owner: me (default), user:<username> or "
            + "team:<ROLE> (a colleague's or another team's for a coordinator or leader); kind: a task kind; "
            + "citizenId: one citizen; due: overdue, today (incl. overdue), week (by Sunday, incl. overdue) or all; "
            + "page: 1 (default) for the first 50, 2 for the next …")
    QueueDto queue(@RequestParam(required = false) String owner, @RequestParam(required = false) String kind,
                   @RequestParam(required = false) String citizenId, @RequestParam(required = false) String due,
                   @RequestParam(defaultValue = "1") int page) {
        TaskQueue queue = tasks.queue(owner, kind, citizenId, due, page);
        return new QueueDto(queue.owner().param(), queue.kind() == null ? null : queue.kind().name(), queue.citizen(),
                queue.due().param(), queue.page(), queue.truncated(),
                queue.tasks().stream().map(t -> TaskDto.of(t, queue.today())).toList());
    }

    @GetMapping("/counts")
    @Operation(summary = "The user's own open tasks counted per kind, with how many are overdue")
    List<CountDto> counts() {
        return tasks.counts().values().stream().map(c -> new CountDto(c.kind().name(), c.open(), c.overdue())).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One task (another municipality's answers 404)")
    TaskDto read(@PathVariable long id) {
        return TaskDto.of(tasks.read(id), tasks.today());
    }

    record CloseRequest(Integer version) {
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close an open task by hand as done. 409 when closed already or changed since version")
    TaskDto close(@PathVariable long id, @RequestBody CloseRequest request) {
        return TaskDto.of(tasks.close(id, request.version()), tasks.today());
    }

    /** Exactly one of ownerUser (a username of the municipality) and ownerRole (a team: COORDINATOR, CASEWORKER …). */
    record ReassignRequest(String ownerUser, String ownerRole, Integer version) {
    }

    @PostMapping("/{id}/reassign")
    @Operation(summary = "Give an open task to a user of the municipality or to a team (coordinator, leader). "
            + "400 naming the field for an unknown user or one of another municipality; 409 when stale or closed")
    TaskDto reassign(@PathVariable long id, @RequestBody ReassignRequest request) {
        return TaskDto.of(tasks.reassign(id, request.ownerUser(), request.ownerRole(), request.version()), tasks.today());
    }
}
