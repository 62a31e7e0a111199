package dk.omsorg.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

class DanishCalendarTest {

    private final DanishCalendar calendar = DanishCalendar.DEFAULT;

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"1818, 1818-03-22", "2000, 2000-04-23", "2019, 2019-04-21", "2020, 2020-04-12", "2021, 2021-04-04",
            "2022, 2022-04-17", "2023, 2023-04-09", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05",
            "2038, 2038-04-25"})
    void easterFollowsTheGregorianComputus(int year, LocalDate easter) {
        assertThat(DanishCalendar.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void theEasterBasedHolidaysOf2025() {
        assertThat(DanishCalendar.publicHolidays(2025)).containsExactly(
                java.util.Map.entry(of(2025, 1, 1), "Nytårsdag"),
                java.util.Map.entry(of(2025, 4, 17), "Skærtorsdag"),
                java.util.Map.entry(of(2025, 4, 18), "Langfredag"),
                java.util.Map.entry(of(2025, 4, 20), "Påskedag"),
                java.util.Map.entry(of(2025, 4, 21), "2. påskedag"),
                java.util.Map.entry(of(2025, 5, 29), "Kristi himmelfartsdag"),
                java.util.Map.entry(of(2025, 6, 8), "Pinsedag"),
                java.util.Map.entry(of(2025, 6, 9), "2. pinsedag"),
                java.util.Map.entry(of(2025, 12, 25), "Juledag"),
                java.util.Map.entry(of(2025, 12, 26), "2. juledag"));
    }

    @ParameterizedTest(name = "{0} is not a working day")
    @CsvSource({"2022-04-14", "2022-04-15", "2022-04-18", "2022-05-13", "2022-05-26", "2022-06-06",
            "2024-03-28", "2024-03-29", "2024-04-01", "2024-05-09", "2024-05-20",
            "2026-04-02", "2026-04-03", "2026-04-06", "2026-05-14", "2026-05-25"})
    void easterBasedHolidaysAcrossYearsAreDaysOff(LocalDate day) {
        assertThat(calendar.isWorkingDay(day)).isFalse();
    }

    @Test
    void storeBededagIsAHolidayIn2023ButAbolishedFrom2024() {
        assertThat(DanishCalendar.publicHolidays(2023)).containsEntry(of(2023, 5, 5), "Store bededag");
        assertThat(calendar.isWorkingDay(of(2023, 5, 5))).isFalse();
        assertThat(DanishCalendar.publicHolidays(2024)).doesNotContainValue("Store bededag");
        assertThat(calendar.isWorkingDay(of(2024, 4, 26))).isTrue();   // the Friday it would have been
        assertThat(calendar.plusWorkingDays(of(2023, 5, 4), 1)).isEqualTo(of(2023, 5, 8));
        assertThat(calendar.plusWorkingDays(of(2024, 4, 25), 1)).isEqualTo(of(2024, 4, 26));
    }

    @Test
    void christmasAndNewYear() {
        // Monday 23 December 2024: 24 (day off by default), 25 and 26 (holidays) are skipped
        assertThat(calendar.plusWorkingDays(of(2024, 12, 23), 1)).isEqualTo(of(2024, 12, 27));
        // 31 December is a working day by default; 1 January is a holiday
        assertThat(calendar.plusWorkingDays(of(2024, 12, 23), 3)).isEqualTo(of(2024, 12, 31));
        assertThat(calendar.plusWorkingDays(of(2024, 12, 23), 4)).isEqualTo(of(2025, 1, 2));
        assertThat(calendar.isWorkingDay(of(2025, 1, 1))).isFalse();
    }

    @Test
    void grundlovsdagAndTheEvesAreConfigurable() {
        assertThat(calendar.isWorkingDay(of(2025, 6, 5))).isFalse();     // Thursday, Grundlovsdag off by default
        assertThat(calendar.isWorkingDay(of(2025, 12, 24))).isFalse();
        assertThat(calendar.isWorkingDay(of(2025, 12, 31))).isTrue();

        DanishCalendar allWorking = new DanishCalendar(false, false, false);
        assertThat(allWorking.isWorkingDay(of(2025, 6, 5))).isTrue();
        assertThat(allWorking.isWorkingDay(of(2025, 12, 24))).isTrue();
        assertThat(allWorking.plusWorkingDays(of(2024, 12, 23), 1)).isEqualTo(of(2024, 12, 24));

        DanishCalendar newYearsEveOff = new DanishCalendar(true, true, true);
        assertThat(newYearsEveOff.isWorkingDay(of(2025, 12, 31))).isFalse();
        assertThat(newYearsEveOff.plusWorkingDays(of(2024, 12, 23), 3)).isEqualTo(of(2025, 1, 2));   // 27, 30, then 2 January
    }

    @Test
    void weekendsAreSkippedAndTheDecisionDayDoesNotCount() {
        assertThat(calendar.plusWorkingDays(of(2025, 3, 7), 1)).isEqualTo(of(2025, 3, 10));   // Friday → Monday
        assertThat(calendar.plusWorkingDays(of(2025, 3, 8), 1)).isEqualTo(of(2025, 3, 10));   // Saturday → Monday
        assertThat(calendar.plusWorkingDays(of(2025, 3, 10), 0)).isEqualTo(of(2025, 3, 10));
        assertThat(calendar.plusWorkingDays(of(2025, 3, 10), 5)).isEqualTo(of(2025, 3, 17));
    }

    @Test
    void threeWorkingDaysAcrossEaster() {
        // Wednesday before Easter 2022: Skærtorsdag, Langfredag, the weekend and 2. påskedag are skipped
        assertThat(calendar.plusWorkingDays(of(2022, 4, 13), 3)).isEqualTo(of(2022, 4, 21));
        assertThat(calendar.plusWorkingDays(of(2025, 4, 16), 3)).isEqualTo(of(2025, 4, 24));
        // Kristi himmelfartsdag 2024 (Thursday 9 May) and the Friday after, a working day
        assertThat(calendar.plusWorkingDays(of(2024, 5, 8), 2)).isEqualTo(of(2024, 5, 13));
    }
}
