package dk.omsorg.management;

import dk.omsorg.shared.InvalidInputException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * What every page is filtered by: a period of whole months, and optionally one district, one provider and one area
 * (catalogue area code). {@code knownOn}: the day the figures are shown as known on (pages that keep history use it;
 * the end of that day in Danish time is the cut).
 *
 * @param district   district code, null for all
 * @param providerId provider id, null for all
 * @param area       catalogue area code, null for all
 */
public record ManagementFilter(int municipalityId, YearMonth from, YearMonth to, String district, Long providerId,
                               String area, LocalDate knownOn) {

    /** The longest period a page shows: three years of months. */
    public static final int MAX_MONTHS = 36;

    private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

    public ManagementFilter {
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "management.period.invalid");
        }
        if (from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            throw new InvalidInputException("to", "management.period.tooLong");
        }
        district = blankToNull(district);
        area = blankToNull(area);
    }

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    public LocalDate lastDay() {
        return to.atEndOfMonth();
    }

    /** The first instant after {@code knownOn} in Danish time: what was recorded before it was known on that day. */
    public java.time.OffsetDateTime knownCut() {
        return ZonedDateTime.of(knownOn.plusDays(1).atStartOfDay(), DANISH).toOffsetDateTime();
    }

    /** For SQL: '' when all districts. */
    public String districtOrAll() {
        return district == null ? "" : district;
    }

    /** For SQL: 0 when all providers. */
    public long providerOrAll() {
        return providerId == null ? 0L : providerId;
    }

    /** For SQL: '' when all areas. */
    public String areaOrAll() {
        return area == null ? "" : area;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
