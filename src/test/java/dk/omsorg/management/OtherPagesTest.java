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
import java.util.List;

import static dk.omsorg.decision.DecisionTestData.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The special 1:1 cases page (cost per month from the finance notices, March–April 2014, months no other test uses)
 * and the complaints page (the complaint module's figures on the frame, February 2013), over HTTP and as XLSX.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OtherPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSpecialCasesCostPerMonthIsTheMonthlyCostInForceForTheMonthsDays() throws IOException {
        Granted base = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", today());
        long caseId = jdbc.sql("""
                insert into special_case (municipality_id, citizen_id, setting, status, watch_day, watch_evening, watch_night,
                    package_criteria_met, need, opened_on, next_follow_up, created_at, created_by, modified_at, modified_by)
                values (253, ?, 'HOME', 'CONTRACTED', true, true, false, true, 'Fast vagt dag og aften.', '2014-03-01',
                        '2014-09-01', now(), 'test', now(), 'test') returning id""").param(base.citizenId())
                .query(Long.class).single();
        // 31.000 kr. a month from 11 March, 60.000 kr. from 16 April
        notice(caseId, base.providerId(), "CONTRACT", "2014-03-11", 0, 3_100_000);
        notice(caseId, base.providerId(), "MINUTES", "2014-04-16", 3_100_000, 6_000_000);
        String district = jdbc.sql("select district from citizen where id = ?").param(base.citizenId()).query(String.class).single();
        String query = "?from=2014-03&to=2014-04&district=" + district + "&provider=" + base.providerId();

        WebSession.Page page = WebSession.logIn(port, "okonomi").get("/management/special-cases" + query);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        // March: 21 of 31 days × 31.000 = 21.000; April: 15 of 30 × 31.000 + 15 of 30 × 60.000 = 45.500
        assertThat(page.body()).contains("marts 2014 – Udgift: 21.000").contains("april 2014 – Udgift: 45.500")
                .containsPattern("id=\"fact-cost\"[^>]*>66\\.500<").doesNotContain("id=\"area\"");

        var xlsx = WebSession.logIn(port, "leder").file("/management/special-cases.xlsx" + query);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentDisposition()).contains("ledelsesinformation-saerlige-borgersager-2014-03-2014-04.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(3)).isEqualTo("Udgift (kr.)");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("marts 2014");
            assertThat(rows.get(1).getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("1");
            assertThat(rows.get(1).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("21000.00");
            assertThat(rows.get(2).getCellText(0)).isEqualTo("april 2014");
            assertThat(rows.get(2).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("45500.00");
            // after the table (and an empty row), the key figures
            Row total = rows.stream().filter(r -> "Udgift i perioden (kr.)".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(total.getRowNum()).isGreaterThan(rows.get(2).getRowNum() + 1);
            assertThat(total.getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("66500.00");
        }
    }

    @Test
    void theComplaintsPageShowsTheComplaintModulesFiguresOnTheFrame() throws IOException {
        Granted base = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", today());
        jdbc.sql("delete from complaint where received_on between '2013-02-01' and '2013-02-28'").update();
        jdbc.sql("""
                insert into complaint (municipality_id, citizen_id, decision_id, received_on, channel, document_reference,
                       whole_decision, text, complaint_deadline, late, appealable, status, reconsideration_due,
                       created_at, created_by, modified_at, modified_by)
                select d.municipality_id, d.citizen_id, d.id, date '2013-02-05', 'WRITTEN', 'Brev', true, 'Uenig.',
                       date '2013-03-05', false, true, 'RECONSIDERING', date '2013-03-05', now(), 'test', now(), 'test'
                from decision d where d.id = ?""").param(base.decisionId()).update();

        WebSession.Page page = WebSession.logIn(port, "leder").get("/management/complaints?from=2013-02&to=2013-02");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("februar 2013 – Modtagne klager: 1").containsPattern("id=\"fact-received\"[^>]*>1<")
                .doesNotContain("id=\"district\"").doesNotContain("id=\"provider\"");
        // leaders only, as the complaint module's own page: finance neither sees the tab nor gets the page
        assertThat(WebSession.logIn(port, "okonomi").get("/management/complaints?from=2013-02&to=2013-02").status()).isEqualTo(403);
        assertThat(WebSession.logIn(port, "okonomi").get("/management/activity").body()).doesNotContain("id=\"page-complaints\"");
        assertThat(page.body()).contains("id=\"page-complaints\"");
        var xlsx = WebSession.logIn(port, "leder").file("/management/complaints.xlsx?from=2013-02&to=2013-02");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Område");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("februar 2013");
            assertThat(rows.get(1).getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("1");
        }
    }

    private void notice(long caseId, long providerId, String cause, String effectiveOn, long before, long after) {
        jdbc.sql("""
                insert into special_case_finance_notice (municipality_id, special_case_id, cause, effective_on, provider_id,
                    weekly_minutes, cost_before_ore, cost_after_ore, happened_at, happened_by)
                values (253, ?, ?, cast(? as date), ?, 1200, ?, ?, now(), 'test')""")
                .params(caseId, cause, effectiveOn, providerId, before, after).update();
    }
}
