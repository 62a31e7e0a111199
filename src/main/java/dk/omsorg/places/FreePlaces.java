package dk.omsorg.places;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which places of a unit are free for days [from, to) (to null = until further notice): not booked by a stay that is
 * not cancelled, and not held by an open offer. For a clear error before booking; the exclusion constraints of
 * place_stay (V49) still guard the booking itself.
 */
@Component
public class FreePlaces {

    private final JdbcClient jdbc;

    FreePlaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The place numbers taken on at least one of the days; {@code exceptOffer} is left out (the offer being accepted). */
    public Set<Integer> taken(int municipalityId, String unitCode, LocalDate from, LocalDate to, Long exceptOffer) {
        List<Integer> taken = jdbc.sql("""
                        select place_no from place_stay where municipality_id = ? and unit_code = ? and status <> 'CANCELLED'
                            and daterange(from_on, to_on, '[)') && daterange(?, ?, '[)')
                        union
                        select place_no from place_offer where municipality_id = ? and unit_code = ? and status = 'OFFERED'
                            and id <> ? and daterange(from_on, to_on, '[)') && daterange(?, ?, '[)')""")
                .params(municipalityId, unitCode, from, to, municipalityId, unitCode, exceptOffer == null ? -1L : exceptOffer,
                        from, to)
                .query(Integer.class).list();
        return new HashSet<>(taken);
    }

    public boolean isFree(int municipalityId, String unitCode, int placeNo, LocalDate from, LocalDate to, Long exceptOffer) {
        return !taken(municipalityId, unitCode, from, to, exceptOffer).contains(placeNo);
    }

    /** The lowest free place number of a unit with {@code places} places for the days, if any. */
    public Optional<Integer> firstFree(int municipalityId, PlaceUnit unit, LocalDate from, LocalDate to) {
        Set<Integer> taken = taken(municipalityId, unit.code(), from, to, null);
        for (int no = 1; no <= unit.places(); no++) {
            if (!taken.contains(no)) {
                return Optional.of(no);
            }
        }
        return Optional.empty();
    }
}
