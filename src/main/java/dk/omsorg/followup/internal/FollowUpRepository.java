package dk.omsorg.followup.internal;

import dk.omsorg.followup.FollowUp;
import dk.omsorg.followup.FollowUpResult;
import dk.omsorg.followup.RuleKind;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code follow_up} table, in plain SQL. */
@Repository
public class FollowUpRepository {

    static final String COLUMNS = """
            f.id, f.municipality_id, f.citizen_id, f.decision_id, f.grant_key, f.intervention_name, f.rule, f.rule_source,
            f.base_on, f.interval_months, f.due_on, f.caseworker, f.status, f.result, f.note, f.completed_on,
            f.completed_at, f.completed_by, f.previous_id, f.version, f.created_at, f.created_by, f.modified_at,
            f.modified_by""";

    public static final RowMapper<FollowUp> ROW = FollowUpRepository::map;

    private final JdbcClient jdbc;

    FollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A follow-up to write. */
    public record NewFollowUp(int municipalityId, long citizenId, long decisionId, UUID grantKey, String interventionName,
                              RuleKind rule, String ruleSource, LocalDate baseOn, Integer intervalMonths, LocalDate dueOn,
                              String caseworker, Long previousId) {
    }

    /**
     * Writes the follow-up unless the grant already has one for the rule open, or one for the rule on that day
     * (a listener run again, or a second instance, writes nothing twice); its id when written.
     */
    public Optional<Long> insert(NewFollowUp f, Instant at, String by) {
        return jdbc.sql("""
                        insert into follow_up (municipality_id, citizen_id, decision_id, grant_key, intervention_name, rule,
                            rule_source, base_on, interval_months, due_on, caseworker, status, previous_id,
                            created_at, created_by, modified_at, modified_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?)
                        on conflict do nothing
                        returning id""")
                .params(f.municipalityId(), f.citizenId(), f.decisionId(), f.grantKey(), f.interventionName(),
                        f.rule().name(), f.ruleSource(), f.baseOn(), f.intervalMonths(), f.dueOn(), f.caseworker(),
                        f.previousId(), Timestamp.from(at), by, Timestamp.from(at), by)
                .query(Long.class).optional();
    }

    public Optional<FollowUp> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from follow_up f where f.id = ?").param(id).query(ROW).optional();
    }

    public List<FollowUp> openForGrant(int municipalityId, UUID grantKey) {
        return jdbc.sql("select " + COLUMNS + " from follow_up f where f.municipality_id = ? and f.grant_key = ? and f.status = 'OPEN'")
                .params(municipalityId, grantKey).query(ROW).list();
    }

    public List<FollowUp> forCitizen(int municipalityId, long citizenId) {
        return jdbc.sql("select " + COLUMNS + """
                         from follow_up f where f.municipality_id = ? and f.citizen_id = ? and f.status <> 'CANCELLED'
                        order by (f.status = 'OPEN') desc, case when f.status = 'OPEN' then f.due_on end, f.completed_at desc, f.id""")
                .params(municipalityId, citizenId).query(ROW).list();
    }

    public void cancel(long id, Instant at, String by) {
        jdbc.sql("""
                        update follow_up set status = 'CANCELLED', version = version + 1, modified_at = ?, modified_by = ?
                        where id = ? and status = 'OPEN'""")
                .params(Timestamp.from(at), by, id).update();
    }

    /** The citizen's open follow-ups go to the caseworker who made the latest decision; the ids of those moved. */
    public List<Long> assignOpenOfCitizen(int municipalityId, long citizenId, String caseworker, Instant at, String by) {
        return jdbc.sql("""
                        update follow_up set caseworker = ?, version = version + 1, modified_at = ?, modified_by = ?
                        where municipality_id = ? and citizen_id = ? and status = 'OPEN' and caseworker <> ?
                        returning id""")
                .params(caseworker, Timestamp.from(at), by, municipalityId, citizenId, caseworker).query(Long.class).list();
    }

    /** Completes the follow-up at {@code version}; false when it changed since (or is no longer open). */
    public boolean complete(long id, int version, FollowUpResult result, String note, LocalDate on, Instant at, String by) {
        return jdbc.sql("""
                        update follow_up set status = 'COMPLETED', result = ?, note = ?, completed_on = ?, completed_at = ?,
                            completed_by = ?, version = version + 1, modified_at = ?, modified_by = ?
                        where id = ? and version = ? and status = 'OPEN'""")
                .params(result.name(), note, on, Timestamp.from(at), by, Timestamp.from(at), by, id, version).update() == 1;
    }

    public boolean setInterval(long id, int version, int months, LocalDate dueOn, Instant at, String by) {
        return jdbc.sql("""
                        update follow_up set interval_months = ?, due_on = ?, version = version + 1, modified_at = ?, modified_by = ?
                        where id = ? and version = ? and status = 'OPEN'""")
                .params(months, dueOn, Timestamp.from(at), by, id, version).update() == 1;
    }

    public boolean reassign(long id, int version, String caseworker, Instant at, String by) {
        return jdbc.sql("""
                        update follow_up set caseworker = ?, version = version + 1, modified_at = ?, modified_by = ?
                        where id = ? and version = ? and status = 'OPEN'""")
                .params(caseworker, Timestamp.from(at), by, id, version).update() == 1;
    }

    /** A queue row before it is judged: the follow-up, the citizen, and the dates the 4-year rule reads. */
    public record QueueRow(FollowUp followUp, String citizenName, String cprNumber, LocalDate lastFollowUpOn,
                           LocalDate firstGrantOn, boolean longWithout) {
    }

    /**
     * The caseworker's open follow-ups: those not followed up since {@code longBefore} (last completed follow-up,
     * or lacking one, the first grant, on or before it; null: no such rule) first, then by due day. Unless
     * {@code all}, only those due by {@code dueBy} and the long-without ones.
     */
    public List<QueueRow> queue(int municipalityId, String caseworker, LocalDate dueBy, LocalDate longBefore, boolean all) {
        return jdbc.sql("select * from (select " + COLUMNS + """
                        , c.name as citizen_name, c.cpr_number,
                          (select max(l.completed_on) from follow_up l
                           where l.municipality_id = f.municipality_id and l.citizen_id = f.citizen_id
                             and l.status = 'COMPLETED') as last_follow_up_on,
                          (select min(g.start_on) from decision_grant g join decision d on d.id = g.decision_id
                           where d.municipality_id = f.municipality_id and d.citizen_id = f.citizen_id) as first_grant_on
                        from follow_up f join citizen c on c.id = f.citizen_id
                        where f.municipality_id = :municipality and f.caseworker = :caseworker and f.status = 'OPEN') q
                        cross join lateral (select coalesce(coalesce(q.last_follow_up_on, q.first_grant_on)
                                <= cast(:longBefore as date), false) as long_without) w
                        where :all or q.due_on <= :dueBy or w.long_without
                        order by w.long_without desc, q.due_on, q.id""")
                .param("municipality", municipalityId).param("caseworker", caseworker).param("longBefore", longBefore)
                .param("all", all).param("dueBy", dueBy)
                .query((rs, n) -> new QueueRow(map(rs, n), rs.getString("citizen_name"), rs.getString("cpr_number"),
                        rs.getObject("last_follow_up_on", LocalDate.class), rs.getObject("first_grant_on", LocalDate.class),
                        rs.getBoolean("long_without")))
                .list();
    }

    private static FollowUp map(ResultSet rs, int row) throws SQLException {
        String result = rs.getString("result");
        Timestamp completedAt = rs.getTimestamp("completed_at");
        long previous = rs.getLong("previous_id");
        Long previousId = rs.wasNull() ? null : previous;
        int interval = rs.getInt("interval_months");
        Integer intervalMonths = rs.wasNull() ? null : interval;
        return new FollowUp(rs.getLong("id"), rs.getInt("municipality_id"), rs.getLong("citizen_id"),
                rs.getLong("decision_id"), rs.getObject("grant_key", UUID.class), rs.getString("intervention_name"),
                RuleKind.valueOf(rs.getString("rule")), rs.getString("rule_source"),
                rs.getObject("base_on", LocalDate.class), intervalMonths, rs.getObject("due_on", LocalDate.class),
                rs.getString("caseworker"), FollowUp.Status.valueOf(rs.getString("status")),
                result == null ? null : FollowUpResult.valueOf(result), rs.getString("note"),
                rs.getObject("completed_on", LocalDate.class), completedAt == null ? null : completedAt.toInstant(),
                rs.getString("completed_by"), previousId, rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("modified_at").toInstant(), rs.getString("modified_by"));
    }
}
