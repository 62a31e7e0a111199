package dk.omsorg.audit;

import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.DanishTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The leader's view of the audit log: the own municipality's events, newest first, filtered, a page at a
 * time. Each event names the user by full name (from {@code app_user}) and what was read in Danish
 * ({@code audit.resource.*} in the message bundle) — the stored codes are for the system, not for people.
 * A citizen of another municipality is never named, not even by id (rows written before issue 14 may hold one).
 */
@Service
public class AuditTrail {

    public static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 500;
    /** Who did what when no person did: the nightly scan, the listeners writing notices. */
    static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final MessageSource messages;

    AuditTrail(JdbcClient jdbc, CurrentUsers users, MessageSource messages) {
        this.jdbc = jdbc;
        this.users = users;
        this.messages = messages;
    }

    /** One page (from 0) of the events matching the filter; a size outside 1–500 is taken as the nearest. */
    @Transactional(readOnly = true)
    public AuditPage find(Filter filter, int page, int size) {
        int pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        int pageNumber = Math.max(0, page);
        StringBuilder sql = new StringBuilder("""
                select e.occurred_at, e.username, u.display_name, e.role, c.id as citizen_id, c.name as citizen_name,
                       c.cpr_number, e.action, e.resource,
                       case when e.citizen_id is not null and c.id is null then null else e.resource_id end as resource_id,
                       e.detail
                from audit_event e left join citizen c on c.id = e.citizen_id and c.municipality_id = e.municipality_id
                     left join app_user u on u.username = e.username
                where e.municipality_id = ?""");
        List<Object> params = new ArrayList<>();
        params.add(users.current().municipalityId());
        if (has(filter.username())) {
            // the leader may type the username or the person's name
            sql.append(" and (e.username = ? or lower(u.display_name) = lower(?))");
            params.add(filter.username().strip());
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
        // one row more than the page tells whether there is a next page without counting the whole log
        sql.append(" order by e.occurred_at desc, e.id desc limit ").append(pageSize + 1)
                .append(" offset ").append((long) pageNumber * pageSize);
        List<AuditEntry> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> new AuditEntry(
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("username"),
                person(rs.getString("username"), rs.getString("display_name")), rs.getString("role"),
                (Long) rs.getObject("citizen_id"), rs.getString("citizen_name"), rs.getString("cpr_number"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("resource"),
                what(rs.getString("resource")), rs.getString("resource_id"), rs.getString("detail"))).list();
        boolean hasNext = rows.size() > pageSize;
        return new AuditPage(hasNext ? rows.subList(0, pageSize) : rows, pageNumber, pageSize, hasNext);
    }

    private String person(String username, String displayName) {
        if (displayName != null) {
            return displayName;
        }
        return SYSTEM.equals(username) ? text("audit.user.system") : username;
    }

    /** The Danish name of what was read; a code without one reads as "other information", never as the code. */
    private String what(String resource) {
        String label = messages.getMessage("audit.resource." + resource, null, null, LocaleContextHolder.getLocale());
        return label != null ? label : text("audit.resource.other");
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static boolean has(String text) {
        return text != null && !text.isBlank();
    }

    public record Filter(String username, String cprNumber, AuditAction action, LocalDate from, LocalDate to) {
    }

    /**
     * @param username   the login, for filtering
     * @param userName   the person's full name as shown
     * @param resource   the stored code of what was read or changed
     * @param resourceName what was read or changed, in Danish
     */
    public record AuditEntry(Instant occurredAt, String username, String userName, String role, Long citizenId,
                             String citizenName, String cprNumber, AuditAction action, String resource,
                             String resourceName, String resourceId, String detail) {

        /**
         * Which one was read, as a person can use it: a number ("nr. 16") or the address a refused request
         * asked for; an internal key (a grant's UUID) is left out.
         */
        public String reference() {
            // a read of the citizen's own page or week is keyed by the citizen, already named in its own column
            if (resourceId == null || (citizenId != null && resourceId.equals(citizenId.toString()))) {
                return null;
            }
            if (resourceId.matches("\\d{1,18}")) {
                return "nr. " + resourceId;
            }
            int path = resourceId.indexOf(" /");
            return path >= 0 ? resourceId.substring(path + 1) : null;
        }
    }

    /** A page of events, newest first; {@code page} counts from 0. */
    public record AuditPage(List<AuditEntry> events, int page, int size, boolean hasNext) {

        public boolean hasPrevious() {
            return page > 0;
        }
    }
}
