package dk.omsorg.support;

import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import dk.omsorg.task.TasksRequested;
import dk.omsorg.task.TaskWorkCancelled;
import dk.omsorg.task.TaskWorkDone;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;

/**
 * Records the task events (dk.omsorg.task) the modules publish, from any thread: the server's request threads and
 * the asynchronous module listeners, which Spring's thread-bound {@code ApplicationEvents} does not see. Attached to
 * the shared test context for one test ({@link #attach}, {@link #close}), so no test needs a context of its own.
 */
public final class TaskEvents implements ApplicationListener<ApplicationEvent>, AutoCloseable {

    private static final Duration AT_MOST = Duration.ofSeconds(20);

    private final ConfigurableApplicationContext context;
    private final List<Object> events = new CopyOnWriteArrayList<>();

    private TaskEvents(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static TaskEvents attach(ApplicationContext context) {
        TaskEvents recorder = new TaskEvents((ConfigurableApplicationContext) context);
        recorder.context.addApplicationListener(recorder);
        return recorder;
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof PayloadApplicationEvent<?> payload && (payload.getPayload() instanceof TaskRequested
                || payload.getPayload() instanceof TaskWorkDone || payload.getPayload() instanceof TaskWorkCancelled)) {
            events.add(payload.getPayload());
        } else if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof TasksRequested many) {
            events.addAll(many.tasks());   // each as the request it holds
        }
    }

    @Override
    public void close() {
        context.removeApplicationListener(this);
    }

    /** Every request for the kind and subject so far, in order. */
    public List<TaskRequested> requested(TaskKind kind, String subjectKey) {
        return events.stream().filter(e -> e instanceof TaskRequested r && r.kind() == kind && r.subjectKey().equals(subjectKey))
                .map(TaskRequested.class::cast).toList();
    }

    /** Every request of the kind so far for the citizen, in order. */
    public List<TaskRequested> requestedFor(TaskKind kind, long citizenId) {
        return events.stream().filter(e -> e instanceof TaskRequested r && r.kind() == kind && r.citizenId() == citizenId)
                .map(TaskRequested.class::cast).toList();
    }

    /** The latest request for the kind and subject, waiting (bounded) for one to come from an asynchronous listener. */
    public TaskRequested awaitRequested(TaskKind kind, String subjectKey) {
        await().atMost(AT_MOST).pollInterval(Duration.ofMillis(50)).until(() -> !requested(kind, subjectKey).isEmpty());
        List<TaskRequested> all = requested(kind, subjectKey);
        return all.get(all.size() - 1);
    }

    public List<TaskWorkDone> done(TaskKind kind, String subjectKey) {
        return events.stream().filter(e -> e instanceof TaskWorkDone d && d.kind() == kind && d.subjectKey().equals(subjectKey))
                .map(TaskWorkDone.class::cast).toList();
    }

    public List<TaskWorkCancelled> cancelled(TaskKind kind, String subjectKey) {
        return events.stream().filter(e -> e instanceof TaskWorkCancelled c && c.kind() == kind && c.subjectKey().equals(subjectKey))
                .map(TaskWorkCancelled.class::cast).toList();
    }

    public TaskWorkCancelled awaitCancelled(TaskKind kind, String subjectKey) {
        await().atMost(AT_MOST).pollInterval(Duration.ofMillis(50)).until(() -> !cancelled(kind, subjectKey).isEmpty());
        return cancelled(kind, subjectKey).get(0);
    }
}
