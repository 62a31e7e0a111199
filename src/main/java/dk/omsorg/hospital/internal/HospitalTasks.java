package dk.omsorg.hospital.internal;

import dk.omsorg.citizen.Citizen;
import dk.omsorg.hospital.HospitalNotification;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import dk.omsorg.task.TaskWorkCancelled;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The caseworker's work from hospital notifications, in the work queue: a discharge task (seed 002 "Udskrivelse fra
 * sygehus": the authority assesses the help when the citizen comes home), withdrawn when the discharge is
 * cancelled; a check of a message that came out of order; and the citizen's death. For the citizen's contact
 * caseworker, else the caseworkers' team.
 */
@Component
class HospitalTasks {

    static final String TEAM = "CASEWORKER";

    private final ApplicationEventPublisher events;
    private final Clock clock;

    HospitalTasks(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void after(Citizen citizen, long messageRowId, HospitalEpisodes.Applied applied, HospitalNotification n, String problem) {
        LocalDate today = LocalDate.now(clock.withZone(DanishTime.ZONE));
        String owner = citizen.contactCaseworker();
        String team = owner == null ? TEAM : null;
        String citizenPage = "/citizens/" + citizen.id();
        if (problem != null) {
            events.publishEvent(new TaskRequested(citizen.municipalityId(), citizen.id(), TaskKind.HOSPITAL_MESSAGE,
                    "hospital-message:" + messageRowId, "Sygehusadvis i forkert rækkefølge: kontrollér borgerens fravær",
                    "/hospital-messages/" + messageRowId, owner, team, today));
        }
        if (n.deceased()) {
            events.publishEvent(new TaskRequested(citizen.municipalityId(), citizen.id(), TaskKind.HOSPITAL_MESSAGE,
                    "hospital-death:" + applied.episodeRowId(),
                    "Sygehuset melder borgeren død: hjælpen er afsluttet dagen efter dødsfaldet; se borgerens øvrige sager", citizenPage, owner, team, today));
        }
        String discharge = "hospital-discharge:" + applied.episodeRowId();
        if (applied.discharged()) {
            LocalDate day = n.end() == null ? today : n.end().atZone(DanishTime.ZONE).toLocalDate();
            events.publishEvent(new TaskRequested(citizen.municipalityId(), citizen.id(), TaskKind.HOSPITAL_DISCHARGE,
                    discharge, "Udskrevet fra sygehus: vurdér borgerens behov for hjælp", citizenPage, owner, team, day));
        }
        if (applied.dischargeCancelled()) {
            events.publishEvent(new TaskWorkCancelled(citizen.municipalityId(), TaskKind.HOSPITAL_DISCHARGE, discharge, "system"));
        }
    }
}
