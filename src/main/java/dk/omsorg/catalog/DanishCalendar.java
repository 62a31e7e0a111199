package dk.omsorg.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Danish working days (hverdage): Monday to Friday except public holidays. The holidays are
 * computed, not listed, so the calendar never runs out: Nytårsdag, Skærtorsdag, Langfredag,
 * Påskedag, 2. Påskedag, Store Bededag (until 2023; abolished from 2024), Kristi Himmelfartsdag,
 * Pinsedag, 2. Pinsedag, Juledag and 2. Juledag, with Easter from the Gregorian computus.
 * <p>
 * Grundlovsdag (5 June), juleaftensdag (24 December) and nytårsaftensdag (31 December) are not
 * public holidays, but most municipal offices close on some of them; which ones is configuration.
 * The default ({@link #DEFAULT}) treats Grundlovsdag and 24 December as non-working days (the
 * common municipal agreement) and 31 December as a working day.
 */
public final class DanishCalendar {

    /** Store Bededag was abolished by law from 2024 (lov nr. 222 af 28. februar 2023). */
    static final int LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

    public static final DanishCalendar DEFAULT = new DanishCalendar(true, true, false);

    private final boolean constitutionDayOff;
    private final boolean christmasEveOff;
    private final boolean newYearsEveOff;

    public DanishCalendar(boolean constitutionDayOff, boolean christmasEveOff, boolean newYearsEveOff) {
        this.constitutionDayOff = constitutionDayOff;
        this.christmasEveOff = christmasEveOff;
        this.newYearsEveOff = newYearsEveOff;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /** The public holidays of the year with their Danish names, in date order. */
    public static Map<LocalDate, String> publicHolidays(int year) {
        LocalDate easter = easterSunday(year);
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), "Nytårsdag");
        days.put(easter.minusDays(3), "Skærtorsdag");
        days.put(easter.minusDays(2), "Langfredag");
        days.put(easter, "Påskedag");
        days.put(easter.plusDays(1), "2. påskedag");
        if (year <= LAST_YEAR_WITH_STORE_BEDEDAG) {
            days.put(easter.plusDays(26), "Store bededag");
        }
        days.put(easter.plusDays(39), "Kristi himmelfartsdag");
        days.put(easter.plusDays(49), "Pinsedag");
        days.put(easter.plusDays(50), "2. pinsedag");
        days.put(LocalDate.of(year, Month.DECEMBER, 25), "Juledag");
        days.put(LocalDate.of(year, Month.DECEMBER, 26), "2. juledag");
        return Collections.unmodifiableMap(days);
    }

    /** Public holidays plus the configured extra days off, with their names. */
    public Map<LocalDate, String> daysOff(int year) {
        Map<LocalDate, String> days = new TreeMap<>(publicHolidays(year));
        if (constitutionDayOff) {
            days.put(LocalDate.of(year, Month.JUNE, 5), "Grundlovsdag");
        }
        if (christmasEveOff) {
            days.put(LocalDate.of(year, Month.DECEMBER, 24), "Juleaftensdag");
        }
        if (newYearsEveOff) {
            days.put(LocalDate.of(year, Month.DECEMBER, 31), "Nytårsaftensdag");
        }
        return Collections.unmodifiableMap(days);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY
                && !daysOff(day.getYear()).containsKey(day);
    }

    /**
     * The day {@code workingDays} working days after {@code from}; {@code from} itself does not
     * count, so a decision on Friday with 1 working day gives Monday (or the next working day).
     */
    public LocalDate plusWorkingDays(LocalDate from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative");
        }
        LocalDate day = from;
        for (int left = workingDays; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    public boolean constitutionDayOff() {
        return constitutionDayOff;
    }

    public boolean christmasEveOff() {
        return christmasEveOff;
    }

    public boolean newYearsEveOff() {
        return newYearsEveOff;
    }
}
