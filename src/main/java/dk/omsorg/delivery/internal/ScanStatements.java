package dk.omsorg.delivery.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The reassessment scan's statements, each set-based over all grants: find the deviations ({@link ScanSql}) into a
 * temporary table, extend the flags of episodes already flagged, raise the rest. Run in the caller's transaction.
 */
@Component
public class ScanStatements {

    /** The key of the advisory lock that keeps two scans from overlapping. */
    static final long SCAN_LOCK = 0x5EA55E55L;

    private final JdbcClient jdbc;

    ScanStatements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void lockScans() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(SCAN_LOCK).query(Object.class).single();
    }

    public long startScan(LocalDate asOf, Integer municipalityId, String trigger, String startedBy, Instant now) {
        return jdbc.sql("""
                        insert into reassessment_scan (municipality_id, as_of, trigger, started_at, started_by)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(municipalityId, asOf, trigger, Timestamp.from(now), startedBy).query(Long.class).single();
    }

    public void finishScan(long scanId, int compared, int raised, int updated, Instant now) {
        jdbc.sql("""
                        update reassessment_scan set finished_at = ?, grants_scanned = ?, flags_raised = ?, flags_updated = ?
                        where id = ?""")
                .params(Timestamp.from(now), compared, raised, updated, scanId).update();
    }

    public int grantsCompared(LocalDate asOf, int lookback, Integer municipalityId) {
        return jdbc.sql(ScanSql.GRANTS_COMPARED).param("asOf", asOf).param("lookback", lookback)
                .param("municipality", municipalityId).query(Integer.class).single();
    }

    /**
     * Fills the temporary table {@code scan_episode} (dropped at commit) with the grants outside the rule: the days
     * the change lasted ({@code first_day}..{@code last_day}, {@code days_lasted}) and the sum of the changes of the
     * {@code windows} trailing windows outside the rule, whose averages the flag shows.
     */
    public void findEpisodes(LocalDate asOf, int lookback, Integer municipalityId) {
        jdbc.sql("""
                create temp table scan_episode (
                    municipality_id integer, citizen_id bigint, decision_id bigint, caseworker text, grant_key uuid,
                    version_no integer, weekly_minutes integer, window_days integer, granted_per_window integer,
                    deliveries integer, basis text, pct integer, per_delivery integer, per_week integer, min_days integer,
                    rule_name text, direction integer, first_day date, last_day date, days_lasted integer,
                    windows integer, change_sum bigint
                ) on commit drop""").update();
        jdbc.sql("insert into scan_episode " + ScanSql.EPISODES).param("asOf", asOf).param("lookback", lookback)
                .param("municipality", municipalityId).update();
    }

    /**
     * A deviation already flagged — the same grant version and direction, its days reaching back to the flag's —
     * is the same episode: its flag is extended, whatever its status (a resolved one is not raised again); an open
     * flag also gets the latest figures. A later episode in the same direction while the flag is still open (the
     * caseworker has not acted yet) is the same question: the open flag moves to it rather than a second flag (one
     * open flag per grant version and direction).
     */
    public int extendFlags(long scanId) {
        return jdbc.sql("""
                update reassessment_flag f set
                    first_day = case when f.last_day < e.first_day - 1 then e.first_day else f.first_day end,
                    days_lasted = case when f.last_day < e.first_day - 1 then e.days_lasted
                                       else greatest(f.days_lasted, e.days_lasted) end,
                    last_day = greatest(f.last_day, e.last_day),
                    updated_by_scan_id = :scan,
                    change_per_week = case when f.status = 'OPEN' then round(e.change_sum::numeric * 7 / (e.windows * e.window_days), 1)
                                           else f.change_per_week end,
                    change_per_delivery = case when f.status = 'OPEN'
                                               then round(e.change_sum::numeric / (e.windows * e.deliveries), 1)
                                               else f.change_per_delivery end,
                    deviation_percent = case when f.status = 'OPEN'
                                             then round(e.change_sum::numeric * 100 / (e.windows::bigint * e.granted_per_window), 1)
                                             else f.deviation_percent end
                from scan_episode e
                where f.grant_key = e.grant_key and f.grant_version_no = e.version_no and f.direction = e.direction
                  and ((f.last_day >= e.first_day - 1 and f.first_day <= e.last_day)
                       or (f.status = 'OPEN' and f.last_day < e.first_day - 1))""")
                .param("scan", scanId).update();
    }

    /** A flag just raised: what its task in the work queue needs. */
    public record RaisedFlag(long id, int municipalityId, long citizenId, String caseworker, int direction) {
    }

    /**
     * A flag for each deviation not flagged before, to the caseworker who made the grant's current decision. Its rule
     * text is Danish and names the municipality's rule (the policy file's {@code name}), never the file's source.
     * Returns the flags raised (read back in the same statement, so no second pass over the table).
     */
    public List<RaisedFlag> raiseFlags(long scanId, Instant now) {
        return jdbc.sql("""
                insert into reassessment_flag (municipality_id, citizen_id, grant_key, grant_version_no, decision_id,
                    caseworker, direction, basis, first_day, last_day, days_lasted, granted_minutes_per_week,
                    deliveries_per_week, change_per_week, change_per_delivery, deviation_percent, thresholds, rule_text,
                    status, raised_at, raised_by_scan_id, updated_by_scan_id, version)
                select e.municipality_id, e.citizen_id, e.grant_key, e.version_no, e.decision_id, e.caseworker,
                       e.direction, e.basis, e.first_day, e.last_day, e.days_lasted, e.weekly_minutes, e.deliveries,
                       round(e.change_sum::numeric * 7 / (e.windows * e.window_days), 1),
                       round(e.change_sum::numeric / (e.windows * e.deliveries), 1),
                       round(e.change_sum::numeric * 100 / (e.windows::bigint * e.granted_per_window), 1),
                       array_remove(array['PERCENT',
                           case when abs(e.change_sum) >= e.per_delivery::bigint * e.deliveries * e.windows
                                then 'MINUTES_PER_DELIVERY' end,
                           case when abs(e.change_sum) * 7 >= e.per_week::bigint * e.window_days * e.windows
                                then 'MINUTES_PER_WEEK' end,
                           'DURATION'], null),
                       format('%s: højst ± %s %% afvigelse mellem den %s og den visiterede tid; ingen justering for '
                              || 'ændringer under %s min. pr. levering og under %s min. pr. uge; kun ændringer, der '
                              || 'varer mere end %s dage.',
                              e.rule_name, e.pct, case e.basis when 'PLANNED' then 'planlagte' else 'leverede' end,
                              e.per_delivery, e.per_week, e.min_days),
                       'OPEN', :now, :scan, :scan, 0
                from scan_episode e
                where not exists (select 1 from reassessment_flag f
                                  where f.grant_key = e.grant_key and f.grant_version_no = e.version_no
                                    and f.direction = e.direction
                                    and ((f.last_day >= e.first_day - 1 and f.first_day <= e.last_day)
                                         or f.status = 'OPEN'))
                returning id, municipality_id, citizen_id, caseworker, direction""")
                .param("scan", scanId).param("now", Timestamp.from(now)).query(RaisedFlag.class).list();
    }
}
