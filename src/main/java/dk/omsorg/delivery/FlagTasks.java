package dk.omsorg.delivery;

import dk.omsorg.delivery.internal.ScanStatements.RaisedFlag;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import dk.omsorg.task.TasksRequested;
import dk.omsorg.task.TaskWorkDone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A reassessment flag's task in the work queue (opgaver): for the caseworker responsible for the grant (who made its
 * current decision), due the day the scan raised it; done when the caseworker adjusts, keeps or plans a visit.
 * Published in the scan's and the resolution's transactions, so the event publication registry delivers them when
 * those commit.
 */
@Component
class FlagTasks {

    /** A flag without a responsible caseworker is the caseworkers' team's. */
    static final String TEAM = "CASEWORKER";

    private final ApplicationEventPublisher events;
    private final Clock clock;

    FlagTasks(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** The scan's flags as one event (a large municipality's night raises thousands: one publication, not one each). */
    void raised(List<RaisedFlag> flags) {
        if (flags.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(DanishTime.ZONE));
        events.publishEvent(new TasksRequested(flags.stream()
                .map(f -> new TaskRequested(f.municipalityId(), f.citizenId(), TaskKind.REASSESSMENT_FLAG,
                        subjectKey(f.id()), title(f.direction()), "/reassessment/" + f.id(), f.caseworker(),
                        f.caseworker() == null ? TEAM : null, today))
                .toList()));
    }

    void done(ReassessmentFlag flag, String by) {
        events.publishEvent(new TaskWorkDone(flag.municipalityId(), TaskKind.REASSESSMENT_FLAG, subjectKey(flag.id()), by));
    }

    static String title(int direction) {
        return direction > 0 ? "Revurdering: mere tid end bevilget" : "Revurdering: mindre tid end bevilget";
    }

    static String subjectKey(long flagId) {
        return "reassessment-flag:" + flagId;
    }
}
