package dk.omsorg.settlement;

import dk.omsorg.catalog.DanishCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Set;
import java.util.TreeSet;

/**
 * One version of a municipality's time-band boundaries. The band of a visit is read from its date and start time
 * (a visit is not split at a boundary): night from {@code nightFrom} up to, not including, {@code nightTo}, across
 * midnight when {@code nightFrom} is later than {@code nightTo}, every day; weekday day Monday–Friday from
 * {@code weekdayDayFrom} up to, not including, {@code weekdayDayTo}, except holidays (16:59 is weekday day when
 * the boundary is 17:00, 17:00 is not); everything else is other times (øvrige tider). Holidays are the Danish
 * public holidays and the configured extra days. The run's SQL reads the bands the same way
 * ({@code SettlementSql.BAND}); {@code TimeBandSqlTest} holds the two together.
 */
public record TimeBandRule(LocalDate validFrom, LocalDate validTo, LocalTime weekdayDayFrom, LocalTime weekdayDayTo,
                           LocalTime nightFrom, LocalTime nightTo, Set<ExtraHoliday> extraHolidays) {

    /** Days off beyond the public holidays that count as øvrige tider in the daytime. */
    public enum ExtraHoliday {
        CONSTITUTION_DAY(MonthDay.of(6, 5)),
        CHRISTMAS_EVE(MonthDay.of(12, 24)),
        NEW_YEARS_EVE(MonthDay.of(12, 31));

        private final MonthDay day;

        ExtraHoliday(MonthDay day) {
            this.day = day;
        }

        public LocalDate in(int year) {
            return day.atYear(year);
        }
    }

    public TimeBandRule {
        extraHolidays = Set.copyOf(extraHolidays);
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** The holidays of a year: public holidays and the extra days. */
    public Set<LocalDate> holidays(int year) {
        Set<LocalDate> days = new TreeSet<>(DanishCalendar.publicHolidays(year).keySet());
        extraHolidays.forEach(extra -> days.add(extra.in(year)));
        return days;
    }

    public boolean isNight(LocalTime time) {
        return nightFrom.isAfter(nightTo)
                ? !time.isBefore(nightFrom) || time.isBefore(nightTo)
                : !time.isBefore(nightFrom) && time.isBefore(nightTo);
    }

    /** The band of a visit starting at {@code time} on {@code day}. */
    public TimeBand band(LocalDate day, LocalTime time) {
        if (isNight(time)) {
            return TimeBand.NIGHT;
        }
        boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
        if (weekday && !holidays(day.getYear()).contains(day)
                && !time.isBefore(weekdayDayFrom) && time.isBefore(weekdayDayTo)) {
            return TimeBand.WEEKDAY_DAY;
        }
        return TimeBand.OTHER;
    }
}
