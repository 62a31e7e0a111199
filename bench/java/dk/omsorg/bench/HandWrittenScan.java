package dk.omsorg.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The benchmark's yardstick for the reassessment scan: the best single SQL query we could write by hand for the same
 * result as {@code ReassessmentScan} — every current grant outside the municipality's rule, with its latest episode
 * lasting more than the minimum (the rule's reading is {@code dk.omsorg.delivery.ReassessmentRule}'s; which days count is
 * {@code ScanSql}'s javadoc). It returns the flags' figures instead of writing flags.
 *
 * <p>Hand-tuned where the application's statement is written for clarity: each provider's registered horizon by a
 * backward index probe per provider instead of grouping the window's visits; days as integers relative to the scan
 * date; grants by their row id instead of the UUID; the rule's three thresholds folded into one least change per grant
 * ({@code |change| * 100 > pct * weekly} is {@code |change| >= floor(pct * weekly / 100) + 1} in whole minutes, and the
 * two minute thresholds are alternatives: the lesser counts), so each day's judgement needs no join; one sort for the
 * trailing weeks and only the days outside the rule sorted again for the runs. Its window is 7 days, as the scan's
 * is for every grant the generator makes (n per day or week; the scan's longer windows for grants every k-th week
 * are not in the generated data); an episode is trimmed to the days the change showed as {@code ReassessmentRule} reads it.
 */
public final class HandWrittenScan {

    /** Parameters: asOf (date), lookback (days). */
    static final String SQL = """
            with g as (
                select g.id as gid, g.grant_key, g.version_no, d.municipality_id, d.citizen_id, g.weekly_minutes,
                       greatest(g.effective_from, cast(:asOf as date) - :lookback) as wfrom,
                       least(coalesce(g.end_on, cast(:asOf as date) - 1), cast(:asOf as date) - 1) as wto,
                       greatest(r.allowed_deviation_percent * g.weekly_minutes / 100 + 1,
                                least(r.min_minutes_per_delivery * g.times * (case g.per when 'DAY' then 7 else 1 end)
                                          * greatest(cardinality(g.shifts), 1),
                                      r.min_minutes_per_week)) as least_change,
                       r.min_duration_days, r.basis, r.pausing_reasons
                from decision d
                join decision_grant g on g.decision_id = d.id
                join reassessment_rule r on r.municipality_id = d.municipality_id
                where d.status = 'CURRENT' and g.effective_from < cast(:asOf as date) and g.per in ('DAY', 'WEEK')
                  and g.every_n = 1 -- the generated municipality has no grants every k-th week: one 7-day window
                  and (g.end_on is null or g.end_on >= cast(:asOf as date) - :lookback)
            ),
            horizon as materialized (
                select p.id as provider_id, k.kind,
                       (select max(v.visit_date) from visit v
                        where v.municipality_id = p.municipality_id and v.provider_id = p.id and v.kind = k.kind
                          and v.visit_date >= cast(:asOf as date) - :lookback and v.visit_date < cast(:asOf as date)) as last_day
                from provider p cross join (values ('DELIVERED'), ('PLANNED')) k(kind)
            ),
            dv as (
                select g.gid, v.visit_date - cast(:asOf as date) as dn, sum(v.minutes)::integer as minutes,
                       bool_or(v.not_delivered_reason = any (g.pausing_reasons)) as paused, max(h.last_day) as horizon
                from g
                join visit v on v.grant_key = g.grant_key and v.municipality_id = g.municipality_id and v.kind = g.basis
                            and v.visit_date between g.wfrom and g.wto
                join horizon h on h.provider_id = v.provider_id and h.kind = v.kind
                group by g.gid, v.visit_date
            ),
            b as (
                select g.*, greatest(g.wfrom - cast(:asOf as date), x.first_dn) as from_dn,
                       least(g.wto, x.horizon) - cast(:asOf as date) as to_dn
                from g join (select gid, min(dn) as first_dn, max(horizon) as horizon from dv group by gid) x on x.gid = g.gid
            ),
            absent as (
                select distinct a.municipality_id, a.citizen_id, n as dn
                from absence a
                cross join lateral generate_series(greatest(a.from_on, cast(:asOf as date) - :lookback) - cast(:asOf as date),
                                                   least(coalesce(a.to_on, cast(:asOf as date)), cast(:asOf as date))
                                                       - cast(:asOf as date)) n
                where not a.cancelled
            ),
            days as (
                select b.gid, n as dn, coalesce(dv.minutes, 0) as minutes, b.weekly_minutes, b.least_change
                from b
                cross join lateral generate_series(b.from_dn, b.to_dn) n
                left join dv on dv.gid = b.gid and dv.dn = n
                left join absent a on a.municipality_id = b.municipality_id and a.citizen_id = b.citizen_id and a.dn = n
                where dv.paused is not true and a.dn is null
            ),
            weeks as (
                select gid, dn, row_number() over w as idx, sum(minutes) over (w rows 6 preceding) - weekly_minutes as change,
                       least_change,
                       coalesce(sign(minutes - lag(minutes, 7) over w), 0)::integer as since_earlier,
                       coalesce(sign(minutes - lead(minutes, 7) over w), 0)::integer as until_later
                from days window w as (partition by gid order by dn)
            ),
            outside as (
                select gid, dn, idx, change, sign(change)::integer as direction
                from weeks where idx >= 7 and abs(change) >= least_change
            ),
            episodes as (
                select gid, direction, min(idx) as run_from, max(idx) as run_to, count(*)::integer as windows,
                       sum(change) as change_sum
                from (select o.*, idx - row_number() over (partition by gid, direction order by idx) as run from outside o) r
                group by gid, direction, run
            ),
            trimmed as (
                select e.gid, e.direction, e.run_to, e.windows, e.change_sum,
                       coalesce(min(w.dn) filter (where w.since_earlier = e.direction and w.idx <= e.run_from), min(w.dn)) as first_dn,
                       coalesce(max(w.dn) filter (where w.until_later = e.direction and w.idx > e.run_to - 7), max(w.dn)) as last_dn,
                       coalesce(max(w.idx) filter (where w.until_later = e.direction and w.idx > e.run_to - 7), max(w.idx))
                           - coalesce(min(w.idx) filter (where w.since_earlier = e.direction and w.idx <= e.run_from), min(w.idx))
                           + 1 as days
                from episodes e join weeks w on w.gid = e.gid and w.idx between greatest(e.run_from - 6, 1) and e.run_to
                group by e.gid, e.direction, e.run_from, e.run_to, e.windows, e.change_sum
            )
            select distinct on (t.gid) g.grant_key, g.version_no, t.direction,
                   cast(:asOf as date) + t.first_dn as first_day, cast(:asOf as date) + t.last_dn as last_day,
                   t.days::integer,
                   round(t.change_sum::numeric / t.windows, 1) as change_per_week
            from trimmed t join g on g.gid = t.gid
            where t.days > g.min_duration_days
            order by t.gid, t.run_to desc
            """;

    /** One flagged grant episode, as the scan's flag and the hand-written query both give it. */
    public record Flagged(UUID grantKey, int versionNo, int direction, LocalDate firstDay, LocalDate lastDay, int daysLasted,
                          BigDecimal changePerWeek) {

        public Flagged {
            changePerWeek = changePerWeek.setScale(1, RoundingMode.UNNECESSARY);
        }
    }

    private HandWrittenScan() {
    }

    /** The hand-written query's result. */
    public static List<Flagged> run(JdbcClient jdbc, LocalDate asOf, int lookbackDays) {
        return jdbc.sql(SQL).param("asOf", asOf).param("lookback", lookbackDays)
                .query((rs, n) -> new Flagged(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getBigDecimal(7)))
                .list();
    }

    /** The flags one run of the real scan raised or extended, with the same figures. */
    public static List<Flagged> flagsOf(JdbcClient jdbc, long scanId) {
        return jdbc.sql("""
                        select grant_key, grant_version_no, direction, first_day, last_day, days_lasted, change_per_week
                        from reassessment_flag where raised_by_scan_id = ? or updated_by_scan_id = ?""")
                .params(scanId, scanId)
                .query((rs, n) -> new Flagged(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getBigDecimal(7)))
                .list();
    }
}
