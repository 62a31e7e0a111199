package dk.omsorg.delivery.internal;

import dk.omsorg.delivery.ShiftBoundaries;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@link VisitChecks} in Java, for one line of a canonical file ({@link CanonicalVisitFile#eachLine}) against the
 * provider's grants read once ({@link ProviderGrants}): the checked visit as {@code visit} stores it, or null. It may
 * only ever be <b>stricter</b> than the SQL, never more lenient: null sends the file the SQL's way, which has the last
 * word and reports every line in Danish; a visit given here is one the SQL would have taken and stored alike —
 * {@code VisitRowCheckTest} holds the two to the same verdict and the same stored values row by row. Where the two
 * might read a text differently (a letter outside ASCII in a type, shift or reason, which {@code upper} might map onto
 * ASCII), the answer here is null.
 */
final class VisitRowCheck {

    private VisitRowCheck() {
    }

    /** The reasons a visit may not have been delivered ({@code VisitChecks}' reasonInvalid). */
    private static final Set<String> REASONS = Set.of("CITIZEN_ABSENT", "HOSPITALISED", "CANCELLED_BY_CITIZEN", "REPLACEMENT_HELP");

    /** A checked visit: the columns of {@code visit} the import writes (shift and minutes as stored). */
    record CheckedVisit(long citizenId, UUID grantKey, String externalId, String kind, LocalDate date, LocalTime start,
                        String shift, int minutes, String reason) {

        /** Appends the row in COPY's text format: the columns of {@link TypedVisitWrite#COLUMNS} up to the reason, no line end. */
        StringBuilder appendCopyText(StringBuilder out) {
            return out.append(citizenId).append('\t').append(grantKey).append('\t').append(escape(externalId)).append('\t')
                    .append(kind).append('\t').append(date).append('\t').append(start == null ? "\\N" : start.toString())
                    .append('\t').append(shift).append('\t').append(minutes).append('\t').append(reason == null ? "\\N" : reason);
        }

        private static String escape(String text) {
            return text.indexOf('\\') < 0 && text.indexOf('\t') < 0 ? text : text.replace("\\", "\\\\").replace("\t", "\\t");
        }
    }

    /** The line's visit when every check passes; null when any fails or this check cannot be sure. */
    static CheckedVisit check(String[] f, Map<UUID, ProviderGrants.Grant> grants, long providerId, LocalDate today,
                              ShiftBoundaries shifts) {
        String externalId = trimmed(f[0]);
        String kindText = upperAscii(trimmed(f[2]));
        String shiftText = upperAscii(trimmed(f[5]));
        String reason = upperAscii(trimmed(f[7]));
        if (externalId == null || externalId.length() > 100) {
            return null;   // visitIdMissing, visitIdTooLong (characters there, UTF-16 units here: never more lenient)
        }
        if (kindText == null && trimmed(f[2]) != null || shiftText == null && trimmed(f[5]) != null
                || reason == null && trimmed(f[7]) != null) {
            return null;   // a text outside ASCII: the SQL's upper decides
        }
        String kind = switch (kindText == null ? "" : kindText) {
            case "PLANNED", "PLANLAGT" -> "PLANNED";
            case "DELIVERED", "LEVERET" -> "DELIVERED";
            default -> null;
        };
        LocalDate date = date(f[3]);
        if (date == null) {
            return null;
        }
        UUID grantKey = UUID.fromString(f[1]);
        ProviderGrants.Grant grant = grants.get(grantKey);
        LocalTime start = f[4].isEmpty() ? null : LocalTime.of(number(f[4], 0, 2), number(f[4], 3, 2));
        Integer minutes = f[6].isEmpty() ? null : Integer.valueOf(f[6]);
        String givenShift = shiftText == null ? null : switch (shiftText) {
            case "DAY", "DAG" -> "DAY";
            case "EVENING", "AFTEN" -> "EVENING";
            case "NIGHT", "NAT" -> "NIGHT";
            default -> null;
        };
        String derivedShift = start == null ? null : shifts.shiftOf(start);
        boolean delivered = "DELIVERED".equals(kind);
        boolean failed = grant == null                                                      // grantUnknown, notYourGrant
                || !Long.valueOf(providerId).equals(grant.owner(date))                      // notYourGrant
                || kind == null                                                             // kindInvalid
                || date.isBefore(grant.startOn()) || grant.endOn() != null && date.isAfter(grant.endOn())   // outsidePeriod
                || delivered && date.isAfter(today)                                         // deliveredInFuture
                || delivered && reason == null && start == null                             // timeMissing
                || shiftText != null && givenShift == null                                  // shiftInvalid
                || !delivered && shiftText == null && start == null                         // shiftMissing
                || delivered && reason != null && shiftText == null && start == null && grant.grantShift() == null
                || givenShift != null && derivedShift != null && !givenShift.equals(derivedShift)   // shiftMismatch
                || minutes == null && reason == null                                        // minutesMissing
                || minutes != null && reason == null && (minutes <= 0 || minutes > 1440)    // minutesRange
                || minutes != null && reason != null && (minutes < 0 || minutes > 1440)     // minutesRangeNotDelivered
                || reason != null && !REASONS.contains(reason)                              // reasonInvalid
                || reason != null && !delivered;                                            // reasonPlanned
        if (failed) {
            return null;
        }
        String shift = derivedShift != null ? derivedShift : givenShift != null ? givenShift : grant.grantShift();
        return new CheckedVisit(grant.citizenId(), grantKey, externalId, kind, date, start, shift,
                minutes == null ? 0 : minutes, reason);
    }

    /** A canonical {@code YYYY-MM-DD} as a date; null when there is no such day (2025-02-30: nor for COPY). */
    private static LocalDate date(String text) {
        try {
            return LocalDate.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2));
        } catch (DateTimeException noSuchDay) {
            return null;
        }
    }

    /** The decimal digits of {@code text} from {@code from}, {@code n} of them (a canonical field has them). */
    private static int number(String text, int from, int n) {
        int value = 0;
        for (int i = from; i < from + n; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    /** The field without surrounding spaces (as {@code btrim}), null when empty. */
    static String trimmed(String field) {
        int start = 0;
        int end = field.length();
        while (start < end && field.charAt(start) == ' ') {
            start++;
        }
        while (end > start && field.charAt(end - 1) == ' ') {
            end--;
        }
        return start == end ? null : field.substring(start, end);
    }

    /** ASCII letters in upper case; null when the text holds anything outside ASCII (or is null). */
    private static String upperAscii(String text) {
        if (text == null) {
            return null;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c > 127) {
                return null;
            }
            if (c >= 'a' && c <= 'z') {
                chars[i] = (char) (c - 32);
            }
        }
        return new String(chars);
    }
}
