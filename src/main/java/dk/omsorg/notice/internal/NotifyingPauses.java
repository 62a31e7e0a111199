package dk.omsorg.notice.internal;

import dk.omsorg.notice.GrantPauses;
import dk.omsorg.notice.NoticeKind;
import dk.omsorg.provider.HomeCarePause;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes the pause and resume notices other modules ask for, in their transaction (places' stays, hospital stays). */
@Component
class NotifyingPauses {

    private final GrantPauses pauses;

    NotifyingPauses(GrantPauses pauses) {
        this.pauses = pauses;
    }

    @EventListener
    void on(HomeCarePause pause) {
        pauses.notifyProviders(pause.resumes() ? NoticeKind.RESUMED_GRANT : NoticeKind.PAUSED_GRANT, pause.municipalityId(),
                pause.citizenId(), pause.source(), pause.on(), pause.caseworker());
    }
}
