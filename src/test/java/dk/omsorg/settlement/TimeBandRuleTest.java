package dk.omsorg.settlement;

import dk.omsorg.settlement.TimeBandRule.ExtraHoliday;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The time band of a visit from its date and start time, with Greve's demo boundaries (07–17 weekday day, 23–07 night). */
class TimeBandRuleTest {

    static final TimeBandRule GREVE = new TimeBandRule(LocalDate.of(2022, 1, 1), null, LocalTime.of(7, 0),
            LocalTime.of(17, 0), LocalTime.of(23, 0), LocalTime.of(7, 0),
            Set.of(ExtraHoliday.CONSTITUTION_DAY, ExtraHoliday.CHRISTMAS_EVE, ExtraHoliday.NEW_YEARS_EVE));

    static final LocalDate WEDNESDAY = LocalDate.of(2023, 3, 15);

    @Test
    void weekdayDayEndsBefore17SoThat1659IsWeekdayDayAnd1700IsOtherTimes() {
        assertThat(GREVE.band(WEDNESDAY, LocalTime.of(16, 59))).isEqualTo(TimeBand.WEEKDAY_DAY);
        assertThat(GREVE.band(WEDNESDAY, LocalTime.of(17, 0))).isEqualTo(TimeBand.OTHER);
        assertThat(GREVE.band(WEDNESDAY, LocalTime.of(7, 0))).isEqualTo(TimeBand.WEEKDAY_DAY);
        assertThat(GREVE.band(WEDNESDAY, LocalTime.of(22, 59))).isEqualTo(TimeBand.OTHER);
    }

    @Test
    void saturdayAndSundayDaytimeIsOtherTimes() {
        assertThat(GREVE.band(LocalDate.of(2023, 3, 18), LocalTime.of(10, 0))).isEqualTo(TimeBand.OTHER);
        assertThat(GREVE.band(LocalDate.of(2023, 3, 19), LocalTime.of(10, 0))).isEqualTo(TimeBand.OTHER);
    }

    @Test
    void aPublicHolidayLikeAscensionDayIsOtherTimesAndTheExtraDaysToo() {
        assertThat(GREVE.band(LocalDate.of(2023, 5, 18), LocalTime.of(10, 0))).as("Kristi himmelfartsdag 2023")
                .isEqualTo(TimeBand.OTHER);
        assertThat(GREVE.band(LocalDate.of(2023, 5, 17), LocalTime.of(10, 0))).isEqualTo(TimeBand.WEEKDAY_DAY);
        assertThat(GREVE.band(LocalDate.of(2023, 6, 5), LocalTime.of(10, 0))).as("Grundlovsdag, extra day")
                .isEqualTo(TimeBand.OTHER);
        assertThat(GREVE.band(LocalDate.of(2024, 12, 24), LocalTime.of(10, 0))).as("juleaftensdag, extra day")
                .isEqualTo(TimeBand.OTHER);
        TimeBandRule withoutExtraDays = new TimeBandRule(GREVE.validFrom(), null, GREVE.weekdayDayFrom(),
                GREVE.weekdayDayTo(), GREVE.nightFrom(), GREVE.nightTo(), Set.of());
        assertThat(withoutExtraDays.band(LocalDate.of(2023, 6, 5), LocalTime.of(10, 0))).isEqualTo(TimeBand.WEEKDAY_DAY);
    }

    @Test
    void nightRunsAcrossMidnightEveryDayAndWinsOverTheWeekday() {
        assertThat(GREVE.band(WEDNESDAY, LocalTime.of(22, 59))).isEqualTo(TimeBand.OTHER);
        assertThat(GREVE.band(WEDNESDAY, LocalTime.of(23, 0))).isEqualTo(TimeBand.NIGHT);
        assertThat(GREVE.band(WEDNESDAY, LocalTime.of(0, 0))).isEqualTo(TimeBand.NIGHT);
        assertThat(GREVE.band(WEDNESDAY, LocalTime.of(6, 59))).isEqualTo(TimeBand.NIGHT);
        assertThat(GREVE.band(LocalDate.of(2023, 5, 18), LocalTime.of(3, 0))).isEqualTo(TimeBand.NIGHT);
        // a visit is not split: one starting 22:30 and lasting past 23:00 is priced in its start band
        assertThat(GREVE.band(WEDNESDAY, LocalTime.of(22, 30))).isEqualTo(TimeBand.OTHER);
    }

    @Test
    void aNightWithinOneDayIsReadWithoutWrapping() {
        TimeBandRule early = new TimeBandRule(LocalDate.of(2022, 1, 1), null, LocalTime.of(8, 0), LocalTime.of(16, 0),
                LocalTime.of(0, 0), LocalTime.of(6, 0), Set.of());
        assertThat(early.band(WEDNESDAY, LocalTime.of(23, 30))).isEqualTo(TimeBand.OTHER);
        assertThat(early.band(WEDNESDAY, LocalTime.of(5, 59))).isEqualTo(TimeBand.NIGHT);
        assertThat(early.band(WEDNESDAY, LocalTime.of(6, 0))).isEqualTo(TimeBand.OTHER);
        assertThat(early.band(WEDNESDAY, LocalTime.of(8, 0))).isEqualTo(TimeBand.WEEKDAY_DAY);
    }
}
