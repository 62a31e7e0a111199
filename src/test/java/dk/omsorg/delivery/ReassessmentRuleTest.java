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
        var result = rule.evaluate(5, 1, weeks(MON_5, MON_20, MON_20, MON_20));

        Crossed crossed = (Crossed) result;
        assertThat(crossed.changePerDelivery()).isEqualTo(15.0);
        assertThat(crossed.changePerWeek()).isEqualTo(15.0);
        assertThat(crossed.deviationPercent()).isEqualTo(300.0);
        assertThat(crossed.thresholds()).containsExactly(Threshold.PERCENT, Threshold.MINUTES_PER_DELIVERY, Threshold.DURATION);
        assertThat(crossed.firstDay()).isEqualTo(MONDAY.plusWeeks(1));
        assertThat(crossed.daysLasted()).isEqualTo(21);
        assertThat(crossed.increase()).isTrue();
        assertThat(crossed.text()).startsWith("Revurdering: det leverede tidsforbrug afviger +300,0 %")
                .contains("i 21 dage fra 2025-03-10").contains("+15,0 min. pr. levering");
    }

    @Test
    void seedExampleFiveToTenMinutesFiveTimesAWeekIsAdjustedOnTheWeeklyAverage() {
        var result = rule.evaluate(25, 5, weeks(WEEKDAYS_5, WEEKDAYS_10, WEEKDAYS_10, WEEKDAYS_10));

        Crossed crossed = (Crossed) result;
        // the trailing week reaches +20 on the first Thursday (5 + 4 × 10) and +25 from Friday on
        assertThat(crossed.firstDay()).isEqualTo(MONDAY.plusWeeks(1).plusDays(3));
        assertThat(crossed.daysLasted()).isEqualTo(18);
        assertThat(crossed.changePerWeek()).isCloseTo((20 + 17 * 25) / 18.0, within(1e-9));
        assertThat(crossed.changePerDelivery()).isLessThan(10);
        assertThat(crossed.thresholds()).containsExactly(Threshold.PERCENT, Threshold.MINUTES_PER_WEEK, Threshold.DURATION);
        // a steady +25 a week: the seed's 25 minutes, 5 per delivery, +100 %
        Crossed steady = (Crossed) rule.evaluate(25, 5, steady(50, 15));
        assertThat(steady.changePerWeek()).isEqualTo(25.0);
        assertThat(steady.changePerDelivery()).isEqualTo(5.0);
        assertThat(steady.deviationPercent()).isEqualTo(100.0);
    }

    @Test
    void exactlyTenPercentIsAllowedTenPointOneIsNot() {
        assertThat(rule.evaluate(1000, 1, steady(1100, 21))).isInstanceOf(WithinRule.class);
        Crossed crossed = (Crossed) rule.evaluate(1000, 1, steady(1101, 21));
        assertThat(crossed.deviationPercent()).isEqualTo(10.1);
        // and below
        assertThat(rule.evaluate(1000, 1, steady(900, 21))).isInstanceOf(WithinRule.class);
        assertThat(rule.evaluate(1000, 1, steady(899, 21))).isInstanceOf(Crossed.class);
    }

    @Test
    void exactlyTenMinutesPerDeliveryCountsNineDoesNot() {
        // once a week, 50 granted: +10 is 20 % and 10 per delivery, but only 10 a week (< 20)
        Crossed crossed = (Crossed) rule.evaluate(50, 1, steady(60, 15));
        assertThat(crossed.thresholds()).containsExactly(Threshold.PERCENT, Threshold.MINUTES_PER_DELIVERY, Threshold.DURATION);
        assertThat(rule.evaluate(50, 1, steady(59, 15))).isInstanceOf(WithinRule.class);
    }

    @Test
    void exactlyTwentyMinutesPerWeekCountsNineteenDoesNot() {
        // five times a week, 100 granted: +20 is 20 % and 4 per delivery (< 10)
        Crossed crossed = (Crossed) rule.evaluate(100, 5, steady(120, 15));
        assertThat(crossed.thresholds()).containsExactly(Threshold.PERCENT, Threshold.MINUTES_PER_WEEK, Threshold.DURATION);
        assertThat(rule.evaluate(100, 5, steady(119, 15))).isInstanceOf(WithinRule.class);
    }

    @Test
    void fourteenDaysDoNotCountFifteenDo() {
        assertThat(rule.evaluate(50, 1, steady(80, 14))).isInstanceOf(WithinRule.class);
        Crossed crossed = (Crossed) rule.evaluate(50, 1, steady(80, 15));
        assertThat(crossed.daysLasted()).isEqualTo(15);
        assertThat(crossed.firstDay()).isEqualTo(MONDAY.plusDays(6));
    }

    @Test
    void aDecreaseIsFlaggedToo() {
        Crossed crossed = (Crossed) rule.evaluate(100, 5, steady(70, 15));
        assertThat(crossed.increase()).isFalse();
        assertThat(crossed.changePerWeek()).isEqualTo(-30.0);
        assertThat(crossed.changePerDelivery()).isEqualTo(-6.0);
        assertThat(crossed.deviationPercent()).isEqualTo(-30.0);
        assertThat(crossed.thresholds()).containsExactly(Threshold.PERCENT, Threshold.MINUTES_PER_WEEK, Threshold.DURATION);
        assertThat(crossed.text()).contains("afviger -30,0 %");
        // nothing delivered at all for more than 14 days
        assertThat(rule.evaluate(100, 5, steady(0, 15))).isInstanceOf(Crossed.class);
    }

    @Test
    void upThenDownIsTwoChangesNeitherLongEnough() {
        // trailing weeks 8 days above (+30), then 14 days below (nothing, -50): 22 days, but each run too short
        List<DayMinutes> days = new ArrayList<>(steady(80, 3));
        for (int i = 0; i < 19; i++) {
            days.add(new DayMinutes(days.get(days.size() - 1).date().plusDays(1), 0));
        }
        assertThat(rule.evaluate(50, 1, days)).isInstanceOf(WithinRule.class);
    }

    @Test
    void withinTheRuleSaysSoInDanish() {
        assertThat(rule.evaluate(50, 1, steady(50, 30)).text()).startsWith("Inden for reglen");
        assertThat(rule.evaluate(50, 1, List.of())).isInstanceOf(WithinRule.class);
    }

    @Test
    void theDaysMustBeConsecutiveAndTheGrantPositive() {
        var gap = List.of(new DayMinutes(MONDAY, 5), new DayMinutes(MONDAY.plusDays(2), 5));
        assertThatThrownBy(() -> rule.evaluate(50, 1, gap)).hasMessageContaining("consecutive");
        assertThatThrownBy(() -> rule.evaluate(0, 1, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule.evaluate(50, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
