package dk.omsorg.places;

import dk.omsorg.audit.AuditLog;
import dk.omsorg.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The interval places as seed 002 "Intervalophold i midlertidig bolig" asks to see them: "om der er en mulighed for at
 * få plads til en borger, der har behov for interval ophold, eller om der er en periode ledig til en borger, som har
 * behov for et ophold i en afgrænset periode" — per place the booked stays and the free periods (maximal runs of free
 * days), and the share of interval nights that stood empty ("det er vigtigt, at det er så få boliger som muligt … da
 * disse boliger ofte vil have perioder, hvor de står tomme"). Computed set-based in PostgreSQL: a place's open days
 * (window ∩ the unit's validity) as a multirange minus the range_agg of its stays. A stay that is not cancelled
 * takes its days, ended ones included, as place_stay's exclusion constraint does. Days are [from, to): a period's
 * last value is the move-out day, free for the next citizen; a night is counted on the day it starts.
 */
@Service
public class IntervalCalendar {

    static final String RESOURCE = "place-interval-calendar";
    /** The longest window shown at once, so one request cannot ask the database for years of places. */
    public static final int MAX_DAYS = 366;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    IntervalCalendar(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Days [from, to). */
    public record Period(LocalDate from, LocalDate to) {
        public long days() {
            return ChronoUnit.DAYS.between(from, to);
        }
    }

    /** A stay in the window: its own days (not cut to the window); {@code to} null = until further notice. */
    public record Booked(long stayId, long citizenId, String citizenName, LocalDate from, LocalDate to, String status) {
    }

    public record Place(int placeNo, List<Booked> booked, List<Period> free) {
    }

    public record Unit(String code, String name, int places, List<Place> placeList, EmptyShare emptyShare) {
    }

    /** Free nights ÷ place-nights (4 decimals); share null when the unit had no open nights in the period. */
    public record EmptyShare(long nightsFree, long placeNights, BigDecimal share) {
        public static EmptyShare of(long nightsFree, long placeNights) {
            return new EmptyShare(nightsFree, placeNights, placeNights == 0 ? null
                    : BigDecimal.valueOf(nightsFree).divide(BigDecimal.valueOf(placeNights), 4, RoundingMode.HALF_UP));
        }

        /** The share in per cent with one decimal, for people. */
        public BigDecimal percent() {
            return share == null ? null : share.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        }
    }

    public record Calendar(Period window, List<Unit> units, EmptyShare total) {
    }

    /** A citizen on the interval list, with where the stay suits best and where the citizen will not stay (names). */
    public record Eligible(long entryId, long citizenId, String citizenName, LocalDate listedOn, String purpose,
                           List<String> preferredUnits, List<String> refusedUnits, String status, int version) {
    }

    /** Refuses a window that is empty, reversed or too long (field {@code to}). */
    public static Period window(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidInputException("from", "placeInterval.window.from.required");
        }
        if (to == null || !to.isAfter(from)) {
            throw new InvalidInputException("to", "placeInterval.window.order");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new InvalidInputException("to", "placeInterval.window.tooLong", MAX_DAYS);
        }
        return new Period(from, to);
    }

    /** The municipality's interval units in the window: per place its stays and free periods, and the empty share. */
    @Transactional
    public Calendar calendar(int municipalityId, Period window) {
        Map<String, Map<Integer, List<Period>>> free = new LinkedHashMap<>();
        Map<String, Map<Integer, List<Booked>>> booked = new LinkedHashMap<>();
        List<String[]> units = jdbc.sql("""
                        select code, name, places from place_unit
                        where municipality_id = ? and listed and kind = 'INTERVAL_STAY' order by name""")
                .param(municipalityId).query((rs, n) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        jdbc.sql(FREE + " select code, place_no, lower(f), upper(f) from free, unnest(free.days) f order by code, place_no, lower(f)")
                .params(window.from(), window.to(), municipalityId, municipalityId)
                .query(rs -> {
                    free.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getInt(2), k -> new ArrayList<>())
                            .add(new Period(rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)));
                });
        List<Long> citizens = new ArrayList<>();
        jdbc.sql("""
                        select s.id, s.citizen_id, c.name, s.unit_code, s.place_no, s.from_on, s.to_on, s.status
                        from place_stay s join place_unit u on u.municipality_id = s.municipality_id and u.code = s.unit_code
                        join citizen c on c.id = s.citizen_id
                        where s.municipality_id = ? and u.kind = 'INTERVAL_STAY' and u.listed and s.status <> 'CANCELLED'
                          and daterange(s.from_on, s.to_on, '[)') && daterange(?, ?, '[)')
                        order by s.unit_code, s.place_no, s.from_on""")
                .params(municipalityId, window.from(), window.to())
                .query(rs -> {
                    citizens.add(rs.getLong(2));
                    booked.computeIfAbsent(rs.getString(4), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getInt(5), k -> new ArrayList<>())
                            .add(new Booked(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(6, LocalDate.class),
                                    rs.getObject(7, LocalDate.class), rs.getString(8)));
                });
        Map<String, EmptyShare> shares = emptyShares(municipalityId, window);
        if (!citizens.isEmpty()) {
            audit.readAll(citizens.stream().distinct().toList(), RESOURCE, window.from() + "/" + window.to());
        }
        List<Unit> result = new ArrayList<>();
        for (String[] u : units) {
            int places = Integer.parseInt(u[2]);
            List<Place> placeList = new ArrayList<>();
            for (int no = 1; no <= places; no++) {
                placeList.add(new Place(no, booked.getOrDefault(u[0], Map.of()).getOrDefault(no, List.of()),
                        free.getOrDefault(u[0], Map.of()).getOrDefault(no, List.of())));
            }
            result.add(new Unit(u[0], u[1], places, placeList, shares.getOrDefault(u[0], EmptyShare.of(0, 0))));
        }
        return new Calendar(window, result, total(shares));
    }

    /** Per interval unit code the empty share of the period; in order of name. */
    public Map<String, EmptyShare> emptyShares(int municipalityId, Period period) {
        Map<String, EmptyShare> shares = new LinkedHashMap<>();
        jdbc.sql(FREE + """
                         select code,
                                coalesce(sum((select coalesce(sum(upper(f) - lower(f)), 0) from unnest(free.days) f)), 0),
                                coalesce(sum(upper(open) - lower(open)), 0)
                         from free group by code, name order by name""")
                .params(period.from(), period.to(), municipalityId, municipalityId)
                .query(rs -> {
                    shares.put(rs.getString(1), EmptyShare.of(rs.getLong(2), rs.getLong(3)));
                });
        return shares;
    }

    public static EmptyShare total(Map<String, EmptyShare> shares) {
        return EmptyShare.of(shares.values().stream().mapToLong(EmptyShare::nightsFree).sum(),
                shares.values().stream().mapToLong(EmptyShare::placeNights).sum());
    }

    /**
     * Per listed interval place: {@code open} (the window ∩ the unit's validity, empty when none) and {@code days}
     * (the open days no stay takes, as a multirange). Parameters: window from, window to, municipality, municipality.
     */
    private static final String FREE = """
            with unit as (
                select code, name, places,
                       daterange(valid_from, valid_to + 1, '[)') * daterange(?, ?, '[)') as open
                from place_unit where municipality_id = ? and listed and kind = 'INTERVAL_STAY'
            ), place as (
                select u.code, u.name, p.place_no, u.open from unit u, generate_series(1, u.places) p(place_no)
                where not isempty(u.open)
            ), taken as (
                select p.code, p.place_no, range_agg(daterange(s.from_on, s.to_on, '[)') * p.open) as days
                from place p join place_stay s on s.unit_code = p.code and s.place_no = p.place_no
                where s.municipality_id = ? and s.status <> 'CANCELLED' and daterange(s.from_on, s.to_on, '[)') && p.open
                group by p.code, p.place_no
            ), free as (
                select p.code, p.name, p.place_no, p.open,
                       datemultirange(p.open) - coalesce(t.days, '{}'::datemultirange) as days
                from place p left join taken t on t.code = p.code and t.place_no = p.place_no
            )""";

    /** The live entries of the interval list, oldest list date first, with unit names for the codes. */
    @Transactional
    public List<Eligible> eligible(int municipalityId) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select code, name from place_unit where municipality_id = ?").param(municipalityId)
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        List<Eligible> list = jdbc.sql("""
                        select e.id, e.citizen_id, c.name, e.listed_on, e.purpose, e.preferred_units, e.refused_units,
                               e.status, e.version
                        from place_list_entry e join citizen c on c.id = e.citizen_id
                        where e.municipality_id = ? and e.list = 'INTERVAL_STAY' and e.status in ('WAITING','OFFERED')
                        order by e.listed_on, e.id""")
                .param(municipalityId)
                .query((rs, n) -> new Eligible(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), named(rs.getArray(6), names),
                        named(rs.getArray(7), names), rs.getString(8), rs.getInt(9)))
                .list();
        if (!list.isEmpty()) {
            audit.readAll(list.stream().map(Eligible::citizenId).distinct().toList(), RESOURCE, "venteliste");
        }
        return list;
    }

    private static List<String> named(Array codes, Map<String, String> names) throws SQLException {
        return Arrays.stream((String[]) codes.getArray()).map(c -> names.getOrDefault(c, c)).toList();
    }
}
