package dk.omsorg.delivery;

import dk.omsorg.notice.NoticeTestData.Granted;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Grants and visits for scan tests, written straight to the tables: a real decision (made through the API) gets
 * more grants with the frequency a test needs, and visits are inserted as a provider's import would leave them.
 * Tests use dates in 2024, before anything other tests register, and scan as of the day after their last visit.
 */
final class ScanFixture {

    private final JdbcClient jdbc;
    private final Granted base;
    private int visitNo;
    private final String prefix = "scan-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    ScanFixture(JdbcClient jdbc, Granted base) {
        this.jdbc = jdbc;
        this.base = base;
    }

    /** A grant in the base decision: {@code times} per DAY or WEEK in the day shift, from {@code start}. */
    UUID grant(int times, String per, int minutesPerDelivery, LocalDate start) {
        return grant(times, per, 1, minutesPerDelivery, start);
    }

    /** As above, every {@code every}-th day or week ("hver 3. uge": 1, WEEK, 3). */
    UUID grant(int times, String per, int every, int minutesPerDelivery, LocalDate start) {
        UUID key = UUID.randomUUID();
        int weekly = Math.round(times * ("DAY".equals(per) ? 7f : 1f) * minutesPerDelivery / every);
        jdbc.sql("""
                        insert into decision_grant (decision_id, position, grant_key, version_no, carried_over, catalog_version,
                            catalog_valid_from, area_code, area_name, intervention_code, intervention_name, legal_basis,
                            appealable, times, per, every_n, shifts, minutes_per_delivery, start_on, end_on, goals, start_by,
                            weekly_minutes, rehabilitation_course, criteria_outcome, provider_id, provider_choice,
                            selection_reason, effective_from)
                        select g.decision_id, (select max(position) + 1 from decision_grant where decision_id = g.decision_id),
                               ?, 1, false, g.catalog_version, g.catalog_valid_from, g.area_code, g.area_name,
                               g.intervention_code, g.intervention_name, g.legal_basis, g.appealable, ?, ?, ?, array['DAY'], ?,
                               ?, null, g.goals, null, ?, false, g.criteria_outcome, g.provider_id, g.provider_choice,
                               g.selection_reason, ?
                        from decision_grant g where g.grant_key = ? and g.decision_id = ?""")
                .params(key, times, per, every, minutesPerDelivery, start, weekly, start, base.grantKey(), base.decisionId())
                .update();
        return key;
    }

    /**
     * A grant of {@code minutesPerDelivery} once a WEEK, from {@code start}, in a current decision of a new Esbjerg
     * citizen (written straight to the tables: Esbjerg has no catalogue of its own to decide on), delivered by an
     * Esbjerg provider. Returns the grant key; visits for it go through {@link #visit(Esbjerg, LocalDate, String, int)}.
     */
    Esbjerg esbjergGrant(int minutesPerDelivery, LocalDate start) {
        long provider = jdbc.sql("select id from provider where municipality_id = 561 order by id limit 1").query(Long.class).single();
        String cpr = String.format("%010d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L));
        long citizen = jdbc.sql("""
                        insert into citizen (municipality_id, cpr_number, name, birth_date, sex, created_at, created_by,
                            modified_at, modified_by, version)
                        values (561, ?, 'Esbjerg Testborger', date '1940-01-01', 'FEMALE', now(), 'test', now(), 'test', 0)
                        returning id""").param(cpr).query(Long.class).single();
        long decision = jdbc.sql("""
                        insert into decision (municipality_id, citizen_id, lineage_id, version_no, status, decided_on,
                            applied_for, minor_adjustment, created_at, created_by, modified_at, modified_by, version)
                        values (561, ?, 0, 1, 'CURRENT', ?, 'Hjælp', false, now(), 'visitator', now(), 'visitator', 0)
                        returning id""").params(citizen, start).query(Long.class).single();
        jdbc.sql("update decision set lineage_id = id where id = ?").param(decision).update();
        UUID key = UUID.randomUUID();
        jdbc.sql("""
                        insert into decision_grant (decision_id, position, grant_key, version_no, carried_over, catalog_version,
                            catalog_valid_from, area_code, area_name, intervention_code, intervention_name, legal_basis,
                            appealable, times, per, shifts, minutes_per_delivery, start_on, end_on, goals, start_by,
                            weekly_minutes, rehabilitation_course, criteria_outcome, provider_id, provider_choice,
                            selection_reason, effective_from)
                        select ?, 0, ?, 1, false, g.catalog_version, g.catalog_valid_from, g.area_code, g.area_name,
                               g.intervention_code, g.intervention_name, g.legal_basis, g.appealable, 1, 'WEEK', array['DAY'], ?,
                               ?, null, g.goals, null, ?, false, g.criteria_outcome, ?, g.provider_choice,
                               g.selection_reason, ?
                        from decision_grant g where g.grant_key = ? and g.decision_id = ?""")
                .params(decision, key, minutesPerDelivery, start, minutesPerDelivery, provider, start, base.grantKey(),
                        base.decisionId())
                .update();
        return new Esbjerg(key, citizen, provider);
    }

    record Esbjerg(UUID grantKey, long citizenId, long providerId) {
    }

    /** A visit for an Esbjerg grant: PLANNED (no start time) or DELIVERED at 08:00. */
    void visit(Esbjerg grant, LocalDate day, String kind, int minutes) {
        jdbc.sql("""
                        insert into visit (municipality_id, provider_id, citizen_id, grant_key, external_id, kind, visit_date,
                            start_time, shift, minutes, created_at, created_by, modified_at, modified_by)
                        values (561, ?, ?, ?, ?, ?, ?, ?, 'DAY', ?, now(), 'test', now(), 'test')""")
                .params(grant.providerId(), grant.citizenId(), grant.grantKey(), prefix + (++visitNo), kind, day,
                        "PLANNED".equals(kind) ? null : LocalTime.of(8, 0), minutes)
                .update();
    }

    /** The grant's flag's rule text and basis. */
    List<String> ruleTexts(UUID grant) {
        return jdbc.sql("select basis || ' ' || rule_text from reassessment_flag where grant_key = ? order by id")
                .param(grant).query(String.class).list();
    }

    /** A delivered visit at 08:00. */
    void delivered(UUID grant, LocalDate day, int minutes) {
        visit(grant, day, "DELIVERED", minutes, null);
    }

    /** A visit not delivered, for the reason. */
    void notDelivered(UUID grant, LocalDate day, String reason) {
        visit(grant, day, "DELIVERED", 0, reason);
    }

    void planned(UUID grant, LocalDate day, int minutes) {
        visit(grant, day, "PLANNED", minutes, null);
    }

    /** The same minutes delivered every day from {@code from} to {@code to}, both included. */
    void deliveredDaily(UUID grant, LocalDate from, LocalDate to, int minutes) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            delivered(grant, d, minutes);
        }
    }

    private void visit(UUID grant, LocalDate day, String kind, int minutes, String reason) {
        jdbc.sql("""
                        insert into visit (municipality_id, provider_id, citizen_id, grant_key, external_id, kind, visit_date,
                            start_time, shift, minutes, not_delivered_reason, created_at, created_by, modified_at, modified_by)
                        values (253, ?, ?, ?, ?, ?, ?, ?, 'DAY', ?, ?, now(), 'test', now(), 'test')""")
                .params(base.providerId(), base.citizenId(), grant, prefix + (++visitNo), kind, day,
                        "PLANNED".equals(kind) || reason != null ? null : LocalTime.of(8, 0), minutes, reason)
                .update();
    }

    /** The grant's flags: direction, first day, last day, days, status — oldest first. */
    List<FlagRow> flags(UUID grant) {
        return jdbc.sql("""
                        select id, direction, first_day, last_day, days_lasted, status, thresholds::text as thresholds,
                               change_per_week, change_per_delivery, deviation_percent
                        from reassessment_flag where grant_key = ? order by id""")
                .param(grant).query(FlagRow.class).list();
    }

    record FlagRow(long id, int direction, LocalDate firstDay, LocalDate lastDay, int daysLasted, String status,
                   String thresholds, java.math.BigDecimal changePerWeek, java.math.BigDecimal changePerDelivery,
                   java.math.BigDecimal deviationPercent) {
    }

    Granted base() {
        return base;
    }
}
