package dk.omsorg.delivery;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.security.RequireIntake;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Registering a citizen's absence (hospital stay, holiday, other) for the authority: it pauses expected delivery in
 * the reassessment scan. Audited; only the user's municipality. A mistaken absence is cancelled, not deleted.
 */
@Service
@Transactional
public class Absences {

    static final String RESOURCE = "absence";

    private final JdbcClient jdbc;
    private final Citizens citizens;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;
    /** A field so that the constructor stays as it is. */
    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.context.ApplicationEventPublisher events;

    Absences(JdbcClient jdbc, Citizens citizens, CurrentUsers users, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.citizens = citizens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public record NewAbsence(Absence.Kind kind, LocalDate from, LocalDate to, String note) {
    }

    @RequireIntake
    public Absence register(long citizenId, NewAbsence input) {
        Citizen citizen = citizens.accessible(citizenId);
        List<Violation> violations = new ArrayList<>();
        if (input.kind() == null) {
            violations.add(new Violation("kind", "absence.kind.required"));
        } else if (!Absence.Kind.registrable().contains(input.kind())) {
            violations.add(new Violation("kind", "absence.kind.byStay"));
        }
        if (input.from() == null) {
            violations.add(new Violation("from", "absence.from.required"));
        } else if (input.to() != null && input.to().isBefore(input.from())) {
            violations.add(new Violation("to", "absence.to.beforeFrom", input.from(), input.to()));
        }
        dk.omsorg.shared.InputLimits.beforeBirth("from", input.from(), citizen.birthDate()).ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        String user = users.current().username();
        long id = jdbc.sql("""
                        insert into absence (municipality_id, citizen_id, kind, from_on, to_on, note, created_at, created_by,
                            modified_at, modified_by, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) returning id""")
                .params(citizen.municipalityId(), citizenId, input.kind().name(), input.from(), input.to(),
                        input.note() == null || input.note().isBlank() ? null : input.note().strip(), now, user, now, user)
                .query(Long.class).single();
        audit.changed(AuditAction.CREATE, citizenId, RESOURCE, id, "fravær registreret");
        events.publishEvent(new AbsenceRegistered(citizen.municipalityId(), citizenId, id, input.kind(), input.from(), user));
        return find(citizen.municipalityId(), id);
    }

    /**
     * The home-care pause while the citizen stays in a temporary or interval place (issue 19): an absence of kind
     * TEMPORARY_STAY from the move-in day to {@code lastDay} (null = until further notice). Registered by the stay,
     * in its transaction; audited.
     */
    @RequireIntake
    public Absence registerStay(long citizenId, LocalDate from, LocalDate lastDay, String note) {
        Citizen citizen = citizens.accessible(citizenId);
        Timestamp now = Timestamp.from(Instant.now(clock));
        String user = users.current().username();
        long id = jdbc.sql("""
                        insert into absence (municipality_id, citizen_id, kind, from_on, to_on, note, created_at, created_by,
                            modified_at, modified_by, version)
                        values (?, ?, 'TEMPORARY_STAY', ?, ?, ?, ?, ?, ?, ?, 0) returning id""")
                .params(citizen.municipalityId(), citizenId, from, lastDay, note, now, user, now, user)
                .query(Long.class).single();
        audit.changed(AuditAction.CREATE, citizenId, RESOURCE, id, "fravær registreret ved indflytning");
        return find(citizen.municipalityId(), id);
    }

    /** Moves the last day of a stay's pause (the move-out, or a changed planned move-out; null = open). */
    @RequireIntake
    public Absence moveStayEnd(long citizenId, long id, LocalDate lastDay) {
        Absence absence = owned(citizenId, id);
        update(absence, absence.version(), "to_on = ?", lastDay, "fravær ved midlertidigt ophold ændret");
        return find(users.current().municipalityId(), id);
    }

    /** The citizen's absences, latest first, cancelled ones included. */
    @RequireCitizenAccess
    public List<Absence> forCitizen(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        audit.read(citizenId, RESOURCE, null);
        return jdbc.sql("select * from absence where municipality_id = ? and citizen_id = ? order by from_on desc, id desc")
                .params(citizen.municipalityId(), citizenId).query(Absences::absence).list();
    }

    /**
     * The citizen's absences that include today, not cancelled (the overview's warning, issue 15: hospitalised or away
     * now). Audited as a read of the absences.
     */
    @RequireCitizenAccess
    public List<Absence> today(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        audit.read(citizenId, RESOURCE, null);
        LocalDate today = LocalDate.now(clock.withZone(dk.omsorg.shared.DanishTime.ZONE));
        return jdbc.sql("""
                        select * from absence where municipality_id = ? and citizen_id = ? and not cancelled
                        and from_on <= ? and (to_on is null or to_on >= ?) order by from_on, id""")
                .params(citizen.municipalityId(), citizenId, today, today).query(Absences::absence).list();
    }

    /** Ends an open absence on {@code to} (the citizen is home again). */
    @RequireIntake
    public Absence end(long citizenId, long id, Integer version, LocalDate to) {
        Absence absence = owned(citizenId, id);
        if (to == null) {
            throw new InvalidInputException("to", "absence.from.required");
        }
        if (to.isBefore(absence.from())) {
            throw new InvalidInputException("to", "absence.to.beforeFrom", absence.from(), to);
        }
        update(absence, version, "to_on = ?", to, "fravær afsluttet");
        return find(users.current().municipalityId(), id);
    }

    /** Cancels an absence registered by mistake. */
    @RequireIntake
    public Absence cancel(long citizenId, long id, Integer version) {
        Absence absence = owned(citizenId, id);
        update(absence, version, "cancelled = ?", true, "fravær annulleret");
        return find(users.current().municipalityId(), id);
    }

    private void update(Absence absence, Integer version, String set, Object value, String detail) {
        int updated = jdbc.sql("update absence set " + set + ", modified_at = ?, modified_by = ?, version = version + 1 "
                        + "where id = ? and version = ?")
                .params(value, Timestamp.from(Instant.now(clock)), users.current().username(), absence.id(),
                        version == null ? -1 : version)
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Absence " + absence.id() + " changed meanwhile");
        }
        audit.changed(AuditAction.UPDATE, absence.citizenId(), RESOURCE, absence.id(), detail);
    }

    private Absence owned(long citizenId, long id) {
        Citizen citizen = citizens.accessible(citizenId);
        Absence absence = find(citizen.municipalityId(), id);
        if (absence.citizenId() != citizenId) {
            throw new NotFoundException("absence.notFound");
        }
        return absence;
    }

    private Absence find(int municipalityId, long id) {
        return jdbc.sql("select * from absence where municipality_id = ? and id = ?").params(municipalityId, id)
                .query(Absences::absence).optional().orElseThrow(() -> new NotFoundException("absence.notFound"));
    }

    private static Absence absence(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Absence(rs.getLong("id"), rs.getLong("citizen_id"), Absence.Kind.valueOf(rs.getString("kind")),
                rs.getObject("from_on", LocalDate.class), rs.getObject("to_on", LocalDate.class), rs.getString("note"),
                rs.getBoolean("cancelled"), rs.getString("created_by"), rs.getInt("version"));
    }
}
