package dk.omsorg.hospital;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.hospital.internal.HospitalMessageStore;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.security.RequireIntake;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.NotFoundException;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskWorkDone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The hospital notifications for staff: those that were not processed as they stand (out of order, or for no
 * citizen of the municipality) first and until someone has looked at them — a municipality once lost hospital
 * messages unnoticed — then the latest. Reading them is audited per citizen.
 */
@Service
@Transactional
public class HospitalMessages {

    public static final int LIMIT = 200;

    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HospitalMessages(JdbcClient jdbc, CurrentUsers users, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A received message as staff read it; citizen fields null for a rejected one. */
    public record Line(long id, Instant receivedAt, String activity, MessageStatus status, String problem, Long citizenId,
                       String citizenName, String sender, String episodeId, Instant handledAt, String handledBy) {
        public boolean needsAttention() {
            return status != MessageStatus.PROCESSED && handledAt == null;
        }
    }

    private static final String SELECT = """
            select m.id, m.received_at, m.activity, m.status, m.problem, m.citizen_id, c.name, m.sender, m.episode_id,
                   m.handled_at, m.handled_by
            from hospital_message m left join citizen c on c.id = m.citizen_id
            """;

    /** Attention first (oldest first), then the rest, newest first; at most {@link #LIMIT}. */
    @RequireCitizenAccess
    public List<Line> list(boolean attentionOnly) {
        List<Line> lines = jdbc.sql(SELECT + """
                         where m.municipality_id = ? and (not ? or (m.status <> 'PROCESSED' and m.handled_at is null))
                         order by (m.status <> 'PROCESSED' and m.handled_at is null) desc,
                                  case when m.status <> 'PROCESSED' and m.handled_at is null then m.received_at end,
                                  m.received_at desc, m.id desc
                         limit ?""")
                .params(users.current().municipalityId(), attentionOnly, LIMIT).query(HospitalMessages::line).list();
        audit.readAll(lines.stream().map(Line::citizenId).filter(Objects::nonNull).distinct().toList(),
                HospitalMessageStore.RESOURCE, null);
        return lines;
    }

    @RequireCitizenAccess
    public Line read(long id) {
        Line line = find(id);
        if (line.citizenId() != null) {
            audit.read(line.citizenId(), HospitalMessageStore.RESOURCE, id);
        }
        return line;
    }

    /** Staff have looked at a message that was not processed as it stands; its check task closes. */
    @RequireIntake
    public Line handled(long id) {
        Line line = find(id);
        if (!line.needsAttention()) {
            throw new ConflictException("hospital.message.nothingToHandle");
        }
        String user = users.current().username();
        jdbc.sql("update hospital_message set handled_at = ?, handled_by = ? where id = ? and handled_at is null")
                .params(Timestamp.from(Instant.now(clock)), user, id).update();
        if (line.citizenId() != null) {
            audit.changed(AuditAction.UPDATE, line.citizenId(), HospitalMessageStore.RESOURCE, id, "sygehusadvis kontrolleret");
        }
        events.publishEvent(new TaskWorkDone(users.current().municipalityId(), TaskKind.HOSPITAL_MESSAGE,
                "hospital-message:" + id, user));
        return find(id);
    }

    private Line find(long id) {
        return jdbc.sql(SELECT + " where m.municipality_id = ? and m.id = ?").params(users.current().municipalityId(), id)
                .query(HospitalMessages::line).optional()
                .orElseThrow(() -> new NotFoundException("hospital.message.notFound"));
    }

    private static Line line(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp handled = rs.getTimestamp("handled_at");
        return new Line(rs.getLong("id"), rs.getTimestamp("received_at").toInstant(), rs.getString("activity"),
                MessageStatus.valueOf(rs.getString("status")), rs.getString("problem"),
                rs.getObject("citizen_id", Long.class), rs.getString("name"), rs.getString("sender"), rs.getString("episode_id"),
                handled == null ? null : handled.toInstant(), rs.getString("handled_by"));
    }
}
