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
 * An episode is found by its run of trailing windows outside the rule and trimmed to the days the change showed;
 * its averages are over the run's windows.
 */
final class ScanSql {

    private ScanSql() {
    }

    /**
     * Parameters: asOf (date), lookback (days), municipality (null: all). One row per grant flagged, in the columns of
     * {@code scan_episode} ({@link ScanStatements#findEpisodes}).
     *
     * <p>The comparison window is per grant ({@code grant_now.window_days}; the rule's javadoc: no shorter than the
     * grant's own period) with what the grant gives in it ({@code deliveries}, {@code granted_per_window}): 7 days for
     * a grant n per day or week, 7k days for one every k-th day or week (cleaning "hver 3. uge" is judged over 21 days,
     * so the two weeks without a visit are no deviation); 7k days hold exactly 7 deliveries of n every k-th day and n
     * of n every k-th week, so the counts below hold for every interval. Grants per month or per year (the social
     * area's hours and days to be used) have no weekly rhythm that seed 002's minutes "pr. gang" and "pr. uge" could be
     * read against, and are not compared. The trailing windows are differences of running sums ({@code lag(upto, window_days)}), as a
     * window frame's length cannot vary per row.
     */
    static final String EPISODES = """
            with grant_now as (
                select d.municipality_id, d.citizen_id, d.id as decision_id, d.created_by as caseworker,
                       g.grant_key, g.version_no, g.weekly_minutes,
                       7 * g.every_n as window_days,
                       g.times * (case g.per when 'DAY' then 7 else 1 end) * greatest(cardinality(g.shifts), 1) as deliveries,
                       g.times * (case g.per when 'DAY' then 7 else 1 end) * greatest(cardinality(g.shifts), 1)
                           * g.minutes_per_delivery as granted_per_window,
                       greatest(g.effective_from, cast(:asOf as date) - cast(:lookback as integer)) as series_from,
                       least(coalesce(g.end_on, cast(:asOf as date) - 1), cast(:asOf as date) - 1) as series_to,
                       r.allowed_deviation_percent as pct, r.min_minutes_per_delivery as per_delivery,
                       r.min_minutes_per_week as per_week, r.min_duration_days as min_days, r.basis, r.pausing_reasons,
                       r.name as rule_name
                from decision d
                join decision_grant g on g.decision_id = d.id
                join reassessment_rule r on r.municipality_id = d.municipality_id
                where d.status = 'CURRENT' and g.per in ('DAY', 'WEEK') and g.measure = 'TIME'
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
                where v.visit_date between gn.series_from and gn.series_to
                group by v.grant_key, v.visit_date
            ),
            bounds as (
                select gn.*, greatest(gn.series_from, x.first_visit) as from_day, least(gn.series_to, x.horizon) as to_day
                from grant_now gn
                join (select grant_key, min(visit_date) as first_visit, max(horizon) as horizon
                      from day_visits group by grant_key) x on x.grant_key = gn.grant_key
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
            cumulated as (
                select s.grant_key, s.day, s.minutes, row_number() over w as idx,
                       sum(s.minutes) over (w rows between unbounded preceding and current row) as upto
                from series s
                window w as (partition by s.grant_key order by s.day)
            ),
            days as (
                -- per day: the trailing window's change; how the day's minutes differ from the day one window
                -- earlier and one window later (0 where there is none)
                select c.grant_key, c.day, c.idx, b.window_days,
                       c.upto - coalesce(lag(c.upto, b.window_days) over w, 0) - b.granted_per_window as change,
                       coalesce(sign(c.minutes - lag(c.minutes, b.window_days) over w), 0)::integer as since_earlier,
                       coalesce(sign(c.minutes - lead(c.minutes, b.window_days) over w), 0)::integer as until_later
                from cumulated c join bounds b on b.grant_key = c.grant_key
                window w as (partition by c.grant_key order by c.idx)
            ),
            judged as (
                select dd.*,
                       case when dd.idx >= b.window_days
                             and abs(dd.change) * 100 > b.pct * b.granted_per_window
                             and (abs(dd.change) >= b.per_delivery * b.deliveries
                                  or abs(dd.change) * 7 >= b.per_week * b.window_days)
                            then sign(dd.change)::integer else 0 end as direction
                from days dd join bounds b on b.grant_key = dd.grant_key
            ),
            runs as (
                select j.grant_key, j.direction, j.idx, j.change,
                       j.idx - row_number() over (partition by j.grant_key, j.direction order by j.idx) as run
                from judged j
                where j.direction <> 0
            ),
            episodes as (
                select r.grant_key, r.direction, min(r.idx) as run_from, max(r.idx) as run_to,
                       count(*)::integer as windows, sum(r.change) as change_sum
                from runs r
                group by r.grant_key, r.direction, r.run
            ),
            trimmed as (
                -- the days the change itself showed (ReassessmentRule's javadoc): the first day of the run's first
                -- window that differs from one window earlier, else that window's first day; the last day of the
                -- run's last window that differs from one window later, else the run's last day
                select e.grant_key, e.direction, e.run_to, e.windows, e.change_sum,
                       coalesce(min(j.idx) filter (where j.since_earlier = e.direction and j.idx <= e.run_from),
                                min(j.idx)) as first_idx,
                       coalesce(max(j.idx) filter (where j.until_later = e.direction
                                                     and j.idx > e.run_to - j.window_days), max(j.idx)) as last_idx,
                       coalesce(min(j.day) filter (where j.since_earlier = e.direction and j.idx <= e.run_from),
                                min(j.day)) as first_day,
                       coalesce(max(j.day) filter (where j.until_later = e.direction
                                                     and j.idx > e.run_to - j.window_days), max(j.day)) as last_day
                from episodes e
                join judged j on j.grant_key = e.grant_key
                             and j.idx between greatest(e.run_from - j.window_days + 1, 1) and e.run_to
                group by e.grant_key, e.direction, e.run_from, e.run_to, e.windows, e.change_sum
            )
            select distinct on (t.grant_key)
                   b.municipality_id, b.citizen_id, b.decision_id, b.caseworker, b.grant_key, b.version_no,
                   b.weekly_minutes, b.window_days, b.granted_per_window, b.deliveries, b.basis, b.pct, b.per_delivery,
                   b.per_week, b.min_days, b.rule_name,
                   t.direction, t.first_day, t.last_day, (t.last_idx - t.first_idx + 1)::integer as days_lasted,
                   t.windows, t.change_sum
            from trimmed t join bounds b on b.grant_key = t.grant_key
            where t.last_idx - t.first_idx + 1 > b.min_days
            order by t.grant_key, t.run_to desc
            """;

    /** How many current grants the scan compares (those in force in the window, in a municipality with a rule). */
    static final String GRANTS_COMPARED = """
            select count(*)
            from decision d
            join decision_grant g on g.decision_id = d.id
            join reassessment_rule r on r.municipality_id = d.municipality_id
            where d.status = 'CURRENT' and g.per in ('DAY', 'WEEK')
              and (cast(:municipality as integer) is null or d.municipality_id = :municipality)
              and g.effective_from < cast(:asOf as date)
              and (g.end_on is null or g.end_on >= cast(:asOf as date) - cast(:lookback as integer))
            """;
}
