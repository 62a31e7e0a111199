package dk.omsorg.specialcase;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.settlement.SettlementFixture;
import dk.omsorg.specialcase.internal.UnderAgeHoursQuery;
import dk.omsorg.support.ApiClient;
import dk.omsorg.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearly extract of special cases' hours for citizens under 67 (seed 000), counted day by day: the 67th birthday
 * splits the year, days before the case opened do not count, and the cost is the settled amount in the share of the
 * month's minutes that count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnderAgeHoursQueryTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnderAgeHoursQuery query;

    @Test
    void theSixtySeventhBirthdaySplitsTheYearAndTheCostFollowsTheCountedMinutes() {
        SettlementFixture fixture = new SettlementFixture(jdbc, NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc,
                "leverandor-a", DecisionTestData.today()));
        long citizen = fixture.citizenId();
        // 67 on 16 June 2024: the day before is the last day counted (2024: no other test settles a month of 2024 or 2025)
        jdbc.sql("update citizen set birth_date = date '1957-06-16' where id = ?").param(citizen).update();
        jdbc.sql("""
                        insert into special_case (municipality_id, citizen_id, setting, status, watch_day, watch_evening,
                            watch_night, package_criteria_met, need, opened_on, next_follow_up, created_at, created_by,
                            modified_at, modified_by)
                        values (253, ?, 'HOME', 'CONTRACTED', true, false, true, true, 'Svær demens', date '2024-03-01',
                            date '2024-06-01', now(), 'test', now(), 'test')""").param(citizen).update();
        long provider = SettlementFixture.provider(jdbc, "greve-hjemmeplejen");
        UUID watch = fixture.grant("fast-vagt", "fast-vagt", "SEL § 83 stk. 1 nr. 1", 60,
                LocalDate.of(2024, 1, 1), null);
        fixture.delivered(watch, provider, LocalDate.of(2024, 2, 15), LocalTime.of(10, 0), 60);   // before the case
        fixture.delivered(watch, provider, LocalDate.of(2024, 5, 10), LocalTime.of(10, 0), 60);   // counted
        fixture.delivered(watch, provider, LocalDate.of(2024, 6, 15), LocalTime.of(10, 0), 120);  // counted, 66 years
        fixture.delivered(watch, provider, LocalDate.of(2024, 6, 16), LocalTime.of(10, 0), 180);  // 67 years: not counted
        settled(watch, citizen, provider, LocalDate.of(2024, 5, 1), 6_000);
        settled(watch, citizen, provider, LocalDate.of(2024, 6, 1), 30_000);

        List<UnderAgeHoursQuery.Row> rows = query.rows(253, 2024, List.of("fast-vagt"), 67).stream()
                .filter(r -> r.citizenId() == citizen).toList();

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).minutes()).isEqualTo(180);
        assertThat(rows.get(0).hours()).isEqualByComparingTo(new BigDecimal("3.00"));
        // May: all 60 of 60 minutes → 60,00 kr; June: 120 of 300 minutes → 120,00 kr
        assertThat(rows.get(0).costOre()).isEqualTo(18_000);
        // at 66 the whole case period counts; another intervention counts nothing
        assertThat(query.rows(253, 2024, List.of("fast-vagt"), 68).stream().filter(r -> r.citizenId() == citizen)
                .findFirst().orElseThrow().minutes()).isEqualTo(360);
        assertThat(query.rows(253, 2024, List.of("personlig-pleje"), 67).stream()
                .filter(r -> r.citizenId() == citizen)).isEmpty();

        // finance's extract over HTTP: Greve's rules (67 years, its case interventions), JSON, CSV and Excel
        ApiClient finance = ApiClient.as(port, "okonomi");
        var json = finance.get("/api/v1/special-case-finance/extract?year=2024");
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.json().get("underAge").asInt()).isEqualTo(67);
        assertThat(json.body()).contains("\"citizenId\":" + citizen + ",", "\"minutes\":180,");
        String cpr = jdbc.sql("select cpr_number from citizen where id = ?").param(citizen).query(String.class).single();
        String csv = new String(finance.download("/api/v1/special-case-finance/extract.csv?year=2024").body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("CPR-nummer;Navn;Timer;Udgift (kr.)", cpr.substring(0, 6) + "-" + cpr.substring(6), ";3,00;180,00");
        assertThat(finance.download("/api/v1/special-case-finance/extract.xlsx?year=2024").status()).isEqualTo(200);
        assertThat(WebSession.logIn(port, "okonomi").get("/special-cases/extract?year=2024").body()).contains("Årligt udtræk", "under 67 år", "3,00", "180,00 kr.");
        // bad input and other roles
        var badYear = finance.get("/api/v1/special-case-finance/extract?year=1800");
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.body()).contains("Angiv et år mellem 2000 og 2100.");
        assertThat(finance.get("/api/v1/special-case-finance/extract?year=2019").body())
                .contains("Kommunen har ingen regler for særlige borgersager i 2019");
        assertThat(ApiClient.as(port, "visitator").get("/api/v1/special-case-finance/extract?year=2024").status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from audit_event where citizen_id = ? and resource = 'special_case_extract'")
                .param(citizen).query(Integer.class).single()).isPositive();
    }

    /** An approved run's line for the grant and month (the run is shared if the month was approved already). */
    private void settled(UUID grant, long citizen, long provider, LocalDate month, long amountOre) {
        jdbc.sql("""
                        insert into settlement_run (municipality_id, month, status, started_at, started_by, computed_at,
                            approved_at, approved_by, version)
                        values (253, ?, 'APPROVED', now(), 'test', now(), now(), 'test', 1)
                        on conflict (municipality_id, month) do nothing""").param(month).update();
        long run = jdbc.sql("select id from settlement_run where municipality_id = 253 and month = ?").param(month)
                .query(Long.class).single();
        jdbc.sql("update settlement_run set status = 'APPROVED', approved_at = coalesce(approved_at, now()), "
                + "approved_by = coalesce(approved_by, 'test') where id = ?").param(run).update();
        jdbc.sql("""
                        insert into settlement_line (run_id, municipality_id, provider_id, kind, service_month, citizen_id,
                            grant_key, intervention_code, intervention_name, rate_group, legal_basis, account, band, unit,
                            rate_source, rate_ore, visits, minutes, amount_ore)
                        values (?, 253, ?, 'PERIOD', ?, ?, ?, 'fast-vagt', 'Fast vagt', 'indi-tid', 'SEL § 83 stk. 1 nr. 1',
                            '5.30.26', 'WEEKDAY_DAY', 'HOUR', 'FREE_CHOICE', 41300, 1, 60, ?)""")
                .params(run, provider, month, citizen, grant, amountOre).update();
    }
}
