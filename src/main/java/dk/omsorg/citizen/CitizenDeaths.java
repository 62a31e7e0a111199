package dk.omsorg.citizen;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.internal.CitizenRepository;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A citizen's death (issue 20, the death path): recorded once with its date and who told it, audited, and announced as
 * {@link CitizenDied} in the same transaction so the grants end with it. A second report changes nothing.
 */
@Service
public class CitizenDeaths {

    private final CitizenRepository citizens;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CitizenDeaths(CitizenRepository citizens, CurrentUsers users, AuditLog audit, ApplicationEventPublisher events,
                  Clock clock) {
        this.citizens = citizens;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records the death of a citizen of the user's municipality. For the module that received the report (the hospital
     * inbox, a caseworker confirming a provider's notice), which checked that the user may report it.
     *
     * @param caseworker the caseworker who confirmed it; null for the hospital
     * @return whether it was recorded now (false: a death was recorded before, and nothing changed)
     * @throws InvalidInputException when the date is missing or in the future
     */
    @Transactional
    public boolean record(long citizenId, LocalDate diedOn, DeathSource source, String caseworker) {
        Citizen citizen = citizens.findById(citizenId).orElseThrow(() -> new NotFoundException("citizen.notFound"));
        if (!citizen.belongsTo(users.current().municipalityId())) {
            audit.denied(citizenId, "citizen", citizenId);
            throw new NotFoundException("citizen.notFound");
        }
        if (diedOn == null) {
            throw new InvalidInputException("diedOn", "citizen.death.dateRequired");
        }
        if (diedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("diedOn", "citizen.death.future");
        }
        if (citizens.recordDeathIfNone(citizenId, diedOn, source.name(), users.current().username(),
                Timestamp.from(clock.instant())) == 0) {
            return false;
        }
        audit.changed(AuditAction.UPDATE, citizenId, "citizen", citizenId, "dødsfald registreret");
        events.publishEvent(new CitizenDied(citizen.municipalityId(), citizenId, diedOn, source, caseworker));
        return true;
    }
}
