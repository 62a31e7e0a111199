package dk.omsorg.management;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Granted, planned and delivered minutes per month, provider and district, as known on a day and as known now, in one
 * set-based statement ({@link #SQL}).
 *
 * <p>What was known on a day is what had been <em>recorded</em> by the end of it:
 * <ul>
 *   <li>granted: the decision versions created ({@code decision.created_at}) by then — a decision is current then
 *       unless its successor was also created by then — and of each grant the versions known by then, each from its
 *       {@code effective_from} (a change "med tilbagevirkende kraft", seed 002, has an earlier effective day than its
 *       decision) until the next known version takes effect, within the grant's start and end as it then stood; the
 *       provider is the grant's chosen provider, then each provider switch recorded by then from its effective day;
 *       minutes per day = weekly minutes ÷ 7;</li>
 *   <li>planned and delivered: the visits imported by then ({@code visit.created_at}, set once when the provider's
 *       visit id is first imported and kept on re-import); a visit re-imported later with other minutes counts with
 *       its minutes now (the earlier minutes are not kept). Delivered: DELIVERED rows without a reason for not
 *       delivering.</li>
 * </ul>
 * "Now" is the same with no cut. District: the citizen's district today; area: the grant's catalogue area.
 */
@Service
public class ActivityFigures {

    /** One line: minutes (granted may have decimals: weekly minutes ÷ 7 per day). */
    public record Row(YearMonth month, Long providerId, String providerName, String districtCode, String districtName,
                      BigDecimal grantedThen, BigDecimal grantedNow, long plannedThen, long plannedNow,
                      long deliveredThen, long deliveredNow) {
    }

    /**
     * Parameters: {@code :m} municipality, {@code :from}/{@code :to} first and last day, {@code :cut} the first instant
     * not known, {@code :provider} (0: all), {@code :district} ('' all), {@code :area} ('' all).
     */
    public static final String SQL = """
            with cut(asof, upto) as (values (1, cast(:cut as timestamptz)), (2, cast('infinity' as timestamptz))),
            months as (
                select cast(m as date) as first_day, cast(m + interval '1 month' - interval '1 day' as date) as last_day
                from generate_series(cast(:from as date), cast(:to as date), interval '1 month') m
            ),
            known as (
                select c.asof, d.id, d.citizen_id,
                       (d.superseded_by_decision_id is null or s.created_at >= c.upto) as current_then
                from decision d cross join cut c
                left join decision s on s.id = d.superseded_by_decision_id
                where d.municipality_id = :m and d.created_at < c.upto
            ),
            r as (
                select k.asof, k.citizen_id, k.current_then, g.id, g.grant_key, g.version_no, g.effective_from,
                       g.weekly_minutes, g.start_on, g.end_on, g.provider_id, g.area_code
                from known k join decision_grant g on g.decision_id = k.id
            ),
            gr as (
                select distinct on (asof, grant_key) asof, grant_key, citizen_id, start_on, end_on, provider_id, area_code
                from r where current_then
                order by asof, grant_key, version_no desc, id desc
            ),
            ver as (
                select asof, grant_key, weekly_minutes, effective_from as first_day,
                       lead(effective_from) over (partition by asof, grant_key order by version_no) - 1 as last_day
                from (select distinct on (asof, grant_key, version_no) asof, grant_key, version_no, effective_from, weekly_minutes
                      from r order by asof, grant_key, version_no, id desc) x
            ),
            sw as (
                select c.asof, s.grant_key, s.new_provider_id, s.effective_from,
                       lead(s.effective_from) over (partition by c.asof, s.grant_key order by s.effective_from, s.id) - 1 as last_day
                from provider_switch s cross join cut c
                where s.municipality_id = :m and s.created_at < c.upto
            ),
            first_switch as (
                select asof, grant_key, min(effective_from) as effective_from from sw group by 1, 2
            ),
            seg as (
                select gr.asof, gr.grant_key, gr.provider_id, gr.start_on as first_day, f.effective_from - 1 as last_day
                from gr left join first_switch f on f.asof = gr.asof and f.grant_key = gr.grant_key
                union all
                select asof, grant_key, new_provider_id, effective_from, last_day from sw
            ),
            piece as (
                select gr.asof, seg.provider_id, gr.citizen_id, v.weekly_minutes,
                       greatest(gr.start_on, v.first_day, seg.first_day, cast(:from as date)) as first_day,
                       least(coalesce(gr.end_on, cast(:to as date)), coalesce(v.last_day, cast(:to as date)),
                             coalesce(seg.last_day, cast(:to as date)), cast(:to as date)) as last_day
                from gr
                join ver v on v.asof = gr.asof and v.grant_key = gr.grant_key
                join seg on seg.asof = gr.asof and seg.grant_key = gr.grant_key
                where gr.start_on <= :to and (gr.end_on is null or gr.end_on >= :from)
                  and (:provider = 0 or seg.provider_id = :provider) and (:area = '' or gr.area_code = :area)
            ),
            granted as (
                select mo.first_day as month, p.provider_id, coalesce(c.district, '') as district,
                       sum(p.weekly_minutes * (least(p.last_day, mo.last_day) - greatest(p.first_day, mo.first_day) + 1))
                           filter (where p.asof = 1) / 7.0 as granted_then,
                       sum(p.weekly_minutes * (least(p.last_day, mo.last_day) - greatest(p.first_day, mo.first_day) + 1))
                           filter (where p.asof = 2) / 7.0 as granted_now
                from piece p
                join citizen c on c.id = p.citizen_id
                join months mo on mo.first_day <= p.last_day and mo.last_day >= p.first_day
                where p.last_day >= p.first_day and (:district = '' or c.district = :district)
                group by 1, 2, 3
            ),
            visits as (
                select cast(date_trunc('month', v.visit_date) as date) as month, v.provider_id,
                       coalesce(c.district, '') as district,
                       sum(v.minutes) filter (where v.kind = 'PLANNED' and v.created_at < :cut) as planned_then,
                       sum(v.minutes) filter (where v.kind = 'PLANNED') as planned_now,
                       sum(v.minutes) filter (where v.kind = 'DELIVERED' and v.not_delivered_reason is null
                                                and v.created_at < :cut) as delivered_then,
                       sum(v.minutes) filter (where v.kind = 'DELIVERED' and v.not_delivered_reason is null) as delivered_now
                from visit v join citizen c on c.id = v.citizen_id
                where v.municipality_id = :m and v.visit_date between :from and :to
                  and (:provider = 0 or v.provider_id = :provider) and (:district = '' or c.district = :district)
                  and (:area = '' or v.grant_key in (select g.grant_key from decision_grant g join decision d on d.id = g.decision_id
                                                     where d.municipality_id = :m and g.area_code = :area))
                group by 1, 2, 3
            )
            select coalesce(g.month, v.month) as month, coalesce(g.provider_id, v.provider_id) as provider_id, p.name as provider_name,
                   nullif(coalesce(g.district, v.district), '') as district, di.name as district_name,
                   coalesce(g.granted_then, 0) as granted_then, coalesce(g.granted_now, 0) as granted_now,
                   coalesce(v.planned_then, 0) as planned_then, coalesce(v.planned_now, 0) as planned_now,
                   coalesce(v.delivered_then, 0) as delivered_then, coalesce(v.delivered_now, 0) as delivered_now
            from granted g
            full join visits v on v.month = g.month and v.provider_id = g.provider_id and v.district = g.district
            left join provider p on p.id = coalesce(g.provider_id, v.provider_id)
            left join district di on di.municipality_id = :m and di.code = nullif(coalesce(g.district, v.district), '')
            order by 1, 3, 2, 5, 4""";

    private final JdbcClient jdbc;

    ActivityFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> rows(ManagementFilter f) {
        return jdbc.sql(SQL).param("m", f.municipalityId()).param("from", f.firstDay()).param("to", f.lastDay())
                .param("cut", f.knownCut()).param("provider", f.providerOrAll()).param("district", f.districtOrAll())
                .param("area", f.areaOrAll())
                .query((rs, n) -> new Row(YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getObject("provider_id", Long.class), rs.getString("provider_name"), rs.getString("district"),
                        rs.getString("district_name"), rs.getBigDecimal("granted_then"), rs.getBigDecimal("granted_now"),
                        rs.getLong("planned_then"), rs.getLong("planned_now"), rs.getLong("delivered_then"),
                        rs.getLong("delivered_now")))
                .list();
    }
}
