package dk.omsorg.delivery;

/**
 * A visit as sent by the provider, as text: it is read and checked like a line of the CSV import.
 *
 * @param visitId            the provider's own visit id (besøgs_id), unique per provider
 * @param kind               PLANNED or DELIVERED
 * @param date               YYYY-MM-DD (or DD-MM-YYYY)
 * @param startTime          HH:MM; required for a delivered visit, which gets its shift from it
 * @param shift              DAY, EVENING or NIGHT; required for a planned visit without a start time
 * @param minutes            1–1440 (0 allowed for a visit not delivered); a decimal is rounded to whole minutes
 * @param notDeliveredReason CITIZEN_ABSENT, HOSPITALISED, CANCELLED_BY_CITIZEN or REPLACEMENT_HELP
 */
public record VisitInput(String visitId, String grantKey, String kind, String date, String startTime, String shift,
                         String minutes, String notDeliveredReason) {

    String[] fields() {
        return new String[]{nz(visitId), nz(grantKey), nz(kind), nz(date), nz(startTime), nz(shift), nz(minutes),
                nz(notDeliveredReason)};
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
