package dk.omsorg.hospital.internal;

import ca.uhn.fhir.context.FhirContext;
import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.hospital.HospitalNotification;
import dk.omsorg.hospital.MessageStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Stores each received message once (unique per municipality and message id: a concurrent resend waits for the
 * first and then finds it) and applies it to the stay; the caseworker's work follows from what it did.
 */
@Component
public class HospitalMessageStore {

    public static final String RESOURCE = "hospital-message";

    private final JdbcClient jdbc;
    private final HospitalEpisodes episodes;
    private final HospitalTasks tasks;
    private final HospitalPauses pauses;
    private final AuditLog audit;
    private final FhirContext fhir;
    private final Clock clock;
    /** The death path (issue 20). */
    private final dk.omsorg.citizen.CitizenDeaths deaths;

    HospitalMessageStore(JdbcClient jdbc, HospitalEpisodes episodes, HospitalTasks tasks, HospitalPauses pauses,
                         AuditLog audit, FhirContext fhir, Clock clock, dk.omsorg.citizen.CitizenDeaths deaths) {
        this.deaths = deaths;
        this.pauses = pauses;
        this.jdbc = jdbc;
        this.episodes = episodes;
        this.tasks = tasks;
        this.audit = audit;
        this.fhir = fhir;
        this.clock = clock;
    }

    public record Stored(long id, MessageStatus status, String problem) {
    }

    public Optional<Stored> find(int municipalityId, String messageId) {
        return jdbc.sql("select id, status, problem from hospital_message where municipality_id = ? and message_id = ?")
                .params(municipalityId, messageId)
                .query((rs, n) -> new Stored(rs.getLong("id"), MessageStatus.valueOf(rs.getString("status")), rs.getString("problem")))
                .optional();
    }

    public Stored reject(int municipalityId, HospitalNotification n, String problem, String by) {
        Optional<Long> id = insert(municipalityId, null, n, MessageStatus.REJECTED, problem, null, by);
        return id.map(i -> new Stored(i, MessageStatus.REJECTED, problem)).orElseGet(() -> find(municipalityId, n.messageId()).orElseThrow());
    }

    public Stored process(Citizen citizen, HospitalNotification n, String payload, String by) {
        Optional<Long> inserted = insert(citizen.municipalityId(), citizen.id(), n, MessageStatus.PROCESSED, null, payload, by);
        if (inserted.isEmpty()) {
            // the same message arrived twice at once: the first one's outcome stands
            return find(citizen.municipalityId(), n.messageId()).orElseThrow();
        }
        long id = inserted.get();
        HospitalEpisodes.Applied applied = episodes.apply(citizen.municipalityId(), citizen.id(), n, by);
        String problem = applied.outOfOrder().orElse(null);
        if (problem != null) {
            jdbc.sql("update hospital_message set status = 'OUT_OF_ORDER', problem = ? where id = ?").params(problem, id).update();
        }
        audit.changed(AuditAction.CREATE, citizen.id(), RESOURCE, id, "sygehusadvis modtaget");
        tasks.after(citizen, id, applied, n, problem);
        recordDeath(citizen, n);
        pauses.tell(citizen, id, n);
        return new Stored(id, problem == null ? MessageStatus.PROCESSED : MessageStatus.OUT_OF_ORDER, problem);
    }

    /**
     * The hospital is authoritative on a death: recorded at once, on the day of Encounter.period.end (else the day the
     * message came), and the grants end the day after (decision module). Recorded once: a resent or revised death
     * message changes nothing. A cancelled death is left to the caseworker (the task says so).
     */
    private void recordDeath(Citizen citizen, HospitalNotification n) {
        if (!n.deceased() || n.activity().variant() == dk.omsorg.hospital.HospitalActivity.Variant.CANCEL) {
            return;
        }
        Instant now = Instant.now(clock);
        java.time.LocalDate diedOn = (n.end() != null && n.end().isBefore(now) ? n.end() : now)
                .atZone(dk.omsorg.shared.DanishTime.ZONE).toLocalDate();
        deaths.record(citizen.id(), diedOn, dk.omsorg.citizen.DeathSource.HOSPITAL, null);
    }

    /** A bare OperationOutcome for a message that could not be read: nothing of it is stored. */
    public String outcome(String problem) {
        return fhir.newJsonParser().encodeResourceToString(OperationOutcomes.error(problem));
    }

    private Optional<Long> insert(int municipalityId, Long citizenId, HospitalNotification n, MessageStatus status,
                                  String problem, String payload, String by) {
        return jdbc.sql("""
                        insert into hospital_message (municipality_id, message_id, header_id, activity, citizen_id, episode_id,
                            sender, status, problem, payload, received_at, received_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (municipality_id, message_id) do nothing returning id""")
                .params(municipalityId, n.messageId(), n.headerId(), n.activity().code(), citizenId,
                        citizenId == null ? null : n.episodeId(), n.sender(), status.name(), problem, payload,
                        Timestamp.from(Instant.now(clock)), by)
                .query(Long.class).optional();
    }
}
