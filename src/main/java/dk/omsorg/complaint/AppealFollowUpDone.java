package dk.omsorg.complaint;

import dk.omsorg.decision.DecisionMade;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskWorkDone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Ankestyrelsen changed or remanded a decision: the new decision version made after the complaint
 * (decision.after_complaint_id = the complaint) carries it out, so the APPEAL_FOLLOW_UP task closes as done.
 */
@Component
class AppealFollowUpDone {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    AppealFollowUpDone(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(DecisionMade made) {
        jdbc.sql("""
                select d.after_complaint_id, d.created_by from decision d join appeal_outcome o on o.complaint_id = d.after_complaint_id
                 where d.id = ? and o.outcome in ('CHANGED','REMANDED')""").param(made.decisionId())
                .query((rs, n) -> new TaskWorkDone(made.municipalityId(), TaskKind.APPEAL_FOLLOW_UP,
                        "appeal-follow-up:" + rs.getLong(1), rs.getString(2))).optional()
                .ifPresent(events::publishEvent);
    }
}
