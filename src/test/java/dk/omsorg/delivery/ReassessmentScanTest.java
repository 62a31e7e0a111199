package dk.omsorg.delivery;

import dk.omsorg.decision.DecisionTestData;
import dk.omsorg.delivery.ReassessmentRule.DayMinutes;
import dk.omsorg.delivery.ScanFixture.FlagRow;
import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The set-based scan against the database: the seed's two examples, the 14/15-day boundary (the days a change
 * lasted, daily and weekly), Esbjerg's planned basis and Danish rule text, one flag per episode,
 * absence and not-delivered visits pausing the comparison, days a provider has not yet registered, and the SQL
 * holding the same results as {@link ReassessmentRule} on random series.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReassessmentScanTest {

    /** A Monday in 2024: before anything other tests register, so their visits do not mix in. */
    static final LocalDate DAY0 = LocalDate.of(2024, 3, 4);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReassessmentScan scan;

    ScanFixture fixture;

    @BeforeEach
    void setUp() {
        ApiClient caseworker = ApiClient.as(port, "visitator");
        fixture = new ScanFixture(jdbc, NoticeTestData.granted(caseworker, jdbc, "leverandor-a", DecisionTestData.today()));
    }

    @Test
    void aGrantEveryThirdWeekIsComparedOverThreeWeeksSoTheWeeksWithoutAVisitAreNoDeviation() {
        // Greve's cleaning "hver 3. uge", 60 minutes (seed 003): one visit every third Monday, as granted
        UUID asGranted = fixture.grant(1, "WEEK", 3, 60, DAY0);
        UUID longer = fixture.grant(1, "WEEK", 3, 60, DAY0);
        for (int visit = 0; visit < 4; visit++) {
            fixture.delivered(asGranted, DAY0.plusWeeks(3L * visit), 60);
            fixture.delivered(longer, DAY0.plusWeeks(3L * visit), 90);
        }
        scan.scan(DAY0.plusWeeks(9).plusDays(1));

        assertThat(fixture.flags(asGranted)).isEmpty();
        // 30 minutes more every time is a deviation, judged over the grant's own three weeks
        List<FlagRow> flags = fixture.flags(longer);
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).direction()).isEqualTo(1);
        assertThat(flags.get(0).thresholds()).contains("MINUTES_PER_DELIVERY");
    }

    @Test
    void seedExampleFiveToTwentyMinutesOnceAWeekIsFlagged() {
        // 5 minutes once a week, delivered as 20 minutes every Monday for 4 weeks: 15 min per delivery (>= 10)
        UUID grant = fixture.grant(1, "WEEK", 5, DAY0);
        for (int week = 0; week < 4; week++) {
            fixture.delivered(grant, DAY0.plusWeeks(week), 20);
        }
        // the series runs to the provider's last registered day, the 4th Monday: 16 days outside the rule
        scan.scan(DAY0.plusDays(28));

        List<FlagRow> flags = fixture.flags(grant);
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).direction()).isEqualTo(1);
        assertThat(flags.get(0).thresholds()).contains("MINUTES_PER_DELIVERY").contains("PERCENT").contains("DURATION");
        assertThat(flags.get(0).status()).isEqualTo("OPEN");
    }

    @Test
    void seedExampleFiveToTenMinutesFiveTimesAWeekIsFlaggedOnTheWeeklyMinutes() {
        // 5 minutes five times a week, delivered as 10: 5 per delivery (< 10) but 25 a week (>= 20)
        UUID grant = fixture.grant(5, "WEEK", 5, DAY0);
        LocalDate last = DAY0;
        for (int week = 0; week < 4; week++) {
            for (int day = 0; day < 5; day++) {
                last = DAY0.plusWeeks(week).plusDays(day);
                fixture.delivered(grant, last, 10);
            }
        }
        scan.scan(last.plusDays(1));

        List<FlagRow> flags = fixture.flags(grant);
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).thresholds()).contains("MINUTES_PER_WEEK").doesNotContain("MINUTES_PER_DELIVERY");
        assertThat(flags.get(0).changePerWeek()).isEqualByComparingTo("25.0");
        assertThat(flags.get(0).changePerDelivery()).isEqualByComparingTo("5.0");
        assertThat(flags.get(0).deviationPercent()).isEqualByComparingTo("100.0");
    }

    @Test
    void fourteenDaysOutsideTheRuleAreNotFlaggedFifteenAre() {
        // 30 minutes a day (210 a week); from day 7 delivered 60: every trailing week from then on is outside the rule
        UUID grant = fixture.grant(1, "DAY", 30, DAY0);
        fixture.deliveredDaily(grant, DAY0, DAY0.plusDays(6), 30);
        fixture.deliveredDaily(grant, DAY0.plusDays(7), DAY0.plusDays(20), 60);   // 14 days

        scan.scan(DAY0.plusDays(21));
        assertThat(fixture.flags(grant)).as("14 days do not count").isEmpty();

        fixture.delivered(grant, DAY0.plusDays(21), 60);                           // the 15th day
        scan.scan(DAY0.plusDays(22));
        assertThat(fixture.flags(grant)).singleElement().satisfies(f -> {
            assertThat(f.firstDay()).isEqualTo(DAY0.plusDays(7));
            assertThat(f.daysLasted()).isEqualTo(15);
        });
    }

    @Test
    void exactlyTenPercentIsAllowedAndElevenIsNot() {
        // 100 minutes once a day = 700 a week; +70 a week is exactly 10 %, +77 is 11 % (both >= 20 a week)
        UUID ten = fixture.grant(1, "DAY", 100, DAY0);
        UUID eleven = fixture.grant(1, "DAY", 100, DAY0);
        for (int day = 0; day < 28; day++) {
            LocalDate d = DAY0.plusDays(day);
            fixture.delivered(ten, d, 110);
            fixture.delivered(eleven, d, day % 7 == 0 ? 117 : 110);
        }
        scan.scan(DAY0.plusDays(28));

        assertThat(fixture.flags(ten)).isEmpty();
        assertThat(fixture.flags(eleven)).hasSize(1);
    }

    @Test
    void aDeviationIsFlaggedOncePerEpisodeAndANewEpisodeAgain() {
        UUID grant = fixture.grant(1, "DAY", 30, DAY0);
        fixture.deliveredDaily(grant, DAY0, DAY0.plusDays(29), 60);

        scan.scan(DAY0.plusDays(25));
        scan.scan(DAY0.plusDays(30));
        List<FlagRow> flags = fixture.flags(grant);
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).lastDay()).isEqualTo(DAY0.plusDays(29));

        // the caseworker keeps the grant; the deviation goes on: not raised again
        jdbc.sql("update reassessment_flag set status = 'KEPT', resolution_note = 'Midlertidigt', resolved_at = now(), resolved_by = 'test' where id = ?")
                .param(flags.get(0).id()).update();
        fixture.deliveredDaily(grant, DAY0.plusDays(30), DAY0.plusDays(34), 60);
        scan.scan(DAY0.plusDays(35));
        assertThat(fixture.flags(grant)).hasSize(1);

        // back to the granted time for two weeks, then a new deviation: a new episode
        fixture.deliveredDaily(grant, DAY0.plusDays(35), DAY0.plusDays(48), 30);
        fixture.deliveredDaily(grant, DAY0.plusDays(49), DAY0.plusDays(70), 60);
        scan.scan(DAY0.plusDays(71));
        assertThat(fixture.flags(grant)).hasSize(2).last().satisfies(f -> assertThat(f.status()).isEqualTo("OPEN"));
    }

    @Test
    void anAbsencePausesTheExpectedDelivery() {
        UUID absent = fixture.grant(1, "DAY", 30, DAY0);
        fixture.deliveredDaily(absent, DAY0, DAY0.plusDays(9), 30);
        // nothing delivered for 16 days while the citizen is in hospital, then as granted
        fixture.deliveredDaily(absent, DAY0.plusDays(26), DAY0.plusDays(34), 30);
        LocalDate asOf = DAY0.plusDays(35);

        scan.scan(asOf);
        assertThat(fixture.flags(absent)).as("without the absence, 16 days of nothing is a deviation").hasSize(1);
        jdbc.sql("delete from reassessment_flag where grant_key = ?").param(absent).update();

        jdbc.sql("""
                        insert into absence (municipality_id, citizen_id, kind, from_on, to_on, created_at, created_by,
                            modified_at, modified_by, version)
                        values (253, ?, 'HOSPITAL', ?, ?, now(), 'test', now(), 'test', 0)""")
                .params(fixture.base().citizenId(), DAY0.plusDays(10), DAY0.plusDays(25)).update();
        scan.scan(asOf);
        assertThat(fixture.flags(absent)).isEmpty();
    }

    @Test
    void aVisitNotDeliveredForAPausingReasonPausesTheDayButACancellationCounts() {
        UUID hospitalised = fixture.grant(1, "DAY", 30, DAY0);
        UUID cancelled = fixture.grant(1, "DAY", 30, DAY0);
        for (int day = 0; day < 30; day++) {
            LocalDate d = DAY0.plusDays(day);
            boolean away = day >= 7 && day < 25;
            if (away) {
                fixture.notDelivered(hospitalised, d, "HOSPITALISED");
                fixture.notDelivered(cancelled, d, "CANCELLED_BY_CITIZEN");
            } else {
                fixture.delivered(hospitalised, d, 30);
                fixture.delivered(cancelled, d, 30);
            }
        }
        scan.scan(DAY0.plusDays(30));

        assertThat(fixture.flags(hospitalised)).isEmpty();
        assertThat(fixture.flags(cancelled)).singleElement().satisfies(f -> assertThat(f.direction()).isEqualTo(-1));
    }

    @Test
    void daysTheProviderHasNotRegisteredYetAreNotCountedAsNothingDelivered() {
        LocalDate day0 = LocalDate.of(2023, 3, 6);   // a year no other test uses: the provider's last day is ours
        UUID grant = fixture.grant(1, "DAY", 30, day0);
        fixture.deliveredDaily(grant, day0, day0.plusDays(13), 30);
        // the provider's latest registered day is day0 + 13; a scan three weeks later compares only up to it
        scan.scan(day0.plusDays(35));
        assertThat(fixture.flags(grant)).isEmpty();
    }

    @Test
    void aDailyChangeThatLastedFourteenDaysIsNotFlaggedFifteenIsFromItsFirstDay() {
        // 30 min a day delivered as 45 for exactly 14 days, then 30 again: the trailing weeks stay outside the rule
        // for 19 days, but the change lasted 14
        LocalDate day0 = LocalDate.of(2022, 3, 7);   // a year of its own: the provider's last day is the test's
        UUID fourteen = fixture.grant(1, "DAY", 30, day0);
        UUID fifteen = fixture.grant(1, "DAY", 30, day0);
        for (int day = 0; day < 38; day++) {
            fixture.delivered(fourteen, day0.plusDays(day), day >= 10 && day < 24 ? 45 : 30);
            fixture.delivered(fifteen, day0.plusDays(day), day >= 10 && day < 25 ? 45 : 30);
        }
        scan.scan(day0.plusDays(38));

        assertThat(fixture.flags(fourteen)).as("14 days do not count").isEmpty();
        assertThat(fixture.flags(fifteen)).singleElement().satisfies(f -> {
            assertThat(f.firstDay()).as("the first day at 45").isEqualTo(day0.plusDays(10));
            assertThat(f.lastDay()).as("the last day at 45").isEqualTo(day0.plusDays(24));
            assertThat(f.daysLasted()).isEqualTo(15);
        });
    }

    @Test
    void aWeeklyChangeLastsFromItsFirstToItsLastChangedVisit() {
        // twice a week (Monday and Sunday) 30 min, delivered as 50 from Monday day 7: to Sunday day 20 is 14 days,
        // to Monday day 21 is 15; the seed's once-a-week 5 -> 20 on three Mondays is 15 days, on two 8
        LocalDate day0 = LocalDate.of(2022, 6, 6);
        UUID fourteen = fixture.grant(2, "WEEK", 30, day0);
        UUID fifteen = fixture.grant(2, "WEEK", 30, day0);
        UUID twoMondays = fixture.grant(1, "WEEK", 5, day0);
        UUID threeMondays = fixture.grant(1, "WEEK", 5, day0);
        int visits = 0;
        for (int day = 0; day < 42; day++) {
            LocalDate d = day0.plusDays(day);
            if (day % 7 == 0 || day % 7 == 6) {
                boolean changed = day >= 7;
                fixture.delivered(fourteen, d, changed && visits < 4 ? 50 : 30);
                fixture.delivered(fifteen, d, changed && visits < 5 ? 50 : 30);
                visits += changed ? 1 : 0;
            }
            if (day % 7 == 0) {
                fixture.delivered(twoMondays, d, day == 7 || day == 14 ? 20 : 5);
                fixture.delivered(threeMondays, d, day >= 7 && day <= 21 ? 20 : 5);
            }
        }
        scan.scan(day0.plusDays(42));

        assertThat(fixture.flags(fourteen)).isEmpty();
        assertThat(fixture.flags(fifteen)).singleElement().satisfies(f -> {
            assertThat(f.firstDay()).isEqualTo(day0.plusDays(7));
            assertThat(f.daysLasted()).isEqualTo(15);
        });
        assertThat(fixture.flags(twoMondays)).isEmpty();
        assertThat(fixture.flags(threeMondays)).singleElement().satisfies(f -> {
            assertThat(f.firstDay()).isEqualTo(day0.plusDays(7));
            assertThat(f.lastDay()).isEqualTo(day0.plusDays(21));
            assertThat(f.daysLasted()).isEqualTo(15);
            assertThat(f.changePerDelivery()).isEqualByComparingTo("15.0");
        });
    }

    @Test
    void esbjergComparesThePlannedTimeAndTheFlagNamesEsbjergsRuleInDanish() {
        // 30 min once a week; the provider plans 60 on four Mondays but delivers 30: Esbjerg judges the planned time
        LocalDate day0 = LocalDate.of(2021, 3, 1);
        ScanFixture.Esbjerg planned = fixture.esbjergGrant(30, day0);
        ScanFixture.Esbjerg delivered = fixture.esbjergGrant(30, day0);
        for (int week = 0; week < 4; week++) {
            LocalDate monday = day0.plusWeeks(week);
            fixture.visit(planned, monday, "PLANNED", 60);
            fixture.visit(planned, monday, "DELIVERED", 30);
            fixture.visit(delivered, monday, "PLANNED", 30);
            fixture.visit(delivered, monday, "DELIVERED", 60);
        }
        scan.scan(day0.plusWeeks(3).plusDays(1), 561, ReassessmentScan.Trigger.ON_DEMAND, "test");

        assertThat(fixture.flags(planned.grantKey())).singleElement()
                .satisfies(f -> assertThat(f.direction()).isEqualTo(1));
        assertThat(fixture.flags(delivered.grantKey())).as("delivered time is not Esbjerg's basis").isEmpty();
        assertThat(fixture.ruleTexts(planned.grantKey())).singleElement().asString()
                .startsWith("PLANNED Esbjerg Kommunes regel for løbende justering: højst ± 10 % afvigelse mellem den "
                        + "planlagte og den visiterede tid")
                .doesNotContain("seed").doesNotContain("rule").doesNotContain("adopted");
    }

    @Test
    void theSqlScanGivesTheRulesResultsOnRandomSeries() {
        ReassessmentRule rule = ReassessmentRule.seed002();
        Random random = new Random(20240304L);
        int days = 42;
        List<UUID> grants = new ArrayList<>();
        List<List<DayMinutes>> series = new ArrayList<>();
        int[][] frequencies = {{1, 7, 30}, {1, 1, 30}, {3, 3, 20}, {2, 14, 15}, {1, 7, 10}};
        for (int g = 0; g < 40; g++) {
            int[] f = frequencies[g % frequencies.length];
            int times = f[0];
            boolean daily = f[1] >= 7;
            int perDelivery = f[2];
            UUID grant = fixture.grant(daily ? f[1] / 7 : times, daily ? "DAY" : "WEEK", perDelivery, DAY0);
            grants.add(grant);
            // a level that drifts: within the rule, above, below, with some paused days
            int shiftAt = random.nextInt(days);
            int shiftEnd = shiftAt + 8 + random.nextInt(days);   // some changes end, some go on
            int drift = (random.nextInt(3) - 1) * (5 + random.nextInt(25));
            List<DayMinutes> days0 = new ArrayList<>();
            for (int day = 0; day < days; day++) {
                LocalDate d = DAY0.plusDays(day);
                boolean visitDay = daily || day % 7 < times;
                boolean paused = random.nextInt(25) == 0;
                int minutes = 0;
                if (paused) {
                    fixture.notDelivered(grant, d, "CITIZEN_ABSENT");
                } else if (visitDay || day == 0 || day == days - 1) {
                    int per = Math.max(1, perDelivery + (day >= shiftAt && day < shiftEnd ? drift : 0) + random.nextInt(3) - 1);
                    int visits = daily ? f[1] / 7 : 1;
                    minutes = per * visits;
                    fixture.delivered(grant, d, minutes);
                }
                days0.add(new DayMinutes(d, minutes, paused));
            }
            series.add(days0);
        }
        scan.scan(DAY0.plusDays(days));

        int crossedCount = 0;
        for (int g = 0; g < grants.size(); g++) {
            int[] f = frequencies[g % frequencies.length];
            boolean daily = f[1] >= 7;
            int perWeek = daily ? f[1] / 7 * 7 : f[0];
            int granted = perWeek * f[2];
            ReassessmentRule.Result expected = rule.evaluate(7, granted, perWeek, series.get(g));
            List<FlagRow> flags = fixture.flags(grants.get(g));
            if (expected instanceof ReassessmentRule.Crossed crossed) {
                crossedCount++;
                assertThat(flags).as("grant %d: %s", g, crossed.text()).singleElement().satisfies(flag -> {
                    assertThat(flag.firstDay()).isEqualTo(crossed.firstDay());
                    assertThat(flag.lastDay()).isEqualTo(crossed.lastDay());
                    assertThat(flag.daysLasted()).isEqualTo(crossed.daysLasted());
                    assertThat(flag.direction()).isEqualTo(crossed.increase() ? 1 : -1);
                    assertThat(flag.changePerWeek().doubleValue()).isCloseTo(crossed.changePerWeek(),
                            org.assertj.core.data.Offset.offset(0.051));
                });
            } else {
                assertThat(flags).as("grant %d: %s", g, expected.text()).isEmpty();
            }
        }
        assertThat(crossedCount).as("the random series give both outcomes").isBetween(3, grants.size() - 3);
    }
}
