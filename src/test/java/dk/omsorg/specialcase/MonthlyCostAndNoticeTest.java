package dk.omsorg.specialcase;

import dk.omsorg.catalog.Shift;
import dk.omsorg.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The monthly cost conversion, the split of a grant's minutes over its shifts, and the notice limit — without Spring. */
class MonthlyCostAndNoticeTest {

    static final BandRates RATES = new BandRates(Money.parse("600,00"), Money.parse("650,00"), Money.parse("700,00"));

    @Test
    void aMonthIsAnAverageMonthAndDayMinutesAreFiveSeventhsWeekdays() {
        // 56 h a week at night at 700 kr./t: 39,200 kr. a week × 30.4375 / 7 = 170,450.00 kr.
        assertThat(MonthlyCost.of(new ShiftMinutes(0, 0, 3360), RATES)).isEqualTo(Money.parse("170450,00"));
        // 7 h a week in the day shift: 5 h hverdag dag (600) + 2 h øvrige (650) = 4,300 kr. a week → 18,697.32 kr.
        assertThat(MonthlyCost.of(new ShiftMinutes(420, 0, 0), RATES)).isEqualTo(Money.parse("18697,32"));
        // the evening shift is øvrige tider
        assertThat(MonthlyCost.of(new ShiftMinutes(0, 60, 0), RATES)).isEqualTo(Money.parse("2826,34"));
        assertThat(MonthlyCost.of(ShiftMinutes.NONE, RATES)).isEqualTo(Money.ZERO);
    }

    @Test
    void aGrantsWeeklyMinutesAreSharedEquallyOverItsShifts() {
        assertThat(CaseMinutes.split(6720, EnumSet.of(Shift.DAY, Shift.NIGHT))).isEqualTo(new ShiftMinutes(3360, 0, 3360));
        assertThat(CaseMinutes.split(10, EnumSet.allOf(Shift.class))).isEqualTo(new ShiftMinutes(4, 3, 3));
        assertThat(CaseMinutes.split(70, Set.of())).isEqualTo(new ShiftMinutes(70, 0, 0));
    }

    @Test
    void noticeEndsAtTheLatestOnTheLastDayOfTheNextMonthAlsoInFebruary() {
        // seed 000: notice given 10 March → the contract can end by 30 April at the latest
        assertThat(NoticeLimit.latestEnd(LocalDate.of(2027, 3, 10), 1)).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(NoticeLimit.latestEnd(LocalDate.of(2027, 1, 31), 1)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(NoticeLimit.latestEnd(LocalDate.of(2028, 1, 31), 1)).isEqualTo(LocalDate.of(2028, 2, 29));
        // across the year's end, and with no notice beyond the current month
        assertThat(NoticeLimit.latestEnd(LocalDate.of(2026, 12, 1), 1)).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(NoticeLimit.latestEnd(LocalDate.of(2026, 2, 3), 0)).isEqualTo(LocalDate.of(2026, 2, 28));
    }
}
