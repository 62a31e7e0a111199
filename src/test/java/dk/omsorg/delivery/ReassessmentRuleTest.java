package dk.omsorg.delivery;

import dk.omsorg.delivery.ReassessmentRule.Crossed;
import dk.omsorg.delivery.ReassessmentRule.DayMinutes;
import dk.omsorg.delivery.ReassessmentRule.Threshold;
import dk.omsorg.delivery.ReassessmentRule.WithinRule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Esbjerg's reassessment rule (seed 002) at its boundaries: outside ± 10 % (exactly 10 % allowed), a change of at
 * least 10 min per delivery or at least 20 min per week, lasting more than 14 days.
 */
class ReassessmentRuleTest {

    static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    final ReassessmentRule rule = ReassessmentRule.seed002();

    /** Weeks of a repeating pattern Monday..Sunday, from {@link #MONDAY}. */
    static List<DayMinutes> weeks(int[]... weeks) {
        List<DayMinutes> days = new ArrayList<>();
        for (int[] week : weeks) {
            for (int minutes : week) {
                days.add(new DayMinutes(MONDAY.plusDays(days.size()), minutes));
            }
        }
        return days;
    }

    /**
     * {@code weekTotal} minutes on each Monday for {@code length} days: every trailing week holds exactly
     * {@code weekTotal}, so the deviation starts on the 7th day and lasts {@code length - 6} days.
     */
    static List<DayMinutes> steady(int weekTotal, int lasted) {
        List<DayMinutes> days = new ArrayList<>();
        for (int i = 0; i < lasted + 6; i++) {
            days.add(new DayMinutes(MONDAY.plusDays(i), i % 7 == 0 ? weekTotal : 0));
        }
        return days;
    }

    static final int[] MON_5 = {5, 0, 0, 0, 0, 0, 0};
    static final int[] MON_20 = {20, 0, 0, 0, 0, 0, 0};
    static final int[] WEEKDAYS_5 = {5, 5, 5, 5, 5, 0, 0};
    static final int[] WEEKDAYS_10 = {10, 10, 10, 10, 10, 0, 0};

    @Test
    void seedExampleFiveToTwentyMinutesOnceAWeekIsAdjustedOnTheChangePerDelivery() {
        var result = rule.evaluate(7, 5, 1, weeks(MON_5, MON_20, MON_20, MON_20));

        Crossed crossed = (Crossed) result;
        assertThat(crossed.changePerDelivery()).isEqualTo(15.0);
        assertThat(crossed.changePerWeek()).isEqualTo(15.0);
        assertThat(crossed.deviationPercent()).isEqualTo(300.0);
        assertThat(crossed.thresholds()).containsExactly(Threshold.PERCENT, Threshold.MINUTES_PER_DELIVERY, Threshold.DURATION);
        // from the first Monday at 20 to the series' last day (the change goes on)
        assertThat(crossed.firstDay()).isEqualTo(MONDAY.plusWeeks(1));
        assertThat(crossed.daysLasted()).isEqualTo(21);
        assertThat(crossed.increase()).isTrue();
        assertThat(crossed.text()).startsWith("Revurdering: det planlagte tidsforbrug afviger +300,0 %")
                .contains("i 21 dage fra 2025-03-10").contains("+15,0 min. pr. levering")
                .contains("Esbjerg Kommunes regel for løbende justering").doesNotContain("seed");
    }

    @Test
    void seedExampleFiveToTenMinutesFiveTimesAWeekIsAdjustedOnTheWeeklyAverage() {
        var result = rule.evaluate(7, 25, 5, weeks(WEEKDAYS_5, WEEKDAYS_10, WEEKDAYS_10, WEEKDAYS_10));

        Crossed crossed = (Crossed) result;
        // the trailing week reaches +20 on the first Thursday (5 + 4 × 10) and +25 from Friday on; the change
        // itself began on the Monday (10 where the Monday before had 5) and goes on to the series' last day
        assertThat(crossed.firstDay()).isEqualTo(MONDAY.plusWeeks(1));
        assertThat(crossed.daysLasted()).isEqualTo(21);
        assertThat(crossed.changePerWeek()).isCloseTo((20 + 17 * 25) / 18.0, within(1e-9));
        assertThat(crossed.changePerDelivery()).isLessThan(10);
        assertThat(crossed.thresholds()).containsExactly(Threshold.PERCENT, Threshold.MINUTES_PER_WEEK, Threshold.DURATION);
        // a steady +25 a week: the seed's 25 minutes, 5 per delivery, +100 %
        Crossed steady = (Crossed) rule.evaluate(7, 25, 5, steady(50, 15));
        assertThat(steady.changePerWeek()).isEqualTo(25.0);
        assertThat(steady.changePerDelivery()).isEqualTo(5.0);
        assertThat(steady.deviationPercent()).isEqualTo(100.0);
    }

    @Test
    void exactlyTenPercentIsAllowedTenPointOneIsNot() {
        assertThat(rule.evaluate(7, 1000, 1, steady(1100, 21))).isInstanceOf(WithinRule.class);
        Crossed crossed = (Crossed) rule.evaluate(7, 1000, 1, steady(1101, 21));
        assertThat(crossed.deviationPercent()).isEqualTo(10.1);
        // and below
        assertThat(rule.evaluate(7, 1000, 1, steady(900, 21))).isInstanceOf(WithinRule.class);
        assertThat(rule.evaluate(7, 1000, 1, steady(899, 21))).isInstanceOf(Crossed.class);
    }

    @Test
    void exactlyTenMinutesPerDeliveryCountsNineDoesNot() {
        // once a week, 50 granted: +10 is 20 % and 10 per delivery, but only 10 a week (< 20)
        Crossed crossed = (Crossed) rule.evaluate(7, 50, 1, steady(60, 15));
        assertThat(crossed.thresholds()).containsExactly(Threshold.PERCENT, Threshold.MINUTES_PER_DELIVERY, Threshold.DURATION);
        assertThat(rule.evaluate(7, 50, 1, steady(59, 15))).isInstanceOf(WithinRule.class);
    }

    @Test
    void exactlyTwentyMinutesPerWeekCountsNineteenDoesNot() {
        // five times a week, 100 granted: +20 is 20 % and 4 per delivery (< 10)
        Crossed crossed = (Crossed) rule.evaluate(7, 100, 5, steady(120, 15));
        assertThat(crossed.thresholds()).containsExactly(Threshold.PERCENT, Threshold.MINUTES_PER_WEEK, Threshold.DURATION);
        assertThat(rule.evaluate(7, 100, 5, steady(119, 15))).isInstanceOf(WithinRule.class);
    }

    /** {@code before} days at {@code normal}, {@code lasted} days at {@code changed}, then 14 days at {@code normal}. */
    static List<DayMinutes> daily(int normal, int changed, int before, int lasted) {
        List<DayMinutes> days = new ArrayList<>();
        for (int i = 0; i < before + lasted + 14; i++) {
            days.add(new DayMinutes(MONDAY.plusDays(i), i >= before && i < before + lasted ? changed : normal));
        }
        return days;
    }

    @Test
    void aDailyChangeLastsTheDaysItShowedFourteenAreNotFlaggedFifteenAre() {
        // 30 min a day delivered as 45 for exactly 14 days, then 30 again: trailing weeks stay outside the rule for
        // 19 days (to 5 days after the change), but the change lasted 14
        assertThat(rule.evaluate(7, 210, 7, daily(30, 45, 10, 14))).isInstanceOf(WithinRule.class);
        Crossed crossed = (Crossed) rule.evaluate(7, 210, 7, daily(30, 45, 10, 15));
        assertThat(crossed.firstDay()).as("the first day at 45").isEqualTo(MONDAY.plusDays(10));
        assertThat(crossed.lastDay()).as("the last day at 45").isEqualTo(MONDAY.plusDays(24));
        assertThat(crossed.daysLasted()).isEqualTo(15);
        assertThat(crossed.text()).contains("i 15 dage fra 2025-03-13");
        // and a decrease the same way: 30 delivered as 10
        assertThat(rule.evaluate(7, 210, 7, daily(30, 10, 10, 14))).isInstanceOf(WithinRule.class);
        assertThat(((Crossed) rule.evaluate(7, 210, 7, daily(30, 10, 10, 15))).daysLasted()).isEqualTo(15);
    }

    /** Mondays and Sundays (twice a week): {@code normal}, from day 7 {@code changed} for the given visits, then normal. */
    static List<DayMinutes> mondaysAndSundays(int normal, int changed, int changedVisits) {
        List<DayMinutes> days = new ArrayList<>();
        int visit = 0;
        for (int i = 0; i < 42; i++) {
            boolean visitDay = i % 7 == 0 || i % 7 == 6;
            int minutes = 0;
            if (visitDay) {
                minutes = i >= 7 && visit < changedVisits ? changed : normal;
                if (i >= 7) {
                    visit++;
                }
            }
            days.add(new DayMinutes(MONDAY.plusDays(i), minutes));
        }
        return days;
    }

    @Test
    void aWeeklyChangeLastsFromItsFirstToItsLastChangedVisitFourteenAreNotFlaggedFifteenAre() {
        // twice a week (Monday and Sunday), 30 min: 50 on Monday day 7 to Sunday day 20 (4 visits) is 14 days
        assertThat(rule.evaluate(7, 60, 2, mondaysAndSundays(30, 50, 4))).isInstanceOf(WithinRule.class);
        // one more, Monday day 21: 15 days
        Crossed crossed = (Crossed) rule.evaluate(7, 60, 2, mondaysAndSundays(30, 50, 5));
        assertThat(crossed.firstDay()).isEqualTo(MONDAY.plusDays(7));
        assertThat(crossed.lastDay()).isEqualTo(MONDAY.plusDays(21));
        assertThat(crossed.daysLasted()).isEqualTo(15);
    }

    @Test
    void theSeedsExamplesAreFlaggedWhenTheyLastFifteenDaysNotBefore() {
        // once a week 5 -> 20: two Mondays at 20 (8 days) then 5 again is not a lasting change; three Mondays are 15 days
        assertThat(rule.evaluate(7, 5, 1, weeks(MON_5, MON_20, MON_20, MON_5, MON_5))).isInstanceOf(WithinRule.class);
        Crossed weekly = (Crossed) rule.evaluate(7, 5, 1, weeks(MON_5, MON_20, MON_20, MON_20, MON_5, MON_5));
        assertThat(weekly.firstDay()).isEqualTo(MONDAY.plusWeeks(1));
        assertThat(weekly.lastDay()).isEqualTo(MONDAY.plusWeeks(3));
        assertThat(weekly.daysLasted()).isEqualTo(15);
        assertThat(weekly.changePerDelivery()).isEqualTo(15.0);
        // five times a week 5 -> 10: two weeks (Monday to Friday, 12 days) no; to the third Monday, 15 days
        int[] monday10 = {10, 5, 5, 5, 5, 0, 0};
        assertThat(rule.evaluate(7, 25, 5, weeks(WEEKDAYS_5, WEEKDAYS_10, WEEKDAYS_10, WEEKDAYS_5, WEEKDAYS_5)))
                .isInstanceOf(WithinRule.class);
        Crossed fiveTimes = (Crossed) rule.evaluate(7, 25, 5, weeks(WEEKDAYS_5, WEEKDAYS_10, WEEKDAYS_10, monday10,
                WEEKDAYS_5, WEEKDAYS_5));
        assertThat(fiveTimes.firstDay()).isEqualTo(MONDAY.plusWeeks(1));
        assertThat(fiveTimes.daysLasted()).isEqualTo(15);
        assertThat(fiveTimes.thresholds()).contains(Threshold.MINUTES_PER_WEEK).doesNotContain(Threshold.MINUTES_PER_DELIVERY);
    }

    @Test
    void theWindowIsTheGrantsPeriodAVisitEveryThirdWeekIsNoDeviationInTheWeeksWithout() {
        // 60 minutes every 3rd week, delivered as granted: against a 21-day window nothing deviates
        List<DayMinutes> days = new ArrayList<>();
        for (int i = 0; i < 84; i++) {
            days.add(new DayMinutes(MONDAY.plusDays(i), i % 21 == 0 ? 60 : 0));
        }
        assertThat(rule.evaluate(21, 60, 1, days)).isInstanceOf(WithinRule.class);
        // every 4th week: a 28-day window sees it as granted; a 7-day window would read the three weeks without a
        // visit as less time used, from the first week without (day 7) to the last before the next visit (day 21)
        List<DayMinutes> fourth = new ArrayList<>();
        for (int i = 0; i <= 84; i++) {
            fourth.add(new DayMinutes(MONDAY.plusDays(i), i % 28 == 0 ? 60 : 0));
        }
        assertThat(rule.evaluate(28, 60, 1, fourth)).isInstanceOf(WithinRule.class);
        assertThat(rule.evaluate(7, 60, 1, fourth)).isInstanceOfSatisfying(Crossed.class,
                c -> assertThat(c.daysLasted()).isEqualTo(15));
        // and 90 minutes every 3rd week for three visits (days 21 to 63) is flagged: +30 per delivery, 10 a week
        List<DayMinutes> more = new ArrayList<>();
        for (int i = 0; i < 105; i++) {
            more.add(new DayMinutes(MONDAY.plusDays(i), i % 21 == 0 ? (i >= 21 && i <= 63 ? 90 : 60) : 0));
        }
        Crossed crossed = (Crossed) rule.evaluate(21, 60, 1, more);
        assertThat(crossed.firstDay()).isEqualTo(MONDAY.plusDays(21));
        assertThat(crossed.lastDay()).isEqualTo(MONDAY.plusDays(63));
        assertThat(crossed.changePerDelivery()).isEqualTo(30.0);
        assertThat(crossed.changePerWeek()).isEqualTo(10.0);
        assertThat(crossed.thresholds()).containsExactly(Threshold.PERCENT, Threshold.MINUTES_PER_DELIVERY, Threshold.DURATION);
        assertThat(crossed.text()).contains("(60 min. pr. 3 uger)");
    }

    @Test
    void aDecreaseIsFlaggedToo() {
        Crossed crossed = (Crossed) rule.evaluate(7, 100, 5, steady(70, 15));
        assertThat(crossed.increase()).isFalse();
        assertThat(crossed.changePerWeek()).isEqualTo(-30.0);
        assertThat(crossed.changePerDelivery()).isEqualTo(-6.0);
        assertThat(crossed.deviationPercent()).isEqualTo(-30.0);
        assertThat(crossed.thresholds()).containsExactly(Threshold.PERCENT, Threshold.MINUTES_PER_WEEK, Threshold.DURATION);
        assertThat(crossed.text()).contains("afviger -30,0 %");
        // nothing delivered at all for more than 14 days
        assertThat(rule.evaluate(7, 100, 5, steady(0, 15))).isInstanceOf(Crossed.class);
    }

    @Test
    void upThenDownIsTwoChangesNeitherLongEnough() {
        // trailing weeks 8 days above (+30), then 14 days below (nothing, -50): 22 days, but each run too short
        List<DayMinutes> days = new ArrayList<>(steady(80, 3));
        for (int i = 0; i < 19; i++) {
            days.add(new DayMinutes(days.get(days.size() - 1).date().plusDays(1), 0));
        }
        assertThat(rule.evaluate(7, 50, 1, days)).isInstanceOf(WithinRule.class);
    }

    @Test
    void withinTheRuleSaysSoInDanish() {
        assertThat(rule.evaluate(7, 50, 1, steady(50, 30)).text()).startsWith("Inden for reglen");
        assertThat(rule.evaluate(7, 50, 1, List.of())).isInstanceOf(WithinRule.class);
    }

    @Test
    void theDaysMustBeConsecutiveAndTheGrantPositive() {
        var gap = List.of(new DayMinutes(MONDAY, 5), new DayMinutes(MONDAY.plusDays(2), 5));
        assertThatThrownBy(() -> rule.evaluate(7, 50, 1, gap)).hasMessageContaining("consecutive");
        assertThatThrownBy(() -> rule.evaluate(7, 0, 1, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule.evaluate(0, 50, 1, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule.evaluate(7, 50, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
