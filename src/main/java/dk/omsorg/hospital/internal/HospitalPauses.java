package dk.omsorg.hospital.internal;

import dk.omsorg.citizen.Citizen;
import dk.omsorg.hospital.HospitalActivity.Variant;
import dk.omsorg.hospital.HospitalNotification;
import dk.omsorg.provider.HomeCarePause;
import org.springframework.context.ApplicationEventPublisher;
import dk.omsorg.shared.DanishTime;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Tells the citizen's providers to pause and resume (seed 002 "Fravær"; issue 20: admitted → "a notice to pause",
 * discharged → "told to resume"): an admission or the end of a leave pauses, a leave or a discharge resumes, and a
 * cancel tells the opposite of what the cancelled message told. One notice per message, provider and grant
 * (the notice module writes them idempotently on the source), so a resent message tells nobody twice.
 */
@Component
class HospitalPauses {

    private final ApplicationEventPublisher events;

    HospitalPauses(ApplicationEventPublisher events) {
        this.events = events;
    }

    void tell(Citizen citizen, long messageRowId, HospitalNotification n) {
        if (n.deceased()) {
            return;     // the death path ends the grants; a pause or resume would mislead
        }
        boolean pausing = switch (n.activity().event()) {
            case ADMIT, END_LEAVE -> true;
            case START_LEAVE, DISCHARGE -> false;
        };
        if (n.activity().variant() == Variant.CANCEL) {
            pausing = !pausing;
        }
        Instant at = switch (n.activity().event()) {
            case ADMIT -> n.start();
            case START_LEAVE -> n.leaveStart();
            case END_LEAVE -> n.leaveEnd() != null ? n.leaveEnd() : n.leaveStart();
            case DISCHARGE -> n.end() != null ? n.end() : n.start();
        };
        if (at == null) {
            return;
        }
        events.publishEvent(new HomeCarePause(!pausing, citizen.municipalityId(), citizen.id(), "hospital:" + messageRowId,
                at.atZone(DanishTime.ZONE).toLocalDate(), citizen.contactCaseworker()));
    }
}
