package dk.omsorg.places;

import dk.omsorg.shared.ConflictException;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Books a place for a citizen as a planned stay: the one way any part of the module (an accepted offer, a booked
 * interval period) puts a row into place_stay. Double booking is refused by the database's exclusion constraints
 * (V49), never by check-then-insert, so two caseworkers booking the same place at the same moment get one stay and
 * one Danish error. The caller owns the transaction and the audit.
 */
@Component
public class StayBooking {

    private final JdbcClient jdbc;
    private final Clock clock;

    StayBooking(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A planned stay in place {@code placeNo} of a unit for days [from, to); to null = until further notice. */
    public record Booking(int municipalityId, long citizenId, String unitCode, int placeNo, LocalDate from, LocalDate to,
                          Long offerId, Long entryId) {
    }

    /**
     * @return the new stay's id
     * @throws ConflictException {@code place.stay.doubleBooked} when the place is taken on one of the days,
     *                           {@code place.stay.citizenElsewhere} when the citizen stays elsewhere then
     */
    public long plan(Booking b, String username) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        try {
            return jdbc.sql("""
                            insert into place_stay (municipality_id, citizen_id, unit_code, place_no, offer_id, entry_id, from_on,
                                to_on, status, created_at, created_by, modified_at, modified_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?, ?, ?) returning id""")
                    .params(b.municipalityId(), b.citizenId(), b.unitCode(), b.placeNo(), b.offerId(), b.entryId(), b.from(),
                            b.to(), now, username, now, username)
                    .query(Long.class).single();
        } catch (DataIntegrityViolationException e) {
            throw refusal(e);
        }
    }

    /** Maps a refusal by place_stay's exclusion constraints to its Danish error; any other violation is rethrown. */
    public static RuntimeException refusal(DataIntegrityViolationException e) {
        String constraint = e.getMostSpecificCause() instanceof PSQLException p && p.getServerErrorMessage() != null
                ? p.getServerErrorMessage().getConstraint() : null;
        if ("place_stay_no_double_booking".equals(constraint)) {
            return new ConflictException("place.stay.doubleBooked");
        }
        if ("place_stay_one_place_per_citizen".equals(constraint)) {
            return new ConflictException("place.stay.citizenElsewhere");
        }
        return e;
    }
}
