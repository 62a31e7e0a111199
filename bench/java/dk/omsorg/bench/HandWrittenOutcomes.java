package dk.omsorg.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The best single statement we could write for the outcome figures per course, written apart from
 * {@code CourseOutcomes}: the help in force on a day is found per course and day with a lateral join over the
 * citizen's decision versions decided by then (the latest version of each decision), the IPPA and goal figures with
 * correlated aggregates.
 */
final class HandWrittenOutcomes {

    private HandWrittenOutcomes() {
    }

    /** The weekly minutes of the citizen's home care in force on day X (the course grants left out). */
    private static final String HELP = """
            (select coalesce(sum(g.weekly_minutes), 0) from decision d join decision_grant g on g.decision_id = d.id
             where d.municipality_id = c.municipality_id and d.citizen_id = c.citizen_id and d.decided_on <= X
               and not exists (select 1 from decision d2 where d2.lineage_id = d.lineage_id and d2.decided_on <= X
                               and d2.version_no > d.version_no)
               and not g.rehabilitation_course and g.measure = 'TIME' and g.start_on <= X
               and (g.end_on is null or g.end_on >= X))""";

    static List<String> lines(JdbcClient jdbc, int municipalityId, LocalDate today) {
        String after3 = "cast(c.end_on + interval '3 months' as date)";
        String after6 = "cast(c.end_on + interval '6 months' as date)";
        return jdbc.sql("""
                        select c.id, c.provider_id, c.package_level, c.closed_on is not null or c.end_on < :today as closed,
                               coalesce(eg.goals, 0) as goals, coalesce(eg.met, 0) as met, ip.s, ip.e, fs.ch,
                               BEFORE as before,
                               case when AFTER3DAY <= :today then AFTER3 end as after3,
                               case when AFTER6DAY <= :today then AFTER6 end as after6,
                               (select sum(l.amount_ore) from settlement_line l join settlement_run r on r.id = l.run_id
                                where l.municipality_id = c.municipality_id and l.grant_key = c.grant_key
                                  and r.status in ('DRAFT','APPROVED') and l.kind in ('PERIOD','DIFFERENCE')) as ore
                        from rehabilitation_course c
                        left join lateral (
                            select count(*) as goals, count(*) filter (where eg.met) as met
                            from rehabilitation_evaluation_goal eg
                            where eg.evaluation_id = (select e.id from rehabilitation_evaluation e where e.course_id = c.id
                                                      order by e.kind = 'FINAL' desc, e.due_on desc, e.id desc limit 1)) eg on true
                        left join lateral (
                            select round(sum(p.importance * p.start_difficulty)::numeric / count(*), 2) as s,
                                   case when count(p.end_difficulty) = count(*)
                                        then round(sum(p.importance * p.end_difficulty)::numeric / count(*), 2) end as e
                            from rehabilitation_ippa_problem p where p.course_id = c.id having count(*) > 0) ip on true
                        left join lateral (
                            select sum(g.start_state - g.end_state) as ch from rehabilitation_goal g
                            where g.course_id = c.id and g.start_state is not null and g.end_state is not null
                            having count(*) > 0) fs on true
                        where c.municipality_id = :m
                        order by c.end_on, c.id"""
                        .replace("BEFORE", HELP.replace("X", "(c.start_on - 1)"))
                        .replace("AFTER3DAY", after3).replace("AFTER6DAY", after6)
                        .replace("AFTER3", HELP.replace("X", after3)).replace("AFTER6", HELP.replace("X", after6)))
                .param("m", municipalityId).param("today", today)
                .query((rs, n) -> line(rs.getLong("id"), (Long) rs.getObject("provider_id"), rs.getString("package_level"),
                        rs.getBoolean("closed"), rs.getInt("goals"), rs.getInt("met"), rs.getBigDecimal("s"),
                        rs.getBigDecimal("e"), (Integer) (rs.getObject("ch") == null ? null : ((Number) rs.getObject("ch")).intValue()),
                        integer(rs.getObject("before")), integer(rs.getObject("after3")), integer(rs.getObject("after6")),
                        rs.getObject("ore") == null ? null : ((Number) rs.getObject("ore")).longValue()))
                .list();
    }

    static String line(long id, Long provider, String level, boolean closed, int goals, int met, BigDecimal ippaStart,
                       BigDecimal ippaEnd, Integer fsiii, Integer before, Integer after3, Integer after6, Long ore) {
        return id + "|" + provider + "|" + level + "|" + closed + "|" + goals + "/" + met + "|" + plain(ippaStart) + "|"
                + plain(ippaEnd) + "|" + fsiii + "|" + before + "|" + after3 + "|" + after6 + "|" + ore;
    }

    private static String plain(BigDecimal d) {
        return d == null ? "null" : d.stripTrailingZeros().toPlainString();
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }
}
