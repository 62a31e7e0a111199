package dk.omsorg.shared;

import java.time.LocalDate;

/**
 * The outer bounds of what a person can sensibly enter, in one place. They catch typing errors and abuse (a
 * 300 kB note that makes every queue page slow, a year 9999, an amount that overflows the month's totals);
 * the rules of each field (a decision not before the inquiry, a delivered visit not in the future) come on top.
 */
public final class InputLimits {

    /** A person's name: the CPR register's full name is at most 132 characters; room for a double surname. */
    public static final int NAME_LENGTH = 200;

    /** An address as the CPR register writes it (street, number, floor, door, postcode and town), with room. */
    public static final int ADDRESS_LENGTH = 300;

    /** A phone number, with a country code, spaces and an extension. */
    public static final int PHONE_LENGTH = 40;

    /**
     * Any other text in a request (a note, a reason, an overall assessment): several pages of writing, not a file.
     * Every text is shown on pages and in lists, so this also bounds what one page can carry.
     */
    public static final int TEXT_LENGTH = 10_000;

    /** No one in care was born, and nothing was assessed, granted or delivered, before this year. */
    public static final int FIRST_YEAR = 1900;

    /** A date is planned at most this many years ahead (a grant's end, an expected decision, a rate's validity). */
    public static final int YEARS_AHEAD = 10;

    /** An amount in kroner (a rate per hour or per visit): far above any real rate, far below an overflow. */
    public static final Money MAX_AMOUNT = new Money(10_000_000_00L);

    private InputLimits() {
    }

    /**
     * A date about a citizen (an assessment, an absence, a grant's start) before the citizen was born: the field in
     * error, for the caller's violations; empty when the date is plausible or the birth date is not known.
     */
    public static java.util.Optional<DomainException.Violation> beforeBirth(String field, LocalDate date, LocalDate birthDate) {
        if (date == null || birthDate == null || !date.isBefore(birthDate)) {
            return java.util.Optional.empty();
        }
        java.time.format.DateTimeFormatter danish = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
        return java.util.Optional.of(new DomainException.Violation(field, "input.date.beforeBirth", danish.format(date),
                danish.format(birthDate)));
    }

    /** Whether a date lies in the plausible window: from {@link #FIRST_YEAR} to {@link #YEARS_AHEAD} years from today. */
    public static boolean plausible(int year, LocalDate today) {
        return year >= FIRST_YEAR && year <= today.getYear() + YEARS_AHEAD;
    }
}
