package dk.omsorg.management;

import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.notice.NoticeTestData.Granted;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dk.omsorg.decision.DecisionTestData.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadlines page (issue 21) over November 2015, a month no other test uses: two inquiries decided (one within
 * its deadline, one after), one open past it; two starts due (one breached: the first visit came after the deadline);
 * an open follow-up past due; a reassessment flag raised and resolved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeadlineFiguresTest {

    static final String NOVEMBER = "november 2015";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theLeaderSeesProcessingAndStartDeadlinesFollowUpBacklogAndFlagsPerMonthAndAsXlsx() throws IOException {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        clearNovember2015();
        Granted onTime = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today());
        Granted late = NoticeTestData.granted(caseworker, jdbc, "leverandor-a", today());
        var open = NoticeTestData.applicant(caseworker, district(onTime), "Frist Åse Ørum", today());
        received(inquiryOf(onTime.decisionId()), LocalDate.of(2015, 11, 20));
        received(inquiryOf(late.decisionId()), LocalDate.of(2015, 11, 20));
        received(open.inquiryId(), LocalDate.of(2015, 11, 25));
        jdbc.sql("update decision set decided_on = '2015-11-12' where id = ?").param(onTime.decisionId()).update();
        jdbc.sql("update decision set decided_on = '2015-12-01' where id = ?").param(late.decisionId()).update();
        // the starts: due 12 November; the first visit on 11 November for one, 16 November for the other
        start(onTime, LocalDate.of(2015, 11, 11));
        start(late, LocalDate.of(2015, 11, 16));
        jdbc.sql("""
                insert into follow_up (municipality_id, citizen_id, decision_id, grant_key, intervention_name, rule, rule_source,
                    base_on, interval_months, due_on, caseworker, status, created_at, created_by, modified_at, modified_by)
                values (253, ?, ?, ?, 'Bad', 'CASEWORKER_INTERVAL', 'test', '2015-05-18', 6, '2015-11-18', 'visitator', 'OPEN',
                        now(), 'test', now(), 'test')""").params(late.citizenId(), late.decisionId(), late.grantKey()).update();
        long scan = jdbc.sql("""
                insert into reassessment_scan (municipality_id, as_of, trigger, started_at, started_by)
                values (253, '2015-11-03', 'ON_DEMAND', '2015-11-03T02:00:00+01:00', 'test') returning id""").query(Long.class).single();
        jdbc.sql("""
                insert into reassessment_flag (municipality_id, citizen_id, grant_key, grant_version_no, decision_id, caseworker,
                    direction, basis, first_day, last_day, days_lasted, granted_minutes_per_week, deliveries_per_week,
                    change_per_week, change_per_delivery, deviation_percent, thresholds, rule_text, status, resolution_note,
                    resolved_at, resolved_by, raised_at, raised_by_scan_id, updated_by_scan_id, version)
                values (253, ?, ?, 1, ?, 'visitator', 1, 'DELIVERED', '2015-10-01', '2015-10-20', 20, 60, 7, 30, 4.3, 50,
                        array['PERCENT'], 'test', 'KEPT', 'Uændret behov.', '2015-11-20T10:00:00+01:00', 'visitator',
                        '2015-11-03T02:00:00+01:00', ?, ?, 1)""")
                .params(late.citizenId(), UUID.randomUUID(), late.decisionId(), scan, scan).update();

        String query = "?from=2015-11&to=2015-11&district=" + district(onTime);
        WebSession.Page page = WebSession.logIn(port, "leder").get("/management/deadlines" + query);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<svg").contains("november 2015 – Afgjort inden fristen: 1")
                .contains("november 2015 – Opstartsfrist overskredet: 1").contains("november 2015 – Flag rejst: 1");
        assertThat(page.body()).containsPattern("id=\"fact-on-time-share\"[^>]*>50 %<");

        var xlsx = WebSession.logIn(port, "okonomi").file("/management/deadlines.xlsx" + query);
        assertThat(xlsx.status()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Måned");
            assertThat(rows.get(0).getCellText(2)).isEqualTo("Lovgrundlag eller leverandør");
            String basis = jdbc.sql("select legal_basis from inquiry where id = ?").param(open.inquiryId()).query(String.class).single();
            String provider = jdbc.sql("select name from provider where id = ?").param(onTime.providerId()).query(String.class).single();
            assertThat(count(rows, "Sagsbehandlingsfrist: afgjort inden fristen", basis)).isEqualTo(1);
            assertThat(count(rows, "Sagsbehandlingsfrist: afgjort efter fristen", basis)).isEqualTo(1);
            assertThat(count(rows, "Sagsbehandlingsfrist: ikke afgjort, fristen overskredet", basis)).isEqualTo(1);
            assertThat(count(rows, "Opstart: opstartsfrist i måneden", provider)).isEqualTo(2);
            assertThat(count(rows, "Opstart: opstartsfristen overskredet", provider)).isEqualTo(1);
            assertThat(count(rows, "Opfølgning: ikke udført, fristen overskredet", "")).isEqualTo(1);
            assertThat(count(rows, "Revurdering: flag rejst", "")).isEqualTo(1);
            assertThat(count(rows, "Revurdering: flag afsluttet", "")).isEqualTo(1);
        }
    }

    private static long count(List<Row> rows, String measure, String group) {
        return rows.stream().filter(r -> NOVEMBER.equals(r.getCellText(0)) && measure.equals(r.getCellText(1))
                        && group.equals(r.getCellText(2)))
                .map(r -> r.getCellAsNumber(3).orElseThrow()).findFirst().orElse(BigDecimal.ZERO).longValueExact();
    }

    /** Nothing of another run's in November 2015 (the test's own rows only, by month). */
    private void clearNovember2015() {
        jdbc.sql("update inquiry set received_at = received_at - interval '20 years' where received_at >= '2015-11-01' and received_at < '2015-12-01'").update();
        jdbc.sql("update grant_start set cancelled = true where due_on between '2015-11-01' and '2015-11-30'").update();
        jdbc.sql("update follow_up set status = 'CANCELLED' where status = 'OPEN' and due_on between '2015-11-01' and '2015-11-30'").update();
        jdbc.sql("delete from reassessment_flag where raised_at >= '2015-11-01' and raised_at < '2015-12-01'").update();
    }

    private String district(Granted g) {
        return jdbc.sql("select district from citizen where id = ?").param(g.citizenId()).query(String.class).single();
    }

    private long inquiryOf(long decisionId) {
        return jdbc.sql("select inquiry_id from decision where id = ?").param(decisionId).query(Long.class).single();
    }

    private void received(long inquiryId, LocalDate deadline) {
        jdbc.sql("update inquiry set received_at = '2015-11-02T09:00:00+01:00', deadline = ? where id = ?")
                .params(deadline, inquiryId).update();
    }

    /** The grant's start due 12 November 2015, and the provider's first delivered visit on {@code firstVisit}. */
    private void start(Granted g, LocalDate firstVisit) {
        int starts = jdbc.sql("update grant_start set grant_start_on = '2015-11-02', due_on = '2015-11-12' where grant_key = ? and provider_id = ?")
                .params(g.grantKey(), g.providerId()).update();
        assertThat(starts).isEqualTo(1);
        jdbc.sql("""
                insert into visit (municipality_id, provider_id, citizen_id, grant_key, external_id, kind, visit_date,
                    start_time, shift, minutes, not_delivered_reason, created_at, created_by, modified_at, modified_by)
                values (253, ?, ?, ?, ?, 'DELIVERED', ?, time '08:00', 'DAY', 20, null, now(), 'test', now(), 'test')""")
                .params(g.providerId(), g.citizenId(), g.grantKey(), "deadline-" + UUID.randomUUID(), firstVisit).update();
    }
}
