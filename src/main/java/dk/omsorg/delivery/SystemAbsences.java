package dk.omsorg.delivery;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Absences registered by another system rather than a caseworker: a hospital's notifications (issue 20). The caller
 * has checked the citizen's municipality and runs in its transaction; each change is audited under the calling
 * (system) user, like a caseworker's.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class SystemAbsences {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    SystemAbsences(JdbcClient jdbc, AuditLog audit, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers an absence of the citizen from {@code from} to {@code to} (inclusive; null = until further notice). */
    public long register(int municipalityId, long citizenId, Absence.Kind kind, LocalDate from, LocalDate to, String note,
                         String by) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        long id = jdbc.sql("""
                        insert into absence (municipality_id, citizen_id, kind, from_on, to_on, note, created_at, created_by,
                            modified_at, modified_by, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) returning id""")
                .params(municipalityId, citizenId, kind.name(), from, to, note, now, by, now, by)
                .query(Long.class).single();
        audit.changed(AuditAction.CREATE, citizenId, Absences.RESOURCE, id, "fravær registreret");
        // as a caseworker's absence: e.g. a hospital admission takes the citizen off the lists whose rule says so
        events.publishEvent(new AbsenceRegistered(municipalityId, citizenId, id, kind, from, by));
        return id;
    }

    /** Cancels an absence the system registered, when what it said was revised or cancelled. */
    public void cancel(long citizenId, long absenceId, String by) {
        jdbc.sql("""
                        update absence set cancelled = true, modified_at = ?, modified_by = ?, version = version + 1
                        where id = ? and citizen_id = ? and not cancelled""")
                .params(Timestamp.from(Instant.now(clock)), by, absenceId, citizenId).update();
        audit.changed(AuditAction.UPDATE, citizenId, Absences.RESOURCE, absenceId, "fravær annulleret");
    }

    /** The absence's days as stored: from and to (to null = open). */
    public Absence find(long absenceId) {
        return jdbc.sql("select * from absence where id = ?").param(absenceId)
                .query((rs, n) -> new Absence(rs.getLong("id"), rs.getLong("citizen_id"), Absence.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("from_on", LocalDate.class), rs.getObject("to_on", LocalDate.class), rs.getString("note"),
                        rs.getBoolean("cancelled"), rs.getString("created_by"), rs.getInt("version")))
                .single();
    }
}
