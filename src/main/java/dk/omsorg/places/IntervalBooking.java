package dk.omsorg.places;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Books a free period of an interval place for a citizen (seed 002 "Intervalophold i midlertidig bolig": a free
 * period can be given "til en borger, som har behov for et ophold i en afgrænset periode"): a citizen on the interval
 * list, or one on the temporary-stay list who needs a single stay of limited length. The stay is planned through
 * {@link StayBooking}, so a period that is no longer free is refused by the database's exclusion constraint.
 * The interval entry stays on its list (interval stays recur); a temporary-stay entry is placed by the booking.
 */
@Service
public class IntervalBooking {

    static final String RESOURCE = "place-interval-booking";

    private final JdbcClient jdbc;
    private final StayBooking stays;
    private final AuditLog audit;
    private final Clock clock;

    IntervalBooking(JdbcClient jdbc, StayBooking stays, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.stays = stays;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param entryId      the citizen's live entry on the interval or temporary-stay list
     * @param entryVersion the entry's version as the caller saw it (a stale one is a conflict)
     * @param to           the move-out day (exclusive; required: an interval stay is of limited length)
     */
    public record Request(Long entryId, Integer entryVersion, String unitCode, Integer placeNo, LocalDate from, LocalDate to) {
    }

    /** A citizen who can be given a free period: the entry, the list it is on and its version. */
    public record Candidate(long entryId, long citizenId, String citizenName, WaitingList list, LocalDate listedOn, int version) {
    }

    private record Entry(long id, long citizenId, WaitingList list, String status, int version, List<String> refused) {
    }

    /** Books the period; the new stay's id. Nothing is stored when any check fails. */
    @Transactional
    public long book(int municipalityId, Request r, String username) {
        List<Violation> problems = new ArrayList<>();
        if (r.entryId() == null) {
            problems.add(new Violation("entryId", "placeInterval.entry.required"));
        }
        if (r.unitCode() == null || r.unitCode().isBlank()) {
            problems.add(new Violation("unitCode", "placeInterval.unit.required"));
        }
        if (r.entryVersion() == null) {
            problems.add(new Violation("entryVersion", "placeInterval.entryVersion.required"));
        }
        if (r.placeNo() == null) {
            problems.add(new Violation("placeNo", "placeInterval.place.required"));
        }
        if (r.from() == null) {
            problems.add(new Violation("from", "placeInterval.from.required"));
        }
        if (r.to() == null) {
            problems.add(new Violation("to", "placeInterval.to.required"));
        } else if (r.from() != null && !r.to().isAfter(r.from())) {
            problems.add(new Violation("to", "placeInterval.to.notAfterFrom"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PlaceUnit unit = jdbc.sql("""
                        select code, name, kind, places, district, valid_from, valid_to from place_unit
                        where municipality_id = ? and code = ? and listed and kind = 'INTERVAL_STAY'""")
                .params(municipalityId, r.unitCode().strip())
                .query((rs, n) -> new PlaceUnit(rs.getString(1), rs.getString(2), PlaceKind.valueOf(rs.getString(3)),
                        rs.getInt(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), List.of()))
                .optional()
                .orElseThrow(() -> new InvalidInputException("unitCode", "placeInterval.unit.unknown"));
        if (r.placeNo() < 1 || r.placeNo() > unit.places()) {
            throw new InvalidInputException("placeNo", "placeInterval.place.unknown", unit.name(), unit.places());
        }
        // the last night is the day before the move-out day; both ends must lie in the unit's validity
        if (!unit.inForceOn(r.from()) || !unit.inForceOn(r.to().minusDays(1))) {
            throw new InvalidInputException("from", unit.validTo() == null ? "placeInterval.period.outsideFrom"
                    : "placeInterval.period.outside", unit.name(), dk(unit.validFrom()),
                    unit.validTo() == null ? "" : dk(unit.validTo()));
        }
        Entry entry = jdbc.sql("""
                        select id, citizen_id, list, status, version, refused_units from place_list_entry
                        where id = ? and municipality_id = ? and status in ('WAITING','OFFERED')
                          and list in ('INTERVAL_STAY','TEMPORARY_STAY') for update""")
                .params(r.entryId(), municipalityId)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getLong(2), WaitingList.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getInt(5), Arrays.asList((String[]) rs.getArray(6).getArray())))
                .optional()
                .orElseThrow(() -> new InvalidInputException("entryId", "placeInterval.entry.notListed"));
        if (r.entryVersion() != entry.version()) {
            throw new ConflictException("placeInterval.entry.stale");
        }
        if (entry.refused().contains(unit.code())) {
            throw new InvalidInputException("unitCode", "placeInterval.unit.refused", unit.name());
        }
        if (entry.list() == WaitingList.TEMPORARY_STAY && !"WAITING".equals(entry.status())) {
            throw new InvalidInputException("entryId", "placeInterval.entry.openOffer");
        }
        long stayId = stays.plan(new StayBooking.Booking(municipalityId, entry.citizenId(), unit.code(), r.placeNo(),
                r.from(), r.to(), null, entry.id()), username);
        Timestamp now = Timestamp.from(Instant.now(clock));
        String status = entry.list() == WaitingList.TEMPORARY_STAY ? "PLACED" : entry.status();
        jdbc.sql("""
                        update place_list_entry set status = ?, modified_at = ?, modified_by = ?, version = version + 1
                        where id = ?""")
                .params(status, now, username, entry.id()).update();
        audit.changed(AuditAction.CREATE, entry.citizenId(), RESOURCE, stayId, "intervalophold booket: " + unit.name()
                + ", plads " + r.placeNo() + ", " + dk(r.from()) + "–" + dk(r.to()));
        return stayId;
    }

    /** The citizens a free period can be given to: the live interval entries and the waiting temporary-stay ones. */
    public List<Candidate> candidates(int municipalityId) {
        return jdbc.sql("""
                        select e.id, e.citizen_id, c.name, e.list, e.listed_on, e.version
                        from place_list_entry e join citizen c on c.id = e.citizen_id
                        where e.municipality_id = ? and ((e.list = 'INTERVAL_STAY' and e.status in ('WAITING','OFFERED'))
                                                         or (e.list = 'TEMPORARY_STAY' and e.status = 'WAITING'))
                        order by e.list, c.name, e.id""")
                .param(municipalityId)
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        WaitingList.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getInt(6)))
                .list();
    }

    private static String dk(LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }
}
