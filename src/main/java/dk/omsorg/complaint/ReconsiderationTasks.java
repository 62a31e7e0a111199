package dk.omsorg.complaint;

import dk.omsorg.citizen.Citizen;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import dk.omsorg.task.TaskWorkDone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The reconsideration task in the work queue: owned by the citizen's contact caseworker (kontaktvisitator), or by the
 * caseworkers' team while the citizen has none; due when the reconsideration is (4 weeks after receipt).
 */
@Component
class ReconsiderationTasks {

    static final String TITLE = "Genvurdér afgørelsen efter klage";
    static final String TEAM = "CASEWORKER";

    private final ApplicationEventPublisher events;

    ReconsiderationTasks(ApplicationEventPublisher events) {
        this.events = events;
    }

    void requested(Complaint complaint, Citizen citizen) {
        String owner = citizen.contactCaseworker();
        events.publishEvent(new TaskRequested(complaint.municipalityId(), complaint.citizenId(),
                TaskKind.COMPLAINT_RECONSIDERATION, subjectKey(complaint.id()), TITLE,
                "/decisions/" + complaint.decisionId(), owner, owner == null ? TEAM : null,
                complaint.reconsiderationDue()));
    }

    void done(Complaint complaint, String by) {
        events.publishEvent(new TaskWorkDone(complaint.municipalityId(), TaskKind.COMPLAINT_RECONSIDERATION,
                subjectKey(complaint.id()), by));
    }

    static String subjectKey(long complaintId) {
        return "complaint:" + complaintId;
    }
}
