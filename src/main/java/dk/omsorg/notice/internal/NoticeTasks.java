package dk.omsorg.notice.internal;

import dk.omsorg.notice.Notice;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import dk.omsorg.task.TaskWorkDone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * A provider's notice to the authority as a task in the work queue (opgaver): to be read by the caseworker it landed
 * with (who made the decision on the grant), due the day it came; done when staff acknowledge it. Published in the
 * transaction that writes or acknowledges the notice.
 */
@Component
public class NoticeTasks {

    static final String TITLE = "Læs advis fra leverandøren";
    /** The page the caseworker reads and acknowledges the providers' notices on. */
    static final String LINK = "/notices/from-providers";
    /** A notice with no caseworker to land with (the citizen has no decision yet) is the caseworkers' team's. */
    static final String TEAM = "CASEWORKER";
    static final String COORDINATION_TITLE = "Koordinering: kompliceret udskrivelse fra sygehus";
    /** The discharge coordinator's team. */
    static final String COORDINATORS = "COORDINATOR";

    private final ApplicationEventPublisher events;

    NoticeTasks(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void fromProvider(Notice notice) {
        LocalDate day = LocalDate.ofInstant(notice.createdAt(), DanishTime.ZONE);
        if (notice.kind() == dk.omsorg.notice.NoticeKind.COORDINATION) {
            // seed 002: "Udskrivelseskoordinator modtager henvendelse ... hvor det handler om kompliceret udskrivelse"
            events.publishEvent(new TaskRequested(notice.municipalityId(), notice.citizenId(), TaskKind.PROVIDER_NOTICE,
                    subjectKey(notice.id()), COORDINATION_TITLE, LINK, null, COORDINATORS, day));
            return;
        }
        events.publishEvent(new TaskRequested(notice.municipalityId(), notice.citizenId(), TaskKind.PROVIDER_NOTICE,
                subjectKey(notice.id()), TITLE, LINK, notice.caseworker(), notice.caseworker() == null ? TEAM : null, day));
    }

    public void acknowledged(Notice notice, String by) {
        events.publishEvent(new TaskWorkDone(notice.municipalityId(), TaskKind.PROVIDER_NOTICE, subjectKey(notice.id()), by));
    }

    public static String subjectKey(long noticeId) {
        return "notice:" + noticeId;
    }
}
