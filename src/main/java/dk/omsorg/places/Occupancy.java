package dk.omsorg.places;

import dk.omsorg.audit.AuditLog;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Occupancy per unit and day (issue 19, after eVaka's day-by-day occupancy): the places in force, occupied (a stay
 * the citizen lives in or lived in on the day: STAYING or ENDED), booked (PLANNED) and free = places − both. One
 * set-based query over generate_series. And for the temporary-stay list's "Indlagte, der er færdigbehandlede" the
 * days each citizen has waited in hospital: until today, or until the move-in once placed.
 */
@Service
@Transactional
public class Occupancy {

    /** The longest period asked for at once. */
    static final int MAX_DAYS = 366;
    /**
     * The priority class of places.yaml for citizens in hospital ready for discharge (seed 002: "Indlagte, der er
     * færdigbehandlede"); the waits are kept for entries with this class and a day in hospital since.
     */
    static final String HOSPITAL_DISCHARGE_READY = "HOSPITAL_DISCHARGE_READY";
    static final String WAIT_RESOURCE = "place-hospital-wait";

    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    Occupancy(JdbcClient jdbc, CurrentUsers users, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public record Day(LocalDate day, int places, int occupied, int booked, int free) {
    }

    public record HospitalWait(long entryId, long citizenId, String citizenName, LocalDate listedOn,
                               LocalDate inHospitalSince, LocalDate movedInOn, int days) {
        public boolean placed() {
            return movedInOn != null;
        }
    }

    /** The unit's figures for each day from {@code from} to {@code to}, both included. */
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER','LEADER','SUPERVISOR','FINANCE')")
    public List<Day> perDay(String unitCode, LocalDate from, LocalDate to) {
        List<Violation> violations = new ArrayList<>();
        if (from == null) {
            violations.add(new Violation("from", "place.occupancy.from.required"));
        }
        if (to == null) {
            violations.add(new Violation("to", "place.occupancy.to.required"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(new Violation("to", "place.occupancy.to.beforeFrom", from, to));
        } else if (from != null && to != null && ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            violations.add(new Violation("to", "place.occupancy.tooLong", MAX_DAYS));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        int municipality = users.current().municipalityId();
        if (jdbc.sql("select count(*) from place_unit where municipality_id = ? and code = ?").params(municipality, unitCode)
                .query(Integer.class).single() == 0) {
            throw new NotFoundException("place.unit.notFound");
        }
        return jdbc.sql("""
                        select d.day, f.places, f.occupied, f.booked, f.places - f.occupied - f.booked as free
                        from place_unit u
                        cross join lateral (select gs::date as day
                                            from generate_series(cast(? as date), cast(? as date), interval '1 day') gs) d
                        cross join lateral (
                            select case when d.day >= u.valid_from and (u.valid_to is null or d.day <= u.valid_to)
                                        then u.places else 0 end as places,
                                   count(*) filter (where s.status in ('STAYING','ENDED')) as occupied,
                                   count(*) filter (where s.status = 'PLANNED') as booked
                            from place_stay s
                            where s.municipality_id = u.municipality_id and s.unit_code = u.code
                              and s.status <> 'CANCELLED' and s.from_on <= d.day and (s.to_on is null or s.to_on > d.day)) f
                        where u.municipality_id = ? and u.code = ?
                        order by d.day""")
                .params(from, to, municipality, unitCode)
                .query((rs, n) -> new Day(rs.getObject("day", LocalDate.class), rs.getInt("places"), rs.getInt("occupied"),
                        rs.getInt("booked"), rs.getInt("free")))
                .list();
    }

    /**
     * The citizens on the temporary-stay list as "Indlagte, der er færdigbehandlede" with the days they waited in
     * hospital; those still waiting first, longest wait first. Removed entries are left out. Audited as a read.
     */
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER','LEADER','SUPERVISOR')")
    public List<HospitalWait> hospitalWaits() {
        LocalDate today = LocalDate.now(clock.withZone(DanishTime.ZONE));
        List<HospitalWait> waits = jdbc.sql("""
                        select e.id, e.citizen_id, c.name, e.listed_on, e.in_hospital_since, m.moved_in,
                               coalesce(m.moved_in, cast(? as date)) - e.in_hospital_since as days
                        from place_list_entry e
                        join citizen c on c.id = e.citizen_id
                        left join lateral (select min(s.from_on) as moved_in from place_stay s
                                           where s.entry_id = e.id and s.status in ('STAYING','ENDED')) m on true
                        where e.municipality_id = ? and e.priority_class = ? and e.in_hospital_since is not null
                          and e.status <> 'REMOVED'
                        order by m.moved_in is not null, days desc, e.id""")
                .params(today, users.current().municipalityId(), HOSPITAL_DISCHARGE_READY)
                .query((rs, n) -> new HospitalWait(rs.getLong("id"), rs.getLong("citizen_id"), rs.getString("name"),
                        rs.getObject("listed_on", LocalDate.class), rs.getObject("in_hospital_since", LocalDate.class),
                        rs.getObject("moved_in", LocalDate.class), rs.getInt("days")))
                .list();
        if (!waits.isEmpty()) {
            audit.readAll(waits.stream().map(HospitalWait::citizenId).distinct().toList(), WAIT_RESOURCE, null);
        }
        return waits;
    }
}
