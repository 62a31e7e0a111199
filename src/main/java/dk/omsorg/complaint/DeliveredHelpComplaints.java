package dk.omsorg.complaint;

import dk.omsorg.security.CurrentUser;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Complaints about the help delivered (seed 002 "Behandling af klagesager": the provider's responsibility; it writes
 * a statement on request by the deadline the request states). Either side registers one on a grant of the
 * municipality's current decisions; it goes to the grant's provider, which answers with its statement. A provider
 * sees and answers only its own; a statement missing after the deadline is a breach, shown to both.
 */
@Service
public class DeliveredHelpComplaints {

    /** One complaint as both sides see it. */
    public record DeliveredHelpComplaint(long id, long citizenId, String citizenName, UUID grantKey,
                                         String interventionName, long providerId, String providerName,
                                         LocalDate receivedOn, String registeredSide, String text,
                                         LocalDate statementDue, String statement, OffsetDateTime statementAt,
                                         boolean breach, int version) {
    }

    private final JdbcClient jdbc;
    private final ComplaintAppealPolicy policy;
    private final Clock clock;

    static final String RESOURCE = "delivered-help-complaint";

    private final dk.omsorg.audit.AuditLog audit;

    DeliveredHelpComplaints(JdbcClient jdbc, ComplaintAppealPolicy policy, Clock clock, dk.omsorg.audit.AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(DanishTime.ZONE));
    }

    @Transactional
    public DeliveredHelpComplaint register(CurrentUser user, UUID grantKey, LocalDate receivedOn, String text) {
        if (grantKey == null) {
            throw new InvalidInputException("grantKey", "deliveredHelpComplaint.grant.required");
        }
        if (receivedOn == null || receivedOn.isAfter(today())) {
            throw new InvalidInputException("receivedOn", "deliveredHelpComplaint.receivedOn.invalid");
        }
        if (text == null || text.isBlank() || text.length() > 10000) {
            throw new InvalidInputException("text", "deliveredHelpComplaint.text.required");
        }
        record GrantRow(long citizenId, Long providerId) {
        }
        GrantRow grant = jdbc.sql("""
                select d.citizen_id, g.provider_id from decision_grant g join decision d on d.id = g.decision_id
                 where g.grant_key = ? and d.municipality_id = ? and d.status = 'CURRENT'""")
                .params(grantKey, user.municipalityId())
                .query((rs, n) -> new GrantRow(rs.getLong(1), (Long) rs.getObject(2))).optional()
                .orElseThrow(() -> new InvalidInputException("grantKey", "deliveredHelpComplaint.grant.unknown"));
        if (grant.providerId() == null) {
            throw new InvalidInputException("grantKey", "deliveredHelpComplaint.grant.noProvider");
        }
        if (user.isProvider() && !grant.providerId().equals(user.providerId())) {
            throw new InvalidInputException("grantKey", "deliveredHelpComplaint.grant.unknown");
        }
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                insert into delivered_help_complaint (municipality_id, citizen_id, grant_key, provider_id, received_on,
                       registered_side, text, statement_due, created_at, created_by, modified_at, modified_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(user.municipalityId(), grant.citizenId(), grantKey, grant.providerId(), receivedOn,
                        user.isProvider() ? "PROVIDER" : "AUTHORITY", text.strip(),
                        policy.providerStatementDeadline(user.municipalityId(), today()), now, user.username(), now,
                        user.username())
                .query(Long.class).single();
        audit.changed(dk.omsorg.audit.AuditAction.CREATE, grant.citizenId(), RESOURCE, id, "klage over leveret hjælp registreret");
        return one(user, id);
    }

    /** The provider's written statement; once given it stands. */
    @Transactional
    public DeliveredHelpComplaint answer(CurrentUser user, long id, String statement, int version) {
        DeliveredHelpComplaint complaint = one(user, id);
        if (!user.isProvider()) {
            throw new InvalidInputException(null, "deliveredHelpComplaint.statement.providerOnly");
        }
        if (complaint.statement() != null) {
            throw new InvalidInputException(null, "deliveredHelpComplaint.statement.given");
        }
        if (statement == null || statement.isBlank() || statement.length() > 10000) {
            throw new InvalidInputException("statement", "deliveredHelpComplaint.statement.required");
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("""
                update delivered_help_complaint set statement = ?, statement_at = ?, statement_by = ?, modified_at = ?,
                       modified_by = ?, version = version + 1
                 where id = ? and version = ? and statement is null""")
                .params(statement.strip(), now, user.username(), now, user.username(), id, version).update();
        if (updated == 0) {
            throw new ConflictException("deliveredHelpComplaint.stale");
        }
        audit.changed(dk.omsorg.audit.AuditAction.UPDATE, complaint.citizenId(), RESOURCE, id, "leverandørens redegørelse givet");
        return one(user, id);
    }

    /** The municipality's complaints for staff; a provider's own for a provider. */
    @Transactional
    public List<DeliveredHelpComplaint> list(CurrentUser user) {
        List<DeliveredHelpComplaint> list = jdbc.sql(SELECT + " where k.municipality_id = ? and (cast(? as bigint) is null or k.provider_id = ?)"
                        + " order by k.statement_due, k.id")
                .params(user.municipalityId(), providerFilter(user), providerFilter(user))
                .query(this::row).list();
        audit.readAll(list.stream().map(DeliveredHelpComplaint::citizenId).distinct().toList(), RESOURCE, null);
        return list;
    }

    @Transactional
    public DeliveredHelpComplaint one(CurrentUser user, long id) {
        DeliveredHelpComplaint complaint = jdbc.sql(
                        SELECT + " where k.municipality_id = ? and k.id = ? and (cast(? as bigint) is null or k.provider_id = ?)")
                .params(user.municipalityId(), id, providerFilter(user), providerFilter(user))
                .query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("deliveredHelpComplaint.notFound"));
        audit.read(complaint.citizenId(), RESOURCE, id);
        return complaint;
    }

    /** A grant a complaint can be registered on, as the form lists it. */
    public record GrantChoice(UUID grantKey, String citizenName, String interventionName, String providerName) {
    }

    /** The current grants with a provider: a provider's own, or one citizen's for staff (none without a citizen). */
    public List<GrantChoice> grants(CurrentUser user, Long citizenId) {
        if (!user.isProvider() && citizenId == null) {
            return List.of();
        }
        return jdbc.sql("""
                select g.grant_key, c.name, g.intervention_name, p.name
                  from decision_grant g join decision d on d.id = g.decision_id join citizen c on c.id = d.citizen_id
                  join provider p on p.id = g.provider_id
                 where d.municipality_id = ? and d.status = 'CURRENT' and (g.end_on is null or g.end_on >= ?)
                   and (cast(? as bigint) is null or g.provider_id = ?) and (cast(? as bigint) is null or d.citizen_id = ?)
                 order by c.name, g.intervention_name""")
                .params(user.municipalityId(), today(), providerFilter(user), providerFilter(user), citizenId, citizenId)
                .query((rs, n) -> new GrantChoice(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4))).list();
    }

    private static Long providerFilter(CurrentUser user) {
        // a provider user without a provider sees nothing rather than everything
        return user.isProvider() ? (user.providerId() == null ? -1L : user.providerId()) : null;
    }

    private static final String SELECT = """
            select k.id, k.citizen_id, c.name, k.grant_key,
                   (select g.intervention_name from decision_grant g where g.grant_key = k.grant_key order by g.version_no desc limit 1),
                   k.provider_id, p.name, k.received_on, k.registered_side, k.text, k.statement_due, k.statement,
                   k.statement_at, k.version
              from delivered_help_complaint k join citizen c on c.id = k.citizen_id join provider p on p.id = k.provider_id""";

    private DeliveredHelpComplaint row(ResultSet rs, int n) throws SQLException {
        LocalDate due = rs.getObject(11, LocalDate.class);
        OffsetDateTime at = rs.getObject(13, OffsetDateTime.class);
        boolean breach = at == null ? today().isAfter(due)
                : at.atZoneSameInstant(DanishTime.ZONE).toLocalDate().isAfter(due);
        return new DeliveredHelpComplaint(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, UUID.class),
                rs.getString(5), rs.getLong(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9),
                rs.getString(10), due, rs.getString(12), at, breach, rs.getInt(14));
    }
}
