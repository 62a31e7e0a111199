package dk.omsorg.settlement.internal;

import dk.omsorg.settlement.SettlementPolicies;
import dk.omsorg.settlement.SettlementPolicy;
import dk.omsorg.settlement.TimeBand;
import dk.omsorg.settlement.TimeBandRule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly run's SQL reads a visit's time band exactly as {@link TimeBandRule#band} does: every minute boundary of
 * Greve's bands, and random days and times over two years with their holidays.
 */
@SpringBootTest
class TimeBandSqlTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SettlementPolicies policies;

    @Test
    void theSqlAndTheRuleGiveTheSameBandForEveryVisit() {
        SettlementPolicy greve = policies.forMunicipality(253).orElseThrow();
        Random random = new Random(83);
        int compared = 0;
        for (int i = 0; i < 400; i++) {
            LocalDate day = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(730));
            LocalTime time = i % 4 == 0 ? boundary(i / 4) : LocalTime.of(random.nextInt(24), random.nextInt(60));
            TimeBandRule rule = greve.timeBandsOn(day).orElseThrow();
            assertThat(sqlBand(greve, day, time)).as(day + " " + time).isEqualTo(rule.band(day, time).name());
            compared++;
        }
        // the holidays the SQL is given are the month's own
        assertThat(sqlBand(greve, LocalDate.of(2023, 5, 18), LocalTime.of(10, 0))).isEqualTo(TimeBand.OTHER.name());
        assertThat(compared).isEqualTo(400);
    }

    private static LocalTime boundary(int n) {
        LocalTime[] times = {LocalTime.of(6, 59), LocalTime.of(7, 0), LocalTime.of(16, 59), LocalTime.of(17, 0),
                LocalTime.of(22, 59), LocalTime.of(23, 0), LocalTime.of(0, 0), LocalTime.of(23, 59)};
        return times[n % times.length];
    }

    private String sqlBand(SettlementPolicy policy, LocalDate day, LocalTime time) {
        return jdbc.sql("with h as (select cast(string_to_array(:holidays, ',') as date[]) as days), "
                        + "rg as (select 'group' as code, true as by_time_band), "
                        + "v as (select cast(:day as date) as visit_date, cast(:time as time) as start_time, 'DAY' as shift) "
                        + "select " + SettlementSql.BAND + " from v cross join h cross join rg "
                        + "left join settlement_time_band tb on tb.municipality_id = 253 and v.visit_date >= tb.valid_from "
                        + "and (tb.valid_to is null or v.visit_date <= tb.valid_to)")
                .param("holidays", SettlementComputation.holidays(policy, YearMonth.from(day)))
                .param("day", day).param("time", time)
                .query(String.class).single();
    }
}
