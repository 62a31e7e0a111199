package dk.omsorg.delivery.internal;

/**
 * The reassessment scan in SQL: every current grant of every municipality with a reassessment rule, at once.
 * It reads exactly as {@link dk.omsorg.delivery.ReassessmentRule} does (its javadoc has the reading at the
 * boundaries); {@code ReassessmentScanTest} holds the two to the same results.
 *
 * <p>Which days are compared, per grant: from the day the grant's current version took effect (a new version
 * starts afresh — an adjusted grant is judged on its new minutes), but no earlier than {@code lookback} days
 * before {@code asOf} and no earlier than the first visit of the basis registered in that window (a provider
 * that has not started registering has no data to judge); up to the day before {@code asOf}, the grant's end and
 * the last day its provider has registered visits of the basis (later days are not yet known). Days of a
 * registered absence and days with a visit not delivered for a pausing reason are left out (seed 002 "Fravær").
 */
final class ScanSql {

    private ScanSql() {
    }

    /** Parameters: asOf (date), lookback (days), municipality (null: all). One row per grant flagged. */
    static final String EPISODES = """
            with grant_now as (
                select d.municipality_id, d.citizen_id, d.id as decision_id, d.created_by as caseworker,
                       g.grant_key, g.version_no, g.weekly_minutes,
                       g.times * (case g.per when 'DAY' then 7 else 1 end) * greatest(cardinality(g.shifts), 1) as deliveries,
                       greatest(g.effective_from, cast(:asOf as date) - cast(:lookback as integer)) as window_from,
                       least(coalesce(g.end_on, cast(:asOf as date) - 1), cast(:asOf as date) - 1) as window_to,
                       r.allowed_deviation_percent as pct, r.min_minutes_per_delivery as per_delivery,
                       r.min_minutes_per_week as per_week, r.min_duration_days as min_days, r.basis, r.pausing_reasons,
                       r.source
                from decision d
                join decision_grant g on g.decision_id = d.id
                join reassessment_rule r on r.municipality_id = d.municipality_id
                where d.status = 'CURRENT'
                  and (cast(:municipality as integer) is null or d.municipality_id = :municipality)
                  and g.effective_from < cast(:asOf as date)
                  and (g.end_on is null or g.end_on >= cast(:asOf as date) - cast(:lookback as integer))
            ),
            horizon as (
                select v.provider_id, v.kind, max(v.visit_date) as last_day
                from visit v
                where v.visit_date >= cast(:asOf as date) - cast(:lookback as integer) and v.visit_date < cast(:asOf as date)
                group by v.provider_id, v.kind
            ),
            day_visits as (
                select v.grant_key, v.visit_date, sum(v.minutes) as minutes,
                       bool_or(v.not_delivered_reason = any (gn.pausing_reasons)) as paused,
                       max(h.last_day) as horizon
                from grant_now gn
                join visit v on v.grant_key = gn.grant_key and v.municipality_id = gn.municipality_id and v.kind = gn.basis
                join horizon h on h.provider_id = v.provider_id and h.kind = v.kind
                where v.visit_date between gn.window_from and gn.window_to
                group by v.grant_key, v.visit_date
            ),
            bounds as (
                select gn.*, greatest(gn.window_from, min(dv.visit_date)) as from_day,
                       least(gn.window_to, max(dv.horizon)) as to_day
                from grant_now gn join day_visits dv on dv.grant_key = gn.grant_key
                group by gn.municipality_id, gn.citizen_id, gn.decision_id, gn.caseworker, gn.grant_key, gn.version_no,
                         gn.weekly_minutes, gn.deliveries, gn.window_from, gn.window_to, gn.pct, gn.per_delivery,
                         gn.per_week, gn.min_days, gn.basis, gn.pausing_reasons, gn.source
            ),
            absent_days as (
                select distinct a.municipality_id, a.citizen_id, gs.ts::date as day
                from absence a
                cross join lateral generate_series(greatest(a.from_on, cast(:asOf as date) - cast(:lookback as integer)),
                                                   least(coalesce(a.to_on, cast(:asOf as date)), cast(:asOf as date)), interval '1 day') gs(ts)
                where not a.cancelled
                  and (cast(:municipality as integer) is null or a.municipality_id = :municipality)
            ),
            series as (
                select b.grant_key, gs.ts::date as day, coalesce(dv.minutes, 0) as minutes
                from bounds b
                cross join lateral generate_series(b.from_day, b.to_day, interval '1 day') gs(ts)
                left join day_visits dv on dv.grant_key = b.grant_key and dv.visit_date = gs.ts::date
                left join absent_days ad on ad.municipality_id = b.municipality_id and ad.citizen_id = b.citizen_id
                                        and ad.day = gs.ts::date
                where not coalesce(dv.paused, false) and ad.day is null
            ),
            weeks as (
                select s.grant_key, s.day,
                       row_number() over w as idx,
                       sum(s.minutes) over (w rows between 6 preceding and current row) as week_minutes
                from series s
                window w as (partition by s.grant_key order by s.day)
            ),
            judged as (
                select w.grant_key, w.day, w.idx, w.week_minutes - b.weekly_minutes as change,
                       case when w.idx >= 7
                             and abs(w.week_minutes - b.weekly_minutes) * 100 > b.pct * b.weekly_minutes
                             and (abs(w.week_minutes - b.weekly_minutes) >= b.per_delivery * b.deliveries
                                  or abs(w.week_minutes - b.weekly_minutes) >= b.per_week)
                            then sign(w.week_minutes - b.weekly_minutes)::integer else 0 end as direction
                from weeks w join bounds b on b.grant_key = w.grant_key
            ),
            runs as (
                select j.grant_key, j.direction, j.day, j.change,
                       j.idx - row_number() over (partition by j.grant_key, j.direction order by j.idx) as run
                from judged j
                where j.direction <> 0
            ),
            episodes as (
                select r.grant_key, r.direction, min(r.day) as first_day, max(r.day) as last_day,
                       count(*)::integer as days_lasted, sum(r.change) as change_sum
                from runs r
                group by r.grant_key, r.direction, r.run
            )
            select distinct on (e.grant_key)
                   b.municipality_id, b.citizen_id, b.decision_id, b.caseworker, b.grant_key, b.version_no,
                   b.weekly_minutes, b.deliveries, b.basis, b.pct, b.per_delivery, b.per_week, b.min_days, b.source,
                   e.direction, e.first_day, e.last_day, e.days_lasted, e.change_sum
            from episodes e join bounds b on b.grant_key = e.grant_key
            where e.days_lasted > b.min_days
            order by e.grant_key, e.last_day desc
            """;

    /** How many current grants the scan compares (those in force in the window, in a municipality with a rule). */
    static final String GRANTS_COMPARED = """
            select count(*)
            from decision d
            join decision_grant g on g.decision_id = d.id
            join reassessment_rule r on r.municipality_id = d.municipality_id
            where d.status = 'CURRENT'
              and (cast(:municipality as integer) is null or d.municipality_id = :municipality)
              and g.effective_from < cast(:asOf as date)
              and (g.end_on is null or g.end_on >= cast(:asOf as date) - cast(:lookback as integer))
            """;
}
