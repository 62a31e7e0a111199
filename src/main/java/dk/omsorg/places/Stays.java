package dk.omsorg.places;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.security.RequireIntake;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Moving in and out of a place (issue 19): a planned stay becomes staying on the actual move-in day, ended on the
 * move-out day, or is cancelled with its reason. Each change is checked against the version read (stale → 409) and
 * against the exclusion constraints of place_stay (a changed day that overlaps another stay is refused in Danish).
 * A temporary or interval stay pauses home care ({@link StayPauses}); a nursing-home move-in asks for the decision on
 * help ({@link HelpDecisionTasks}). Audited; only the user's municipality.
 */
@Service
@Transactional
public class Stays {

    static final String RESOURCE = "place-stay";
    private static final String SELECT = """
            select s.*, u.name as unit_name, u.kind as unit_kind from place_stay s
            join place_unit u on u.municipality_id = s.municipality_id and u.code = s.unit_code\s""";

    private final JdbcClient jdbc;
    private final Citizens citizens;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final StayPauses pauses;
    private final HelpDecisionTasks helpTasks;
    private final Clock clock;

    Stays(JdbcClient jdbc, Citizens citizens, CurrentUsers users, AuditLog audit, StayPauses pauses,
          HelpDecisionTasks helpTasks, Clock clock) {
        this.jdbc = jdbc;
        this.citizens = citizens;
        this.users = users;
        this.audit = audit;
        this.pauses = pauses;
        this.helpTasks = helpTasks;
        this.clock = clock;
    }

    /** The citizen's stays, latest first, cancelled ones included. */
    @RequireCitizenAccess
    public List<Stay> forCitizen(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        audit.read(citizenId, RESOURCE, null);
        return jdbc.sql(SELECT + "where s.municipality_id = ? and s.citizen_id = ? order by s.from_on desc, s.id desc")
                .params(citizen.municipalityId(), citizenId).query(Stays::stay).list();
    }

    @RequireCitizenAccess
    public Stay read(long id) {
        Stay stay = find(id);
        audit.read(stay.citizenId(), RESOURCE, id);
        return stay;
    }

    /** The citizen moves in on {@code on} (may differ from the planned day). */
    @RequireIntake
    public Stay moveIn(long id, Integer version, LocalDate on) {
        Stay stay = find(id);
        if (stay.status() != Stay.Status.PLANNED) {
            throw new ConflictException("place.stay.notPlanned");
        }
        if (on == null) {
            throw new InvalidInputException("on", "place.stay.moveIn.required");
        }
        if (stay.to() != null && !on.isBefore(stay.to())) {
            throw new InvalidInputException("on", "place.stay.moveIn.afterMoveOut", on, stay.to());
        }
        update(stay, version, "status = 'STAYING', from_on = ?, moved_in_by = ?", on, users.current().username());
        Stay moved = find(id);
        if (moved.pausesHomeCare()) {
            long absenceId = pauses.paused(moved);
            jdbc.sql("update place_stay set absence_id = ? where id = ?").params(absenceId, id).update();
        }
        helpTasks.movedIn(moved);
        audit.changed(AuditAction.UPDATE, stay.citizenId(), RESOURCE, id, "indflyttet");
        return find(id);
    }

    /** The citizen moves out on {@code on}: the move-out day is the first day the place is free again. */
    @RequireIntake
    public Stay moveOut(long id, Integer version, LocalDate on) {
        Stay stay = find(id);
        if (stay.status() != Stay.Status.STAYING) {
            throw new ConflictException("place.stay.notStaying");
        }
        if (on == null) {
            throw new InvalidInputException("on", "place.stay.moveOut.required");
        }
        if (!on.isAfter(stay.from())) {
            throw new InvalidInputException("on", "place.stay.moveOut.beforeMoveIn", stay.from(), on);
        }
        update(stay, version, "status = 'ENDED', to_on = ?, moved_out_by = ?", on, users.current().username());
        Stay moved = find(id);
        if (moved.absenceId() != null) {
            pauses.resumed(moved);
        }
        audit.changed(AuditAction.UPDATE, stay.citizenId(), RESOURCE, id, "udflyttet");
        return find(id);
    }

    /** Changes the planned move-out of a planned or current stay; null = until further notice. */
    @RequireIntake
    public Stay changePlannedMoveOut(long id, Integer version, LocalDate to) {
        Stay stay = find(id);
        if (stay.status() != Stay.Status.PLANNED && stay.status() != Stay.Status.STAYING) {
            throw new ConflictException("place.stay.closed");
        }
        if (to != null && !to.isAfter(stay.from())) {
            throw new InvalidInputException("to", "place.stay.moveOut.beforeMoveIn", stay.from(), to);
        }
        update(stay, version, "to_on = ?", to);
        Stay moved = find(id);
        if (moved.absenceId() != null) {
            pauses.plannedEndChanged(moved);
        }
        audit.changed(AuditAction.UPDATE, stay.citizenId(), RESOURCE, id, "planlagt udflytning ændret");
        return moved;
    }

    /** A planned stay that will not happen, with the reason. */
    @RequireIntake
    public Stay cancel(long id, Integer version, String reason) {
        Stay stay = find(id);
        if (stay.status() != Stay.Status.PLANNED) {
            throw new ConflictException("place.stay.notPlanned");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "place.stay.cancel.reasonRequired");
        }
        LocalDate today = LocalDate.now(clock.withZone(dk.omsorg.shared.DanishTime.ZONE));
        update(stay, version, "status = 'CANCELLED', cancelled_on = ?, cancel_reason = ?", today, reason.strip());
        audit.changed(AuditAction.UPDATE, stay.citizenId(), RESOURCE, id, "ophold annulleret");
        return find(id);
    }

    private void update(Stay stay, Integer version, String set, Object... values) {
        List<Object> params = new java.util.ArrayList<>(java.util.Arrays.asList(values));
        params.addAll(List.of(Timestamp.from(Instant.now(clock)), users.current().username(), stay.id(),
                version == null ? -1 : version));
        int updated;
        try {
            updated = jdbc.sql("update place_stay set " + set + ", modified_at = ?, modified_by = ?, version = version + 1 "
                            + "where id = ? and version = ?")
                    .params(params).update();
        } catch (DataIntegrityViolationException e) {
            throw StayBooking.refusal(e);
        }
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Stay " + stay.id() + " changed meanwhile");
        }
    }

    private Stay find(long id) {
        return jdbc.sql(SELECT + "where s.municipality_id = ? and s.id = ?").params(users.current().municipalityId(), id)
                .query(Stays::stay).optional().orElseThrow(() -> new NotFoundException("place.stay.notFound"));
    }

    static Stay stay(ResultSet rs, int n) throws SQLException {
        return new Stay(rs.getLong("id"), rs.getLong("citizen_id"), rs.getString("unit_code"), rs.getString("unit_name"),
                PlaceKind.valueOf(rs.getString("unit_kind")), rs.getInt("place_no"), (Long) rs.getObject("entry_id"),
                rs.getObject("from_on", LocalDate.class), rs.getObject("to_on", LocalDate.class),
                Stay.Status.valueOf(rs.getString("status")), (Long) rs.getObject("absence_id"),
                rs.getObject("cancelled_on", LocalDate.class), rs.getString("cancel_reason"), rs.getInt("version"));
    }
}
