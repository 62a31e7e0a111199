package dk.omsorg.daylist;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** One provider's planned visits for some days, by district, then citizen, as printed for an outage. */
public record DayList(String providerName, LocalDate from, LocalDate to, List<District> districts) {

    public record District(String name, List<CitizenVisits> citizens) {
    }

    /** A citizen with what the staff need at the door and the visits of the days. */
    public record CitizenVisits(long citizenId, String name, String address, String phone, String homeAccess,
                                List<Contact> contacts, List<Visit> visits) {
    }

    /** A relative or other contact to call (relation as its message key). */
    public record Contact(String name, String relation, String phone) {
    }

    /** A planned visit; {@code start} null when only the shift is planned. */
    public record Visit(LocalDate day, LocalTime start, String shift, int minutes, String intervention) {
    }

    public int visitCount() {
        return districts.stream().flatMap(d -> d.citizens().stream()).mapToInt(c -> c.visits().size()).sum();
    }
}
