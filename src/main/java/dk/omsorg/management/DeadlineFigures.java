package dk.omsorg.management;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Deadlines kept and missed, per month, in one set-based statement ({@link #SQL}) of four parts:
 * <ul>
 *   <li>{@code PROCESSING}: inquiries received in the month (Danish time) per legal basis — decided within their
 *       processing deadline ({@code inquiry.deadline}, from processing-deadlines.yaml when received), decided late,
 *       still open past it, open within it; decided = the first decision made on the inquiry ({@code decided_on});
 *       an inquiry closed without a decision counts in none;</li>
 *   <li>{@code START}: starts due in the month per provider ({@code grant_start.due_on}, the standard's start
 *       deadline, not cancelled) and those breached — the first delivered visit of the grant by that provider came
 *       after the deadline, or none yet and the deadline has passed;</li>
 *   <li>{@code FOLLOW_UP}: follow-ups due in the month still open and past due today (the backlog);</li>
 *   <li>{@code FLAG}: reassessment flags raised in the month, and resolved in the month (any resolution).</li>
 * </ul>
 * District: the citizen's district; area: the grant's catalogue area (not for inquiries); provider: starts only.
 */
@Service
public class DeadlineFigures {

    /** One figure: the part, the month, the group (legal basis, provider name or empty), the measure and the count. */
    public record Row(String part, YearMonth month, String group, String measure, long count) {
    }

    /**
     * Parameters: {@code :m}, {@code :from}/{@code :to} first and last day, {@code :today}, {@code :provider} (0: all),
     * {@code :district} ('' all), {@code :area} ('' all).
     */
    public static final String SQL = """
            with area_grant as (
                select distinct g.grant_key from decision_grant g join decision d on d.id = g.decision_id
                where d.municipality_id = :m and g.area_code = :area
            ),
            first_decision as (
                select inquiry_id, min(decided_on) as decided_on from decision
                where municipality_id = :m and inquiry_id is not null group by inquiry_id
            ),
            inq as (
                select i.legal_basis, cast(date_trunc('month', i.received_at at time zone 'Europe/Copenhagen') as date) as month,
                       i.deadline, i.status, f.decided_on
                from inquiry i
                join citizen c on c.id = i.citizen_id
                left join first_decision f on f.inquiry_id = i.id
                where i.municipality_id = :m
                  and i.received_at >= (cast(:from as date) + time '00:00') at time zone 'Europe/Copenhagen'
                  and i.received_at < (cast(:to as date) + 1 + time '00:00') at time zone 'Europe/Copenhagen'
                  and (:district = '' or c.district = :district)
            ),
            processing as (
                select 'PROCESSING' as part, month, legal_basis as grp, m.measure, m.n
                from (select month, legal_basis,
                             count(*) filter (where decided_on <= deadline) as on_time,
                             count(*) filter (where decided_on > deadline) as late,
                             count(*) filter (where decided_on is null and status <> 'CLOSED' and deadline < :today) as open_overdue,
                             count(*) filter (where decided_on is null and status <> 'CLOSED' and deadline >= :today) as open_within
                      from inq group by 1, 2) x
                cross join lateral (values ('ON_TIME', x.on_time), ('LATE', x.late), ('OPEN_OVERDUE', x.open_overdue),
                                           ('OPEN_WITHIN', x.open_within)) m(measure, n)
            ),
            starts as (
                select 'START' as part, cast(date_trunc('month', s.due_on) as date) as month, p.name as grp, m.measure, m.n
                from (select gs.provider_id, date_trunc('month', gs.due_on) as due_on, count(*) as due,
                             count(*) filter (where fv.first_day > gs.due_on or (fv.first_day is null and gs.due_on < :today)) as breached
                      from grant_start gs
                      join citizen c on c.id = gs.citizen_id
                      left join lateral (select min(v.visit_date) as first_day from visit v
                                         where v.municipality_id = :m and v.grant_key = gs.grant_key
                                           and v.visit_date >= gs.grant_start_on and v.provider_id = gs.provider_id
                                           and v.kind = 'DELIVERED' and v.not_delivered_reason is null) fv on true
                      where gs.municipality_id = :m and not gs.cancelled and gs.due_on between :from and :to
                        and (:provider = 0 or gs.provider_id = :provider) and (:district = '' or c.district = :district)
                        and (:area = '' or gs.grant_key in (select grant_key from area_grant))
                      group by 1, 2) s
                join provider p on p.id = s.provider_id
                cross join lateral (values ('DUE', s.due), ('BREACHED', s.breached)) m(measure, n)
            ),
            follow_ups as (
                select 'FOLLOW_UP' as part, cast(date_trunc('month', f.due_on) as date) as month, '' as grp,
                       'OPEN_OVERDUE' as measure, count(*) as n
                from follow_up f join citizen c on c.id = f.citizen_id
                where f.municipality_id = :m and f.status = 'OPEN' and f.due_on < :today and f.due_on between :from and :to
                  and (:district = '' or c.district = :district)
                  and (:area = '' or f.grant_key in (select grant_key from area_grant))
                group by 2
            ),
            flags as (
                select 'FLAG' as part, e.month, '' as grp, e.measure, count(*) as n
                from reassessment_flag r
                join citizen c on c.id = r.citizen_id
                cross join lateral (values ('RAISED', cast(date_trunc('month', r.raised_at at time zone 'Europe/Copenhagen') as date)),
                                           ('RESOLVED', cast(date_trunc('month', r.resolved_at at time zone 'Europe/Copenhagen') as date))) e(measure, month)
                where r.municipality_id = :m and e.month between :from and :to
                  and (:district = '' or c.district = :district)
                  and (:area = '' or r.grant_key in (select grant_key from area_grant))
                group by 2, 4
            )
            select part, month, grp, measure, n from processing
            union all select part, month, grp, measure, n from starts
            union all select part, month, grp, measure, n from follow_ups
            union all select part, month, grp, measure, n from flags
            order by 1, 2, 3, 4""";

    private final JdbcClient jdbc;

    DeadlineFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> rows(ManagementFilter f, LocalDate today) {
        return jdbc.sql(SQL).param("m", f.municipalityId()).param("from", f.firstDay()).param("to", f.lastDay())
                .param("today", today).param("provider", f.providerOrAll()).param("district", f.districtOrAll())
                .param("area", f.areaOrAll())
                .query((rs, n) -> new Row(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class)),
                        rs.getString(3), rs.getString(4), rs.getLong(5)))
                .list();
    }
}
