package dk.omsorg.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The best SQL we could write by hand for each management page's figures over the whole municipality (no filters), to
 * time the pages' generic, filtered statements against. The activity figures as three plain statements — granted as
 * known then, granted now (the CURRENT decisions need no "current then" test), and one pass over the visits — merged
 * in Java; the deadline figures as one plain statement per part. Results are keyed lines, compared for equality.
 */
final class HandWrittenManagement {

    private HandWrittenManagement() {
    }

    private static final String GRANTED = """
            with r as (
                select d.citizen_id, CURRENT as current_then, g.id, g.grant_key, g.version_no, g.effective_from,
                       g.weekly_minutes, g.start_on, g.end_on, g.provider_id
                from decision d join decision_grant g on g.decision_id = d.id
                KNOWN_JOIN
                where d.municipality_id = :m KNOWN
            ),
            gr as (
                select distinct on (grant_key) grant_key, citizen_id, start_on, end_on, provider_id
                from r where current_then order by grant_key, version_no desc, id desc
            ),
            ver as (
                select grant_key, weekly_minutes, effective_from as first_day,
                       lead(effective_from) over (partition by grant_key order by version_no) - 1 as last_day
                from (select distinct on (grant_key, version_no) grant_key, version_no, effective_from, weekly_minutes
                      from r order by grant_key, version_no, id desc) x
            ),
            sw as (
                select grant_key, new_provider_id, effective_from,
                       lead(effective_from) over (partition by grant_key order by effective_from, id) - 1 as last_day,
                       min(effective_from) over (partition by grant_key) as first_switch
                from provider_switch where municipality_id = :m SWITCH_KNOWN
            ),
            seg as (
                select gr.grant_key, gr.provider_id, gr.start_on as first_day, f.first_switch - 1 as last_day
                from gr left join (select distinct grant_key, first_switch from sw) f on f.grant_key = gr.grant_key
                union all
                select grant_key, new_provider_id, effective_from, last_day from sw
            ),
            piece as (
                select seg.provider_id, gr.citizen_id, v.weekly_minutes,
                       greatest(gr.start_on, v.first_day, seg.first_day, cast(:from as date)) as first_day,
                       least(coalesce(gr.end_on, cast(:to as date)), coalesce(v.last_day, cast(:to as date)),
                             coalesce(seg.last_day, cast(:to as date)), cast(:to as date)) as last_day
                from gr join ver v using (grant_key) join seg using (grant_key)
                where gr.start_on <= :to and (gr.end_on is null or gr.end_on >= :from)
            )
            select cast(mo as date) as month, p.provider_id, coalesce(c.district, '') as district,
                   sum(p.weekly_minutes * (least(p.last_day, cast(mo + interval '1 month' - interval '1 day' as date))
                       - greatest(p.first_day, cast(mo as date)) + 1)) / 7.0 as minutes
            from piece p join citizen c on c.id = p.citizen_id
            join generate_series(cast(:from as date), cast(:to as date), interval '1 month') mo
              on cast(mo as date) <= p.last_day and cast(mo + interval '1 month' - interval '1 day' as date) >= p.first_day
            where p.last_day >= p.first_day
            group by 1, 2, 3""";

    /** Keyed lines "month|provider|district" → [granted then, granted now, planned then, now, delivered then, now]. */
    static Map<String, List<BigDecimal>> activity(JdbcClient jdbc, int m, LocalDate from, LocalDate to, OffsetDateTime cut) {
        Map<String, BigDecimal[]> lines = new TreeMap<>();
        String then = GRANTED.replace("CURRENT as current_then", "(d.superseded_by_decision_id is null or s.created_at >= :cut) as current_then")
                .replace("SWITCH_KNOWN", "and created_at < :cut")
                .replace("KNOWN_JOIN", "left join decision s on s.id = d.superseded_by_decision_id")
                .replace("KNOWN", "and d.created_at < :cut");
        String now = GRANTED.replace("CURRENT as current_then", "d.status = 'CURRENT' as current_then")
                .replace("SWITCH_KNOWN", "").replace("KNOWN_JOIN", "").replace("KNOWN", "");
        int column = 0;
        for (String sql : List.of(then, now)) {
            int c = column++;
            var statement = jdbc.sql(sql).param("m", m).param("from", from).param("to", to);
            if (sql.contains(":cut")) {
                statement = statement.param("cut", cut);
            }
            statement.query((rs, n) -> {
                line(lines, rs.getObject(1, LocalDate.class), rs.getObject(2, Long.class), rs.getString(3))[c] =
                        rs.getBigDecimal(4);
                return null;
            }).list();
        }
        jdbc.sql("""
                        select cast(date_trunc('month', v.visit_date) as date), v.provider_id, coalesce(c.district, ''),
                               sum(v.minutes) filter (where v.kind = 'PLANNED' and v.created_at < :cut),
                               sum(v.minutes) filter (where v.kind = 'PLANNED'),
                               sum(v.minutes) filter (where v.kind = 'DELIVERED' and v.not_delivered_reason is null and v.created_at < :cut),
                               sum(v.minutes) filter (where v.kind = 'DELIVERED' and v.not_delivered_reason is null)
                        from visit v join citizen c on c.id = v.citizen_id
                        where v.municipality_id = :m and v.visit_date between :from and :to
                        group by 1, 2, 3""")
                .param("m", m).param("from", from).param("to", to).param("cut", cut)
                .query((rs, n) -> {
                    BigDecimal[] l = line(lines, rs.getObject(1, LocalDate.class), rs.getObject(2, Long.class), rs.getString(3));
                    for (int i = 0; i < 4; i++) {
                        l[2 + i] = rs.getBigDecimal(4 + i);
                    }
                    return null;
                }).list();
        Map<String, List<BigDecimal>> result = new TreeMap<>();
        lines.forEach((k, v) -> result.put(k, normal(v)));
        return result;
    }

    private static BigDecimal[] line(Map<String, BigDecimal[]> lines, LocalDate month, Long provider, String district) {
        return lines.computeIfAbsent(month + "|" + provider + "|" + district, k -> new BigDecimal[6]);
    }

    /** Nulls as 0, two decimals: the page's and the hand-written lines compare equal when the figures are. */
    static List<BigDecimal> normal(BigDecimal... values) {
        return java.util.Arrays.stream(values).map(v -> (v == null ? BigDecimal.ZERO : v).setScale(2, RoundingMode.HALF_UP))
                .toList();
    }

    /** The deadline figures as keyed lines "part|month|group|measure" → count (zero counts left out). */
    static Map<String, Long> deadlines(JdbcClient jdbc, int m, LocalDate from, LocalDate to, LocalDate today) {
        Map<String, Long> lines = new TreeMap<>();
        jdbc.sql("""
                        select i.legal_basis, cast(date_trunc('month', i.received_at at time zone 'Europe/Copenhagen') as date),
                               count(*) filter (where f.decided_on <= i.deadline),
                               count(*) filter (where f.decided_on > i.deadline),
                               count(*) filter (where f.decided_on is null and i.status <> 'CLOSED' and i.deadline < :today),
                               count(*) filter (where f.decided_on is null and i.status <> 'CLOSED' and i.deadline >= :today)
                        from inquiry i
                        left join (select inquiry_id, min(decided_on) as decided_on from decision
                                   where municipality_id = :m and inquiry_id is not null group by 1) f on f.inquiry_id = i.id
                        where i.municipality_id = :m
                          and i.received_at >= (cast(:from as date) + time '00:00') at time zone 'Europe/Copenhagen'
                          and i.received_at < (cast(:to as date) + 1 + time '00:00') at time zone 'Europe/Copenhagen'
                        group by 1, 2""")
                .param("m", m).param("from", from).param("to", to).param("today", today)
                .query((rs, n) -> {
                    String key = "PROCESSING|" + rs.getObject(2, LocalDate.class) + "|" + rs.getString(1) + "|";
                    put(lines, key + "ON_TIME", rs.getLong(3));
                    put(lines, key + "LATE", rs.getLong(4));
                    put(lines, key + "OPEN_OVERDUE", rs.getLong(5));
                    put(lines, key + "OPEN_WITHIN", rs.getLong(6));
                    return null;
                }).list();
        jdbc.sql("""
                        select p.name, cast(date_trunc('month', gs.due_on) as date), count(*),
                               count(*) filter (where coalesce((select min(v.visit_date) from visit v
                                                                where v.municipality_id = :m and v.grant_key = gs.grant_key
                                                                  and v.provider_id = gs.provider_id and v.visit_date >= gs.grant_start_on
                                                                  and v.kind = 'DELIVERED' and v.not_delivered_reason is null),
                                                               :today) > gs.due_on)
                        from grant_start gs join provider p on p.id = gs.provider_id
                        where gs.municipality_id = :m and not gs.cancelled and gs.due_on between :from and :to
                        group by 1, 2""")
                .param("m", m).param("from", from).param("to", to).param("today", today)
                .query((rs, n) -> {
                    String key = "START|" + rs.getObject(2, LocalDate.class) + "|" + rs.getString(1) + "|";
                    put(lines, key + "DUE", rs.getLong(3));
                    put(lines, key + "BREACHED", rs.getLong(4));
                    return null;
                }).list();
        jdbc.sql("""
                        select cast(date_trunc('month', due_on) as date), count(*) from follow_up
                        where municipality_id = :m and status = 'OPEN' and due_on < :today and due_on between :from and :to
                        group by 1""")
                .param("m", m).param("from", from).param("to", to).param("today", today)
                .query((rs, n) -> put(lines, "FOLLOW_UP|" + rs.getObject(1, LocalDate.class) + "||OPEN_OVERDUE", rs.getLong(2)))
                .list();
        for (String[] e : new String[][]{{"RAISED", "raised_at"}, {"RESOLVED", "resolved_at"}}) {
            jdbc.sql("select cast(date_trunc('month', " + e[1] + " at time zone 'Europe/Copenhagen') as date), count(*) "
                            + "from reassessment_flag where municipality_id = :m and " + e[1]
                            + " >= (cast(:from as date) + time '00:00') at time zone 'Europe/Copenhagen' and " + e[1]
                            + " < (cast(:to as date) + 1 + time '00:00') at time zone 'Europe/Copenhagen' group by 1")
                    .param("m", m).param("from", from).param("to", to)
                    .query((rs, n) -> put(lines, "FLAG|" + rs.getObject(1, LocalDate.class) + "||" + e[0], rs.getLong(2)))
                    .list();
        }
        return lines;
    }

    private static Object put(Map<String, Long> lines, String key, long n) {
        if (n != 0) {
            lines.merge(key, n, Long::sum);
        }
        return null;
    }

    /** The special cases' cost as keyed lines "month|provider" → [cases, cost in øre], by daterange intersection. */
    static Map<String, List<Long>> specialCases(JdbcClient jdbc, int m, LocalDate from, LocalDate to) {
        Map<String, List<Long>> lines = new TreeMap<>();
        jdbc.sql("""
                        with n as (
                            select f.special_case_id, f.provider_id, f.cost_after_ore,
                                   daterange(f.effective_on, lead(f.effective_on) over w, '[)') as in_force
                            from special_case_finance_notice f where f.municipality_id = :m
                            window w as (partition by f.special_case_id order by f.effective_on, f.id)
                        )
                        select lower(mo.r), n.provider_id,
                               count(distinct n.special_case_id) filter (where n.cost_after_ore > 0),
                               round(sum(n.cost_after_ore * (upper(n.in_force * mo.r) - lower(n.in_force * mo.r))
                                         / (upper(mo.r) - lower(mo.r) + 0.0)))
                        from n join (select daterange(cast(d as date), cast(d + interval '1 month' as date), '[)') as r
                                     from generate_series(cast(:from as date), cast(:to as date), interval '1 month') d) mo
                          on n.in_force && mo.r
                        group by 1, 2""")
                .param("m", m).param("from", from).param("to", to)
                .query((rs, n) -> lines.put(rs.getObject(1, LocalDate.class) + "|" + rs.getObject(2, Long.class),
                        List.of(rs.getLong(3), rs.getLong(4))))
                .list();
        return lines;
    }
}
