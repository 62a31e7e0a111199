package dk.omsorg.specialcase.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The year's hours of special cases for citizens under an age, and their cost (seed 000: "Hvis borger er under 67
 * år, vil timerne indgå i årligt udtræk … til særlig dyre enkeltsager idet der indberettes efter Serviceloven § 83
 * stk. 1 nr. 1"). Counted day by day: a delivered visit of a case intervention on a day the citizen's special case
 * was open and the citizen was under the age (from the birth date in the CPR number), so a birthday mid-year
 * splits the year. One statement in SQL, at database speed.
 * <p>
 * The cost is what settlement paid: the approved months' lines (the month's own lines and later differences) of
 * each grant and month, in the share of that month's delivered minutes that count. A month not yet approved has
 * no cost yet (the extract says so by its figures; it is made once the year is settled).
 */
@Repository
public class UnderAgeHoursQuery {

    /** One citizen's counted minutes and the settled cost of them, in øre. */
    public record Row(long citizenId, String cprNumber, String name, long minutes, long costOre) {

        public dk.omsorg.shared.Money cost() {
            return new dk.omsorg.shared.Money(costOre);
        }

        public BigDecimal hours() {
            return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        }
    }

    private final JdbcClient jdbc;

    UnderAgeHoursQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param interventionCodes the special cases' interventions (policy)
     * @param underAge          counted while the citizen is younger than this (policy)
     */
    public List<Row> rows(int municipalityId, int year, List<String> interventionCodes, int underAge) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return jdbc.sql("""
                        with case_grant as (
                            select distinct g.grant_key
                            from decision_grant g join decision d on d.id = g.decision_id
                            where d.municipality_id = :m and g.intervention_code = any(:codes)
                        ), grant_visit as (
                            select v.citizen_id, v.grant_key, date_trunc('month', v.visit_date)::date as month, v.minutes,
                                   v.visit_date < c.birth_date + make_interval(years => :age)
                                   and exists (select 1 from special_case s
                                               where s.municipality_id = v.municipality_id and s.citizen_id = v.citizen_id
                                                 and v.visit_date >= s.opened_on
                                                 and (s.ended_on is null or v.visit_date <= s.ended_on)) as counted
                            from visit v
                            join case_grant cg on cg.grant_key = v.grant_key
                            join citizen c on c.id = v.citizen_id
                            where v.municipality_id = :m and v.kind = 'DELIVERED' and v.not_delivered_reason is null
                              and v.minutes > 0 and v.visit_date between :from and :to
                        ), per_month as (
                            select citizen_id, grant_key, month, sum(minutes) as total,
                                   coalesce(sum(minutes) filter (where counted), 0) as counted
                            from grant_visit group by citizen_id, grant_key, month
                        ), paid as (
                            select l.grant_key, l.service_month, sum(l.amount_ore) as amount
                            from settlement_line l join settlement_run r on r.id = l.run_id
                            where l.municipality_id = :m and r.status = 'APPROVED' and l.kind in ('PERIOD', 'DIFFERENCE')
                              and l.service_month between :from and :to
                              and l.grant_key in (select grant_key from case_grant)
                            group by l.grant_key, l.service_month
                        )
                        select c.id, c.cpr_number, c.name, sum(pm.counted) as minutes,
                               sum(round(coalesce(p.amount, 0) * pm.counted / pm.total::numeric)) as cost
                        from per_month pm
                        join citizen c on c.id = pm.citizen_id
                        left join paid p on p.grant_key = pm.grant_key and p.service_month = pm.month
                        where pm.counted > 0
                        group by c.id, c.cpr_number, c.name
                        order by c.name, c.id""")
                .param("m", municipalityId).param("codes", interventionCodes.toArray(String[]::new))
                .param("age", underAge).param("from", from).param("to", to)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }
}
