package dk.omsorg.task.internal;

import dk.omsorg.task.Task;
import dk.omsorg.task.TaskRequested;
import dk.omsorg.task.TasksRequested;
import dk.omsorg.task.TaskWorkCancelled;
import dk.omsorg.task.TaskWorkDone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Opens, updates and closes tasks from the modules' events. Each listener runs after the publishing transaction has
 * committed, in a transaction of its own, and stays in the event publication registry until it completes, so a
 * failed run is run again. Every statement is safe to run twice: the unique (municipality, kind, subject key) makes
 * a second request update the open task (or leave a closed one closed), and a close only touches an open task.
 *
 * <p>The listeners run on several threads, so a close can be handled before its request (an inquiry decided a
 * moment after it was registered). Both take an advisory lock on the task's key; a close that finds no task at all
 * is remembered ({@code task_early_close}), and the request then writes the task closed.
 */
@Component
class RecordingTasks {

    static final String SYSTEM = "system";
    static final int MAX_TITLE = 300;
    private static final Logger log = LoggerFactory.getLogger(RecordingTasks.class);

    /** Requests of a {@link TasksRequested} handled per transaction (each holds an advisory lock to its end). */
    static final int CHUNK = 500;

    private final TaskRepository tasks;
    private final Clock clock;
    private final TransactionTemplate transactions;

    RecordingTasks(TaskRepository tasks, Clock clock, PlatformTransactionManager transactionManager) {
        this.tasks = tasks;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @ApplicationModuleListener
    void on(TaskRequested event) {
        String ownerUser = blankToNull(event.ownerUser());
        String ownerRole = ownerUser != null ? null : blankToNull(event.ownerRole());
        if (ownerUser == null && ownerRole == null) {
            // a task nobody owns would be seen by nobody: the coordinators distribute the work
            log.warn("Task {} {} requested without an owner; given to the coordinators", event.kind(), event.subjectKey());
            ownerRole = "COORDINATOR";
        }
        String title = event.title().length() <= MAX_TITLE ? event.title() : event.title().substring(0, MAX_TITLE - 1) + "…";
        tasks.lockKey(event.municipalityId(), event.kind(), event.subjectKey());
        boolean written = tasks.upsert(event, ownerUser, ownerRole, title, Instant.now(clock), SYSTEM);
        if (written && tasks.applyEarlyClose(event.municipalityId(), event.kind(), event.subjectKey())) {
            log.debug("Task {} {} was closed before it was requested", event.kind(), event.subjectKey());
        }
        log.debug("Task {} {} requested: {}", event.kind(), event.subjectKey(), written ? "written" : "unchanged or closed");
    }

    /**
     * Each request as a {@link TaskRequested}, {@link #CHUNK} to a transaction: every request locks its key to the end
     * of its transaction, and thousands of locks in one would fill PostgreSQL's lock table (shared by all sessions).
     * A failure leaves the event in the registry; run again, the chunks already written change nothing.
     */
    @Async
    @TransactionalEventListener
    void on(TasksRequested event) {
        List<TaskRequested> all = event.tasks();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<TaskRequested> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            transactions.executeWithoutResult(status -> chunk.forEach(this::on));
        }
    }

    @ApplicationModuleListener
    void on(TaskWorkDone event) {
        close(event.municipalityId(), event.kind(), event.subjectKey(), Task.Status.DONE, event.doneBy());
    }

    @ApplicationModuleListener
    void on(TaskWorkCancelled event) {
        close(event.municipalityId(), event.kind(), event.subjectKey(), Task.Status.CANCELLED, event.cancelledBy());
    }

    private void close(int municipalityId, dk.omsorg.task.TaskKind kind, String subjectKey, Task.Status status, String by) {
        String who = blankToNull(by) == null ? SYSTEM : by.strip();
        tasks.lockKey(municipalityId, kind, subjectKey);
        if (tasks.closeByKey(municipalityId, kind, subjectKey, status, Instant.now(clock), who)) {
            return;
        }
        if (tasks.exists(municipalityId, kind, subjectKey)) {
            log.debug("Task {} {} to close as {} is closed already", kind, subjectKey, status);
        } else {
            tasks.rememberEarlyClose(municipalityId, kind, subjectKey, status, Instant.now(clock), who);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
