package dk.omsorg.audit;

import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.DanishTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The leader's view of the audit log: the own municipality's events, newest first, filtered. */
@Service
public class AuditTrail {

    static final int MAX_ROWS = 500;

    private final JdbcClient jdbc;
    private final CurrentUsers users;

    AuditTrail(JdbcClient jdbc, CurrentUsers users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> find(Filter filter) {
        StringBuilder sql = new StringBuilder("""
                select e.occurred_at, e.username, e.role, e.citizen_id, c.name as citizen_name, c.cpr_number,
                       e.action, e.resource, e.resource_id, e.detail
                from audit_event e left join citizen c on c.id = e.citizen_id
                where e.municipality_id = ?""");
        List<Object> params = new ArrayList<>();
        params.add(users.current().municipalityId());
        if (has(filter.username())) {
            sql.append(" and e.username = ?");
            params.add(filter.username().strip());
        }
        if (has(filter.cprNumber())) {
            sql.append(" and c.cpr_number = ?");
            params.add(filter.cprNumber().replace("-", "").strip());
        }
        if (filter.action() != null) {
            sql.append(" and e.action = ?");
            params.add(filter.action().name());
        }
        if (filter.from() != null) {
            sql.append(" and e.occurred_at >= ?");
            params.add(java.sql.Timestamp.from(filter.from().atStartOfDay(DanishTime.ZONE).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" and e.occurred_at < ?");
            params.add(java.sql.Timestamp.from(filter.to().plusDays(1).atStartOfDay(DanishTime.ZONE).toInstant()));
        }
        sql.append(" order by e.occurred_at desc, e.id desc limit ").append(MAX_ROWS);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new AuditEntry(
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("username"), rs.getString("role"),
                (Long) rs.getObject("citizen_id"), rs.getString("citizen_name"), rs.getString("cpr_number"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("resource"), rs.getString("resource_id"),
                rs.getString("detail"))).list();
    }

    private static boolean has(String text) {
        return text != null && !text.isBlank();
    }

    public record Filter(String username, String cprNumber, AuditAction action, LocalDate from, LocalDate to) {
    }

    public record AuditEntry(Instant occurredAt, String username, String role, Long citizenId, String citizenName,
                             String cprNumber, AuditAction action, String resource, String resourceId, String detail) {
    }
}
