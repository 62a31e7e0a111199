package dk.omsorg.followup.internal;

import dk.omsorg.followup.FollowUp;
import dk.omsorg.followup.RuleKind;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import dk.omsorg.task.TaskWorkCancelled;
import dk.omsorg.task.TaskWorkDone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.Collection;

/**
 * A follow-up's task in the work queue (opgaver), due on its day for its caseworker: "Opfølgning: Rengøring", or
 * for the reminder before a temporary grant ends "Midlertidig bevilling udløber: Rengøring". Published in the
 * transaction that writes the follow-up, so the event publication registry delivers it when that commits.
 */
@Component
public class FollowUpTasks {

    /** A follow-up without a caseworker (none recorded on the decision) is the caseworkers' team's. */
    static final String TEAM = "CASEWORKER";

    private final FollowUpRepository followUps;
    private final ApplicationEventPublisher events;

    FollowUpTasks(FollowUpRepository followUps, ApplicationEventPublisher events) {
        this.followUps = followUps;
        this.events = events;
    }

    /** Opens the follow-up's task, or moves it to the follow-up's current caseworker and due day. */
    public void requested(FollowUp f) {
        String title = (f.rule() == RuleKind.TEMPORARY_END ? "Midlertidig bevilling udløber: " : "Opfølgning: ")
                + f.interventionName();
        events.publishEvent(new TaskRequested(f.municipalityId(), f.citizenId(), kind(f), subjectKey(f.id()), title,
                "/follow-ups/" + f.id(), f.caseworker(), f.caseworker() == null ? TEAM : null, f.dueOn()));
    }

    /** As {@link #requested(FollowUp)} for follow-ups just written or changed, read back by id. */
    public void requested(Collection<Long> ids) {
        ids.forEach(id -> followUps.find(id).ifPresent(this::requested));
    }

    public void done(FollowUp f, String by) {
        events.publishEvent(new TaskWorkDone(f.municipalityId(), kind(f), subjectKey(f.id()), by));
    }

    public void cancelled(FollowUp f, String by) {
        events.publishEvent(new TaskWorkCancelled(f.municipalityId(), kind(f), subjectKey(f.id()), by));
    }

    static TaskKind kind(FollowUp f) {
        return f.rule() == RuleKind.TEMPORARY_END ? TaskKind.TEMPORARY_GRANT_ENDING : TaskKind.FOLLOW_UP;
    }

    public static String subjectKey(long followUpId) {
        return "follow-up:" + followUpId;
    }
}
