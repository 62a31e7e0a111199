package dk.omsorg.notice.internal;

import dk.omsorg.notice.GrantStart;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import dk.omsorg.task.TaskWorkCancelled;
import dk.omsorg.task.TaskWorkDone;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A broken start deadline as a task in the work queue (opgaver): every morning, one set-based statement marks the
 * starts past their deadline that the provider has not confirmed, and a task is requested for each, for the
 * caseworker who made the decision (the notice's), due the first day past the deadline. Done when the provider
 * registers the start; cancelled when the start falls away (a switch of provider) or its deadline moves (the check
 * then runs again on the new one; the subject key names the deadline, so the new round is a task of its own).
 * Runs on one instance (ShedLock); the mark keeps a run again from requesting twice.
 */
@Component
public class CheckingStartDeadlines {

    static final String SYSTEM = "system";
    static final String TEAM = "CASEWORKER";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CheckingStartDeadlines(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @SchedulerLock(name = "notice-start-deadlines", lockAtLeastFor = "PT5M")
    @Scheduled(cron = "${omsorg.notice.start-deadline-cron:0 15 6 * * *}", zone = "Europe/Copenhagen")
    public void everyMorning() {
        requestBroken(LocalDate.now(clock.withZone(DanishTime.ZONE)));
    }

    record Broken(long id, int municipalityId, long citizenId, String interventionName, LocalDate dueOn,
                  String caseworker) {
    }

    /** Requests a task for each start not confirmed by a deadline before {@code today}; how many. */
    @Transactional
    public int requestBroken(LocalDate today) {
        List<Broken> broken = jdbc.sql("""
                        update grant_start s set overdue_task_at = ?
                        from notice n
                        where n.id = s.notice_id and s.started_on is null and not s.cancelled
                          and s.overdue_task_at is null and s.due_on < ?
                        returning s.id, s.municipality_id, s.citizen_id, s.intervention_name, s.due_on, n.caseworker""")
                .params(Timestamp.from(Instant.now(clock)), today).query(Broken.class).list();
        for (Broken b : broken) {
            events.publishEvent(new TaskRequested(b.municipalityId(), b.citizenId(), TaskKind.START_DEADLINE,
                    subjectKey(b.id(), b.dueOn()), "Opstart ikke meldt: " + b.interventionName(),
                    "/notices/start-deadlines", b.caseworker(), b.caseworker() == null ? TEAM : null, b.dueOn().plusDays(1)));
        }
        return broken.size();
    }

    /** The provider registered the start: the task, if the deadline was found broken, is done. */
    public void started(GrantStart start, String by) {
        if (taskRequested(start.id())) {
            events.publishEvent(new TaskWorkDone(start.municipalityId(), TaskKind.START_DEADLINE,
                    subjectKey(start.id(), start.dueOn()), by));
        }
    }

    /** The start fell away (switched to another provider): its task, if any, is cancelled. */
    void cancelled(GrantStart start) {
        if (taskRequested(start.id())) {
            events.publishEvent(new TaskWorkCancelled(start.municipalityId(), TaskKind.START_DEADLINE,
                    subjectKey(start.id(), start.dueOn()), SYSTEM));
        }
    }

    /** The start's deadline moved from {@code before}'s: its task for the old deadline is cancelled, checked anew. */
    void moved(GrantStart before, LocalDate newDueOn) {
        if (newDueOn.equals(before.dueOn())) {
            return;
        }
        int reset = jdbc.sql("update grant_start set overdue_task_at = null where id = ? and overdue_task_at is not null")
                .param(before.id()).update();
        if (reset == 1) {
            events.publishEvent(new TaskWorkCancelled(before.municipalityId(), TaskKind.START_DEADLINE,
                    subjectKey(before.id(), before.dueOn()), SYSTEM));
        }
    }

    private boolean taskRequested(long startId) {
        return jdbc.sql("select overdue_task_at is not null from grant_start where id = ?").param(startId)
                .query(Boolean.class).optional().orElse(false);
    }

    static String subjectKey(long startId, LocalDate dueOn) {
        return "start-deadline:" + startId + ":" + dueOn;
    }
}
