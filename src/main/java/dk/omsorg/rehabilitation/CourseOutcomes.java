package dk.omsorg.rehabilitation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Rehabilitation outcome figures (ledelsesinformation, issue 21) for the management-information pages: one
 * set-based query over the courses, their IPPA, goal states and evaluations, the citizen's home-care grants in
 * force before the course and 3 and 6 months after its end, and the settled cost. No citizen is named in the figures.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEADER','FINANCE','COORDINATOR','CASEWORKER')")
public class CourseOutcomes {

    private final JdbcClient jdbc;
    private final dk.omsorg.security.CurrentUsers users;
    private final java.time.Clock clock;

    CourseOutcomes(JdbcClient jdbc, dk.omsorg.security.CurrentUsers users, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    /** Which courses: those ending in the period (both ends optional), by provider and level (optional). */
    public record Filter(LocalDate endFrom, LocalDate endTo, Long providerId, PackageLevel level) {
        public static Filter all() {
            return new Filter(null, null, null, null);
        }
    }

    /**
     * One course's outcome.
     *
     * @param goals          the goals of its latest evaluation (the final one when filled); 0 when not evaluated
     * @param fsiiiChange    the sum of its goals' state changes (start − end; positive = improvement); null when none
     * @param minutesBefore  weekly granted minutes of the citizen's home care (the course excluded) the day before the
     *                       course started
     * @param minutesAfter3  the same 3 months after the course's end; null while that day has not come
     * @param minutesAfter6  the same 6 months after; null while that day has not come
     * @param costOre        the course grant's settled amount (monthly settlement, draft or approved runs); null when
     *                       no month with its visits has been settled
     */
    public record Outcome(long courseId, int municipalityId, Long providerId, String providerName, PackageLevel level,
                          LocalDate start, LocalDate end, boolean closed, int goals, int goalsMet, BigDecimal ippaStart,
                          BigDecimal ippaEnd, BigDecimal ippaChange, Integer fsiiiChange, Integer minutesBefore,
                          Integer minutesAfter3, Integer minutesAfter6, Long costOre) {

        /** Needs less help 3 months after: fewer weekly minutes than before; null while not known. */
        public Boolean lessHelpAfter3() {
            return minutesAfter3 == null || minutesBefore == null ? null : minutesAfter3 < minutesBefore;
        }

        public Boolean lessHelpAfter6() {
            return minutesAfter6 == null || minutesBefore == null ? null : minutesAfter6 < minutesBefore;
        }
    }

    /**
     * The figures together; a share or mean is null when no course has the figure.
     *
     * @param goalsMetShare    met goals / evaluated goals, over all the courses
     * @param lessHelpAfter3Share the share of courses 3 months past their end whose citizen needs less help
     */
    public record Aggregate(int courses, BigDecimal goalsMetShare, BigDecimal meanIppaChange, BigDecimal meanFsiiiChange,
                            BigDecimal lessHelpAfter3Share, BigDecimal lessHelpAfter6Share, Long meanCostOre) {
    }

    /** Per course, in the user's municipality, ordered by end. */
    public List<Outcome> outcomes(Filter filter) {
        Filter f = filter == null ? Filter.all() : filter;
        return jdbc.sql("""
                        with c as (
                            select c.* from rehabilitation_course c
                            where c.municipality_id = :m
                              and (cast(:endFrom as date) is null or c.end_on >= :endFrom)
                              and (cast(:endTo as date) is null or c.end_on <= :endTo)
                              and (cast(:provider as bigint) is null or c.provider_id = :provider)
                              and (cast(:level as text) is null or c.package_level = :level)),
                        days as (
                            select c.id, c.municipality_id, c.citizen_id, k.label, k.day
                            from c cross join lateral (values ('before', c.start_on - 1),
                                                              ('after3', cast(c.end_on + interval '3 months' as date)),
                                                              ('after6', cast(c.end_on + interval '6 months' as date))) k(label, day)
                            where k.day <= :today),
                        versions as (
                            -- per decision, the version in force on the day as decided by then
                            select distinct on (x.id, x.label, d.lineage_id) x.id, x.label, x.day, d.id as decision_id
                            from days x
                            join decision d on d.municipality_id = x.municipality_id and d.citizen_id = x.citizen_id
                                           and d.decided_on <= x.day
                            order by x.id, x.label, d.lineage_id, d.version_no desc),
                        minutes as (
                            select x.id, x.label, coalesce(sum(g.weekly_minutes), 0) as m
                            from days x
                            left join versions v on v.id = x.id and v.label = x.label
                            left join decision_grant g on g.decision_id = v.decision_id and not g.rehabilitation_course
                                 and g.measure = 'TIME' and g.start_on <= x.day and (g.end_on is null or g.end_on >= x.day)
                            group by x.id, x.label),
                        ev as (
                            select distinct on (e.course_id) e.id, e.course_id
                            from rehabilitation_evaluation e join c on c.id = e.course_id
                            order by e.course_id, (e.kind = 'FINAL') desc, e.due_on desc, e.id desc),
                        goals as (
                            select ev.course_id, count(*) as goals, count(*) filter (where g.met) as met
                            from ev join rehabilitation_evaluation_goal g on g.evaluation_id = ev.id group by ev.course_id),
                        ippa as (
                            select p.course_id,
                                   round(sum(p.importance * p.start_difficulty)::numeric / count(*), 2) as s,
                                   case when count(p.end_difficulty) = count(*)
                                        then round(sum(p.importance * p.end_difficulty)::numeric / count(*), 2) end as e
                            from rehabilitation_ippa_problem p join c on c.id = p.course_id group by p.course_id),
                        fsiii as (
                            select g.course_id, sum(g.start_state - g.end_state) as ch
                            from rehabilitation_goal g join c on c.id = g.course_id
                            where g.start_state is not null and g.end_state is not null group by g.course_id),
                        cost as (
                            select l.grant_key, sum(l.amount_ore) as ore
                            from settlement_line l join settlement_run r on r.id = l.run_id and r.status in ('DRAFT','APPROVED')
                            where l.municipality_id = :m and l.kind in ('PERIOD','DIFFERENCE')
                              and l.grant_key in (select grant_key from c)
                            group by l.grant_key)
                        select c.id, c.municipality_id, c.provider_id, p.name as provider_name, c.package_level, c.start_on,
                               c.end_on, c.closed_on is not null or c.end_on < :today as closed,
                               coalesce(goals.goals, 0) as goals, coalesce(goals.met, 0) as met, ippa.s, ippa.e, fsiii.ch,
                               b.m as before, a3.m as after3, a6.m as after6, cost.ore
                        from c
                        left join provider p on p.id = c.provider_id
                        left join goals on goals.course_id = c.id
                        left join ippa on ippa.course_id = c.id
                        left join fsiii on fsiii.course_id = c.id
                        left join minutes b on b.id = c.id and b.label = 'before'
                        left join minutes a3 on a3.id = c.id and a3.label = 'after3'
                        left join minutes a6 on a6.id = c.id and a6.label = 'after6'
                        left join cost on cost.grant_key = c.grant_key
                        order by c.end_on, c.id""")
                .param("m", users.current().municipalityId()).param("endFrom", f.endFrom()).param("endTo", f.endTo())
                .param("provider", f.providerId()).param("level", f.level() == null ? null : f.level().name())
                .param("today", LocalDate.now(clock))
                .query((rs, n) -> {
                    BigDecimal s = rs.getBigDecimal("s");
                    BigDecimal e = rs.getBigDecimal("e");
                    long providerId = rs.getLong("provider_id");
                    Long provider = rs.wasNull() ? null : providerId;
                    return new Outcome(rs.getLong("id"), rs.getInt("municipality_id"), provider,
                            rs.getString("provider_name"), PackageLevel.valueOf(rs.getString("package_level")),
                            rs.getDate("start_on").toLocalDate(), rs.getDate("end_on").toLocalDate(), rs.getBoolean("closed"),
                            rs.getInt("goals"), rs.getInt("met"), s, e, s == null || e == null ? null : s.subtract(e),
                            integer(rs, "ch"), integer(rs, "before"), integer(rs, "after3"), integer(rs, "after6"),
                            longOrNull(rs, "ore"));
                }).list();
    }

    /** The figures together for the filter. */
    public Aggregate aggregate(Filter filter) {
        return aggregate(outcomes(filter));
    }

    /** The figures together for courses already read. */
    public static Aggregate aggregate(List<Outcome> outcomes) {
        long goals = outcomes.stream().mapToLong(Outcome::goals).sum();
        long met = outcomes.stream().mapToLong(Outcome::goalsMet).sum();
        return new Aggregate(outcomes.size(), goals == 0 ? null : ratio(met, goals),
                mean(outcomes, Outcome::ippaChange), mean(outcomes, o -> o.fsiiiChange() == null ? null
                        : BigDecimal.valueOf(o.fsiiiChange())),
                share(outcomes, Outcome::lessHelpAfter3), share(outcomes, Outcome::lessHelpAfter6),
                outcomes.stream().map(Outcome::costOre).filter(Objects::nonNull).mapToLong(Long::longValue).boxed()
                        .reduce(Long::sum).map(sum -> sum / outcomes.stream().filter(o -> o.costOre() != null).count())
                        .orElse(null));
    }

    private static BigDecimal share(List<Outcome> outcomes, Function<Outcome, Boolean> figure) {
        List<Boolean> known = outcomes.stream().map(figure).filter(Objects::nonNull).toList();
        return known.isEmpty() ? null : ratio(known.stream().filter(Predicate.isEqual(true)).count(), known.size());
    }

    private static BigDecimal mean(List<Outcome> outcomes, Function<Outcome, BigDecimal> figure) {
        List<BigDecimal> known = outcomes.stream().map(figure).filter(Objects::nonNull).toList();
        return known.isEmpty() ? null : known.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(known.size()), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal ratio(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static Integer integer(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Long longOrNull(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
