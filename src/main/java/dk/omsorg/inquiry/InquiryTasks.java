package dk.omsorg.inquiry;

import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import dk.omsorg.task.TaskWorkDone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The inquiry's task in the work queue (opgaver): to assess and decide it by its processing deadline (or the later
 * date the citizen was told). Published in the transaction that registers, assigns, postpones or closes the
 * inquiry, so the event publication registry delivers it exactly when the change commits.
 */
@Component
class InquiryTasks {

    static final String TITLE = "Vurder og afgør henvendelsen";
    /** While no caseworker has it, the inquiry is the coordinators' to distribute. */
    static final String UNASSIGNED_OWNER = "COORDINATOR";

    private final ApplicationEventPublisher events;

    InquiryTasks(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Opens the task, or moves it to the inquiry's current caseworker and deadline. */
    void requested(Inquiry inquiry) {
        String owner = inquiry.assignedTo();
        events.publishEvent(new TaskRequested(inquiry.municipalityId(), inquiry.citizenId(), TaskKind.INQUIRY,
                subjectKey(inquiry.id()), TITLE, "/inquiries/" + inquiry.id(), owner, owner == null ? UNASSIGNED_OWNER : null,
                inquiry.effectiveDeadline()));
    }

    /** The inquiry is decided. */
    void done(Inquiry inquiry, String by) {
        events.publishEvent(new TaskWorkDone(inquiry.municipalityId(), TaskKind.INQUIRY, subjectKey(inquiry.id()), by));
    }

    static String subjectKey(long inquiryId) {
        return "inquiry:" + inquiryId;
    }
}
