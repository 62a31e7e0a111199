package dk.omsorg.daylist;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One provider's visits for an outage list, by district, then citizen: the days before {@code first} as they went
 * (delivered, not delivered, or not yet reported) and the planned visits from {@code first} to {@code to}.
 *
 * @param district the district the list is for; null for all the provider's districts
 */
public record DayList(String providerName, LocalDate first, LocalDate from, LocalDate to, String district,
                      List<District> districts) {

    public record District(String code, String name, List<CitizenVisits> citizens) {
    }

    /** A citizen with what the staff need at the door and the visits of the days. */
    public record CitizenVisits(long citizenId, String name, String address, String phone, String homeAccess,
                                List<Contact> contacts, List<Visit> visits) {
    }

    /** A relative or other contact to call (relation as its message key). */
    public record Contact(String name, String relation, String phone) {
    }

    /**
     * A visit; {@code start} null when only the shift is planned. {@code status} is the message key of how a visit of
     * the days before the first went (null for the days ahead).
     */
    public record Visit(LocalDate day, LocalTime start, String shift, int minutes, String intervention, String status) {
    }

    public int visitCount() {
        return districts.stream().flatMap(d -> d.citizens().stream()).mapToInt(c -> c.visits().size()).sum();
    }

    /** Whether the list holds days before the first (the rule's days back). */
    public boolean hasDaysBack() {
        return from.isBefore(first);
    }

    public List<Long> citizenIds() {
        return districts.stream().flatMap(d -> d.citizens().stream()).map(CitizenVisits::citizenId).toList();
    }
}
