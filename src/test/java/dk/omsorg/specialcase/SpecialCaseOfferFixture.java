package dk.omsorg.specialcase;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
import dk.omsorg.support.ApiClient;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A citizen of Greve with a special case and a 1:1 grant (fast vagt), written as the case service (branch i17-case)
 * and a decision leave them: the case row inserted straight into special_case, the grant added to a real decision.
 */
final class SpecialCaseOfferFixture {

    final JdbcClient jdbc;
    final Granted base;
    final long caseId;

    SpecialCaseOfferFixture(JdbcClient jdbc, ApiClient caseworker) {
        this.jdbc = jdbc;
        this.base = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", DecisionTestData.today());
        this.caseId = jdbc.sql("""
                        insert into special_case (municipality_id, citizen_id, setting, status, watch_day, watch_evening,
                            watch_night, package_criteria_met, need, opened_on, next_follow_up, created_at, created_by,
                            modified_at, modified_by)
                        values (253, ?, 'HOME', 'ASSESSMENT', true, false, true, true, 'Svær demens, fast vagt dag og nat',
                                current_date, current_date + 91, now(), 'test', now(), 'test') returning id""")
                .param(base.citizenId()).query(Long.class).single();
    }

    long citizenId() {
        return base.citizenId();
    }

    static long provider(JdbcClient jdbc, String code) {
        return jdbc.sql("select id from provider where municipality_id = 253 and code = ?").param(code).query(Long.class).single();
    }

    /**
     * A fast-vagt grant once a day in each of {@code shifts} ("DAY,NIGHT") of {@code minutes}, from {@code start}:
     * weekly minutes = shifts × minutes × 7, as the decision computes them.
     */
    UUID watch(String shifts, int minutes, LocalDate start) {
        UUID key = UUID.randomUUID();
        String[] list = shifts.split(",");
        jdbc.sql("""
                        insert into decision_grant (decision_id, position, grant_key, version_no, carried_over, catalog_version,
                            catalog_valid_from, area_code, area_name, intervention_code, intervention_name, legal_basis,
                            appealable, times, per, shifts, minutes_per_delivery, start_on, end_on, goals, start_by,
                            weekly_minutes, rehabilitation_course, criteria_outcome, provider_id, provider_choice,
                            selection_reason, effective_from)
                        select g.decision_id, (select max(position) + 1 from decision_grant where decision_id = g.decision_id),
                               ?, 1, false, g.catalog_version, g.catalog_valid_from, 'fast-vagt', 'Fast vagt', 'fast-vagt',
                               'Fast vagt (test)', 'SEL § 83 stk. 1 nr. 1', true, 1, 'DAY', ?, ?, ?, null, null, null, ?, false,
                               g.criteria_outcome, g.provider_id, g.provider_choice, g.selection_reason, ?
                        from decision_grant g where g.grant_key = ? and g.decision_id = ?""")
                .params(key, list, minutes, start, list.length * minutes * 7, start, base.grantKey(), base.decisionId())
                .update();
        return key;
    }

    int count(String table) {
        return jdbc.sql("select count(*) from " + table + " where special_case_id = ?").param(caseId).query(Integer.class).single();
    }

    String status() {
        return jdbc.sql("select status from special_case where id = ?").param(caseId).query(String.class).single();
    }

    java.util.List<String> history() {
        return jdbc.sql("select text from special_case_event where special_case_id = ? order by id").param(caseId)
                .query(String.class).list();
    }
}
