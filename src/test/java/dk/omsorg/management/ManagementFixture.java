package dk.omsorg.management;

import dk.omsorg.notice.NoticeTestData.Granted;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Grants, changes and visits in the past for management tests, written straight to the tables as decisions and a
 * provider's import leave them, with the recorded times ({@code created_at}) a test needs: a real decision (made
 * through the API) gets a grant of its own, is then dated back as if recorded then, and a later change supersedes it
 * with a new version of that grant in effect from an earlier day (back-dated, seed 002).
 */
public final class ManagementFixture {

    private final JdbcClient jdbc;
    private final Granted base;
    private final String prefix = "mgmt-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private int visitNo;

    public ManagementFixture(JdbcClient jdbc, Granted base) {
        this.jdbc = jdbc;
        this.base = base;
    }

    public String district() {
        return jdbc.sql("select district from citizen where id = ?").param(base.citizenId()).query(String.class).single();
    }

    /** A grant in the base decision: {@code minutesPerDay} every day from {@code start}, recorded at {@code recorded}. */
    public UUID grant(String area, int minutesPerDay, LocalDate start, OffsetDateTime recorded) {
        UUID key = UUID.randomUUID();
        jdbc.sql("""
                        insert into decision_grant (decision_id, position, grant_key, version_no, carried_over, catalog_version,
                            catalog_valid_from, area_code, area_name, intervention_code, intervention_name, legal_basis,
                            appealable, times, per, shifts, minutes_per_delivery, start_on, end_on, goals, start_by,
                            weekly_minutes, rehabilitation_course, criteria_outcome, provider_id, provider_choice,
                            selection_reason, effective_from)
                        select g.decision_id, (select max(position) + 1 from decision_grant where decision_id = g.decision_id),
                               ?, 1, false, g.catalog_version, g.catalog_valid_from, ?, ?, g.intervention_code,
                               g.intervention_name, g.legal_basis, true, 1, 'DAY', array['DAY'], ?, ?, null, null, null,
                               ? * 7, false, g.criteria_outcome, g.provider_id, g.provider_choice, g.selection_reason, ?
                        from decision_grant g where g.grant_key = ? and g.decision_id = ?""")
                .params(key, area, area, minutesPerDay, start, minutesPerDay, start, base.grantKey(), base.decisionId())
                .update();
        jdbc.sql("update decision set created_at = ? where id = ?").params(recorded, base.decisionId()).update();
        return key;
    }

    /**
     * A change recorded now: a new decision version supersedes the current one, carrying its grants over, with a new
     * version of {@code key} of {@code minutesPerDay} in effect from {@code effectiveFrom} (may be back-dated).
     */
    public long change(UUID key, int minutesPerDay, LocalDate effectiveFrom) {
        long current = jdbc.sql("select id from decision where lineage_id = (select lineage_id from decision where id = ?) "
                + "and status = 'CURRENT'").param(base.decisionId()).query(Long.class).single();
        long next = jdbc.sql("""
                        insert into decision (municipality_id, citizen_id, inquiry_id, lineage_id, version_no,
                            supersedes_decision_id, status, decided_on, applied_for, reasoning, minor_adjustment, created_at,
                            created_by, modified_at, modified_by, version, letter_channel)
                        select municipality_id, citizen_id, inquiry_id, lineage_id, version_no + 1, id, 'CURRENT', current_date,
                               applied_for, reasoning, true, now(), 'test', now(), 'test', 0, letter_channel
                        from decision where id = ? returning id""").param(current).query(Long.class).single();
        jdbc.sql("update decision set status = 'SUPERSEDED', superseded_by_decision_id = ? where id = ?")
                .params(next, current).update();
        // every other column as it was: the grants carried over whole
        String others = jdbc.sql("""
                        select string_agg(column_name, ', ' order by ordinal_position) from information_schema.columns
                        where table_name = 'decision_grant' and table_schema = current_schema()
                          and column_name not in ('id', 'decision_id', 'version_no', 'carried_over', 'minutes_per_delivery',
                                                  'weekly_minutes', 'effective_from')""").query(String.class).single();
        jdbc.sql("insert into decision_grant (decision_id, version_no, carried_over, minutes_per_delivery, weekly_minutes, "
                        + "effective_from, " + others + ") "
                        + "select ?, version_no + case when grant_key = ? then 1 else 0 end, grant_key <> ?, "
                        + "case when grant_key = ? then ? else minutes_per_delivery end, "
                        + "case when grant_key = ? then ? * 7 else weekly_minutes end, "
                        + "case when grant_key = ? then ? else effective_from end, " + others
                        + " from decision_grant where decision_id = ?")
                .params(next, key, key, key, minutesPerDay, key, minutesPerDay, key, effectiveFrom, current).update();
        return next;
    }

    /** A visit of the grant on {@code day} imported at {@code recorded}: planned, delivered or not delivered. */
    public void visit(UUID grant, String kind, LocalDate day, int minutes, String notDelivered, OffsetDateTime recorded) {
        jdbc.sql("""
                        insert into visit (municipality_id, provider_id, citizen_id, grant_key, external_id, kind, visit_date,
                            start_time, shift, minutes, not_delivered_reason, created_at, created_by, modified_at, modified_by)
                        values (253, ?, ?, ?, ?, ?, ?, time '08:00', 'DAY', ?, ?, ?, 'test', ?, 'test')""")
                .params(base.providerId(), base.citizenId(), grant, prefix + (++visitNo), kind, day, minutes, notDelivered,
                        recorded, recorded)
                .update();
    }
}
