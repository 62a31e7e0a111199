package dk.omsorg.audit;

import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Writes audit events. {@link #read} and {@link #changed} join the caller's transaction, so an
 * audit row exists exactly when the read or change it describes happened. A refused access is
 * recorded in a transaction of its own, because the refusal rolls back the caller's.
 *
 * <p>Details are descriptions of what was done ("vurdering oprettet"), never personal data.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, CurrentUsers users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void read(long citizenId, String resource, Object resourceId) {
        write(users.current(), citizenId, AuditAction.READ, resource, resourceId, null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(AuditAction action, long citizenId, String resource, Object resourceId, String detail) {
        write(users.current(), citizenId, action, resource, resourceId, detail);
    }

    /** {@link #read} of many citizens at once (a statement or list naming them), in one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void readAll(java.util.Collection<Long> citizenIds, String resource, Object resourceId) {
        changedAll(AuditAction.READ, citizenIds, resource, resourceId, null);
    }

    /** {@link #changed} for many citizens at once (a bulk import), in one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changedAll(AuditAction action, java.util.Collection<Long> citizenIds, String resource, Object resourceId,
                           String detail) {
        if (citizenIds.isEmpty()) {
            return;
        }
        CurrentUser user = users.current();
        jdbc.sql("""
                        insert into audit_event (occurred_at, username, role, municipality_id, citizen_id, action, resource, resource_id, detail)
                        select ?, ?, ?, ?, c, ?, ?, ?, ? from unnest(?::bigint[]) with ordinality as u(c, i) order by i""")
                .params(OffsetDateTime.now(clock), user.username(), user.role().name(), user.municipalityId(),
                        action.name(), resource, resourceId == null ? null : resourceId.toString(), detail,
                        citizenIds.toArray(Long[]::new))
                .update();
    }

    /** {@link #changed} for many citizens at once, each with its own detail (a batch of a report), in one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changedEach(AuditAction action, java.util.Map<Long, String> detailByCitizen, String resource,
                            Object resourceId) {
        if (detailByCitizen.isEmpty()) {
            return;
        }
        CurrentUser user = users.current();
        jdbc.sql("""
                        insert into audit_event (occurred_at, username, role, municipality_id, citizen_id, action, resource, resource_id, detail)
                        select ?, ?, ?, ?, c, ?, ?, ?, d from unnest(?::bigint[], ?::text[]) with ordinality as u(c, d, i) order by i""")
                .params(OffsetDateTime.now(clock), user.username(), user.role().name(), user.municipalityId(),
                        action.name(), resource, resourceId == null ? null : resourceId.toString(),
                        detailByCitizen.keySet().toArray(Long[]::new), detailByCitizen.values().toArray(String[]::new))
                .update();
    }

    /**
     * A refusal. When the refused citizen belongs to another municipality, the row names neither the
     * citizen nor what was asked for: the caller's leader reads this log and must not learn who is a citizen
     * elsewhere (issue 14). The row then only says that a citizen of another municipality was asked for.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void denied(Long citizenId, String resource, Object resourceId) {
        CurrentUser user = users.current();
        if (citizenId != null && !inMunicipality(citizenId, user.municipalityId())) {
            write(user, null, AuditAction.ACCESS_DENIED, resource, null, OTHER_MUNICIPALITY);
            return;
        }
        write(user, citizenId, AuditAction.ACCESS_DENIED, resource, resourceId, null);
    }

    /** The detail of a refusal of another municipality's citizen, as the leader reads it. */
    static final String OTHER_MUNICIPALITY = "borger i en anden kommune";

    private boolean inMunicipality(long citizenId, int municipalityId) {
        return jdbc.sql("select count(*) from citizen where id = ? and municipality_id = ?")
                .params(citizenId, municipalityId).query(Long.class).single() > 0;
    }

    private void write(CurrentUser user, Long citizenId, AuditAction action, String resource, Object resourceId, String detail) {
        jdbc.sql("""
                        insert into audit_event (occurred_at, username, role, municipality_id, citizen_id, action, resource, resource_id, detail)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(OffsetDateTime.now(clock), user.username(), user.role().name(), user.municipalityId(),
                        citizenId, action.name(), resource, resourceId == null ? null : resourceId.toString(), detail)
                .update();
    }
}
