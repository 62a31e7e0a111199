package dk.omsorg.citizen;

import dk.omsorg.shared.InvalidInputException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Danish CPR number, {@code DDMMYY-SSSS}. Birth date and century come from the date part and
 * the 7th digit (CPR-kontoret's table); sex from the parity of the last digit. Modulus 11 is not
 * checked: numbers without it have been issued since 2007.
 *
 * <p>{@link #toString()} is masked ({@code DDMMYY-xxxx}) so the number never reaches a log.
 */
public record CprNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})-?(\\d{4})");

    public CprNumber {
        if (value == null) {
            throw new InvalidInputException("cprNumber", "cpr.required");
        }
        Matcher m = FORMAT.matcher(value.strip());
        if (!m.matches()) {
            throw new InvalidInputException("cprNumber", "cpr.format");
        }
        value = m.group(1) + m.group(2) + m.group(3) + m.group(4);
        birthDate(value); // rejects impossible dates
    }

    public static CprNumber of(String text) {
        return new CprNumber(text);
    }

    public LocalDate birthDate() {
        return birthDate(value);
    }

    public Sex sex() {
        return (value.charAt(9) - '0') % 2 == 0 ? Sex.FEMALE : Sex.MALE;
    }

    /** {@code DDMMYY-SSSS}, for people who are allowed to see it. */
    public String formatted() {
        return value.substring(0, 6) + "-" + value.substring(6);
    }

    /** {@code DDMMYY-xxxx}. */
    public String masked() {
        return value.substring(0, 6) + "-xxxx";
    }

    @Override
    public String toString() {
        return masked();
    }

    private static LocalDate birthDate(String digits) {
        int day = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        int yy = Integer.parseInt(digits.substring(4, 6));
        int seventh = digits.charAt(6) - '0';
        try {
            return LocalDate.of(century(seventh, yy) + yy, month, day);
        } catch (DateTimeException e) {
            throw new InvalidInputException("cprNumber", "cpr.date");
        }
    }

    /** CPR-kontoret: the 7th digit and the year together give the century. */
    private static int century(int seventh, int yy) {
        return switch (seventh) {
            case 0, 1, 2, 3 -> 1900;
            case 4, 9 -> yy <= 36 ? 2000 : 1900;
            default -> yy <= 57 ? 2000 : 1800; // 5, 6, 7, 8
        };
    }

    public enum Sex {
        FEMALE,
        MALE
    }
}
