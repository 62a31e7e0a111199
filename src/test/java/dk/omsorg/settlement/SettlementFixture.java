package dk.omsorg.settlement;

import dk.omsorg.notice.NoticeTestData.Granted;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * Grants and delivered visits for settlement tests, written straight to the tables as a decision and a provider's
 * import would leave them: a real decision (made through the API) gets more grants of the areas a test prices, and
 * visits are inserted with the provider, date and start time the test needs. Each test settles a month of 2022, a
 * year no other test registers visits in, and a month of its own (public for the settlement journey).
 */
public final class SettlementFixture {

    private final JdbcClient jdbc;
    private final Granted base;
    private final String prefix = "settle-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private int visitNo;

    public SettlementFixture(JdbcClient jdbc, Granted base) {
        this.jdbc = jdbc;
        this.base = base;
    }

    public long citizenId() {
        return base.citizenId();
    }

    public static long provider(JdbcClient jdbc, String code) {
        return jdbc.sql("select id from provider where municipality_id = 253 and code = ?").param(code)
                .query(Long.class).single();
    }

    /** A grant of {@code intervention} in {@code area} under {@code legalBasis}, {@code minutes} per delivery. */
    public UUID grant(String area, String intervention, String legalBasis, int minutes, LocalDate start, LocalDate end) {
        UUID key = UUID.randomUUID();
        insertVersion(key, 1, area, intervention, legalBasis, minutes, start, end, start);
        return key;
    }

    /** A § 83 a course grant delivered by the base decision's provider, finally evaluated on {@code finalEvaluation}. */
    UUID course(LocalDate start, LocalDate finalEvaluation) {
        UUID key = grant("rh-personlig-pleje", "rh-bad", "SEL § 83 a", 30, start, finalEvaluation);
        jdbc.sql("update decision_grant set rehabilitation_course = true, midway_evaluation_on = ?, final_evaluation_on = ? "
                + "where grant_key = ?").params(start.plusWeeks(6), finalEvaluation, key).update();
        return key;
    }

    /** An FSIII assessment of the citizen on {@code day} with the functional-ability scores. */
    void assessment(LocalDate day, java.util.Map<UUID, Integer> scores) {
        long id = jdbc.sql("""
                        insert into assessment (municipality_id, citizen_id, assessed_on, overall_assessment, created_at,
                            created_by, modified_at, modified_by, version)
                        values (253, ?, ?, 'Test', now(), 'test', now(), 'test', 1) returning id""")
                .params(base.citizenId(), day).query(Long.class).single();
        scores.forEach((state, score) -> jdbc.sql("insert into assessment_ability_score values (?, ?, ?)")
                .params(id, state, score).update());
    }

    /** A new version of the grant with other minutes per delivery, in effect from {@code effectiveFrom} (may be back-dated). */
    void changeMinutes(UUID key, int minutes, LocalDate effectiveFrom) {
        var last = jdbc.sql("""
                        select area_code, intervention_code, legal_basis, start_on, end_on, version_no from decision_grant
                        where grant_key = ? order by version_no desc limit 1""")
                .param(key).query((rs, n) -> new Object[]{rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getInt(6)}).single();
        // the change is made by a new decision, created now, so the next run sees the approved month changed
        long decisionId = jdbc.sql("""
                        insert into decision (municipality_id, citizen_id, lineage_id, version_no, status, decided_on,
                            applied_for, minor_adjustment, created_at, created_by, modified_at, modified_by, version)
                        select municipality_id, citizen_id, id, 1, 'CURRENT', current_date, applied_for, true, now(),
                               'test', now(), 'test', 1
                        from decision where id = ? returning id""")
                .param(base.decisionId()).query(Long.class).single();
        jdbc.sql("""
                        insert into decision_grant (decision_id, position, grant_key, version_no, carried_over, catalog_version,
                            catalog_valid_from, area_code, area_name, intervention_code, intervention_name, legal_basis,
                            appealable, times, per, shifts, minutes_per_delivery, start_on, end_on, goals, start_by,
                            weekly_minutes, rehabilitation_course, criteria_outcome, provider_id, provider_choice,
                            selection_reason, effective_from)
                        select ?, 1, grant_key, version_no + 1, false, catalog_version, catalog_valid_from, area_code,
                               area_name, intervention_code, intervention_name, legal_basis, appealable, times, per, shifts,
                               ?, start_on, end_on, goals, start_by, ? * 7, rehabilitation_course, criteria_outcome,
                               provider_id, provider_choice, selection_reason, ?
                        from decision_grant where grant_key = ? and version_no = ?""")
                .params(decisionId, minutes, minutes, effectiveFrom, key, last[5]).update();
    }

    private void insertVersion(UUID key, int versionNo, String area, String intervention, String legalBasis, int minutes,
                               LocalDate start, LocalDate end, LocalDate effectiveFrom) {
        jdbc.sql("""
                        insert into decision_grant (decision_id, position, grant_key, version_no, carried_over, catalog_version,
                            catalog_valid_from, area_code, area_name, intervention_code, intervention_name, legal_basis,
                            appealable, times, per, shifts, minutes_per_delivery, start_on, end_on, goals, start_by,
                            weekly_minutes, rehabilitation_course, criteria_outcome, provider_id, provider_choice,
                            selection_reason, effective_from)
                        select g.decision_id, (select max(position) + 1 from decision_grant where decision_id = g.decision_id),
                               ?, ?, false, g.catalog_version, g.catalog_valid_from, ?, ?, ?, ?, ?, true, 1, 'DAY',
                               array['DAY'], ?, ?, ?, null, null, ? * 7, false, g.criteria_outcome,
                               g.provider_id, g.provider_choice, g.selection_reason, ?
                        from decision_grant g where g.grant_key = ? and g.decision_id = ?""")
                .params(key, versionNo, area, area, intervention, intervention + " (test)", legalBasis, minutes, start, end,
                        minutes, effectiveFrom, base.grantKey(), base.decisionId())
                .update();
    }

    /** A delivered visit: the provider, the day, the start time and the minutes delivered. */
    public String delivered(UUID grant, long providerId, LocalDate day, LocalTime start, int minutes) {
        String id = prefix + (++visitNo);
        jdbc.sql("""
                        insert into visit (municipality_id, provider_id, citizen_id, grant_key, external_id, kind, visit_date,
                            start_time, shift, minutes, not_delivered_reason, created_at, created_by, modified_at, modified_by)
                        values (253, ?, ?, ?, ?, 'DELIVERED', ?, ?, 'DAY', ?, null, now(), 'test', now(), 'test')""")
                .params(providerId, base.citizenId(), grant, id, day, start, minutes)
                .update();
        return id;
    }

    /** A visit registered as not delivered, for the reason. */
    void notDelivered(UUID grant, long providerId, LocalDate day, String reason) {
        jdbc.sql("""
                        insert into visit (municipality_id, provider_id, citizen_id, grant_key, external_id, kind, visit_date,
                            start_time, shift, minutes, not_delivered_reason, created_at, created_by, modified_at, modified_by)
                        values (253, ?, ?, ?, ?, 'DELIVERED', ?, null, 'DAY', 0, ?, now(), 'test', now(), 'test')""")
                .params(providerId, base.citizenId(), grant, prefix + (++visitNo), day, reason)
                .update();
    }

    /** A correction of a visit, as a re-import with other minutes leaves it (modified now). */
    void correct(String externalId, int minutes) {
        jdbc.sql("update visit set minutes = ?, modified_at = now() where external_id = ?").params(minutes, externalId).update();
    }
}
