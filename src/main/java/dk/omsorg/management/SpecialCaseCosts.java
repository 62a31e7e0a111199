package dk.omsorg.management;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Special 1:1 cases' cost per month and provider, in one set-based statement ({@link #SQL}) over the finance notices
 * the special-case module writes ({@code special_case_finance_notice}, seed 000 "Orientere økonomi"): each notice's
 * monthly cost after ({@code specialcase.MonthlyCost}: weekly minutes per shift × the contract's band rates) is in
 * force from its effective day until the next notice's; a month's cost is that monthly cost × the share of the
 * month's days it was in force, rounded once per line to the øre. An END notice's cost after is 0.
 */
@Service
public class SpecialCaseCosts {

    /** One line: the month, the provider (null: none) and the cases with a cost and their cost in øre. */
    public record Row(YearMonth month, Long providerId, String providerName, long cases, long costOre) {
    }

    /** Parameters: {@code :m}, {@code :from}/{@code :to} first and last day, {@code :provider} (0 all), {@code :district}. */
    public static final String SQL = """
            with n as (
                select f.special_case_id, f.provider_id, f.cost_after_ore, f.effective_on as first_day,
                       lead(f.effective_on) over (partition by f.special_case_id order by f.effective_on, f.id) - 1 as last_day
                from special_case_finance_notice f
                where f.municipality_id = :m
            ),
            months as (
                select cast(m as date) as first_day, cast(m + interval '1 month' - interval '1 day' as date) as last_day
                from generate_series(cast(:from as date), cast(:to as date), interval '1 month') m
            )
            select mo.first_day as month, n.provider_id, p.name as provider_name,
                   count(distinct n.special_case_id) filter (where n.cost_after_ore > 0) as cases,
                   round(sum(n.cost_after_ore * (least(coalesce(n.last_day, mo.last_day), mo.last_day)
                                                 - greatest(n.first_day, mo.first_day) + 1)
                             / (mo.last_day - mo.first_day + 1.0))) as cost_ore
            from n
            join months mo on mo.first_day <= coalesce(n.last_day, mo.last_day) and mo.last_day >= n.first_day
            left join provider p on p.id = n.provider_id
            where coalesce(n.last_day, mo.last_day) >= n.first_day
              and (:provider = 0 or n.provider_id = :provider)
              -- the citizen's district only when filtered by it: no join otherwise
              and (:district = '' or n.special_case_id in (select s.id from special_case s join citizen c on c.id = s.citizen_id
                                                           where s.municipality_id = :m and c.district = :district))
            group by 1, 2, 3
            order by 1, 3, 2""";

    private final JdbcClient jdbc;

    SpecialCaseCosts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> rows(ManagementFilter f) {
        return jdbc.sql(SQL).param("m", f.municipalityId()).param("from", f.firstDay()).param("to", f.lastDay())
                .param("provider", f.providerOrAll()).param("district", f.districtOrAll())
                .query((rs, n) -> new Row(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getObject(2, Long.class),
                        rs.getString(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    /** Øre as kroner with two decimals. */
    static BigDecimal kroner(long ore) {
        return BigDecimal.valueOf(ore, 2);
    }
}
