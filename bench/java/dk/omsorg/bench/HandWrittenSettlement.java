package dk.omsorg.bench;

import dk.omsorg.settlement.SettlementPolicies;
import dk.omsorg.settlement.SettlementPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The settlement benchmark's baseline: the best single SQL aggregate we could write that computes what each provider
 * is owed for a month, to the øre, as the monthly run does — the grant version in effect on the visit's day, the rate
 * group by intervention or area, the time band, the case-specific / provider / free-choice rate valid that day,
 * granted or delivered minutes by the group's basis, paid not-delivered reasons, and an hourly amount rounded once per
 * provider × citizen × grant × band × rate. It writes nothing and reports no problems: it only adds up.
 */
final class HandWrittenSettlement {

    private HandWrittenSettlement() {
    }

    static final String QUERY = """
            with h as (select cast(string_to_array(:holidays, ',') as date[]) as days),
            gv as (
                select g.grant_key, g.minutes_per_delivery, coalesce(mi.rate_group, ma.rate_group) as rate_group, g.effective_from,
                       min(g.effective_from) over (partition by g.grant_key order by g.version_no desc
                                                   rows between unbounded preceding and 1 preceding) as next_from
                from (select distinct on (g.grant_key, g.version_no) g.grant_key, g.version_no, g.effective_from,
                             g.minutes_per_delivery, g.intervention_code, g.area_code
                      from decision_grant g join decision d on d.id = g.decision_id
                      where d.municipality_id = :m and g.effective_from <= :to
                      order by g.grant_key, g.version_no, g.id desc) g
                left join settlement_rate_group_member mi on mi.municipality_id = :m and mi.kind = 'INTERVENTION'
                     and mi.code = g.intervention_code
                left join settlement_rate_group_member ma on ma.municipality_id = :m and ma.kind = 'AREA' and ma.code = g.area_code
            ),
            priced as (
                select v.provider_id, v.citizen_id, v.grant_key, rg.unit, b.band,
                       coalesce(cr.amount_ore, pr.amount_ore, fr.amount_ore) as rate,
                       case when rg.basis = 'GRANTED' or v.not_delivered_reason is not null then gv.minutes_per_delivery
                            else v.minutes end as minutes
                from visit v cross join h
                join gv on gv.grant_key = v.grant_key and v.visit_date >= gv.effective_from
                     and (gv.next_from is null or v.visit_date < gv.next_from)
                join settlement_rate_group rg on rg.municipality_id = :m and rg.code = gv.rate_group
                join settlement_time_band tb on tb.municipality_id = :m and v.visit_date >= tb.valid_from
                     and (tb.valid_to is null or v.visit_date <= tb.valid_to)
                cross join lateral (select case
                     when not rg.by_time_band then 'ALL'
                     when v.start_time is null then case when v.shift = 'NIGHT' then 'NIGHT' when v.shift = 'EVENING' then 'OTHER'
                          when extract(isodow from v.visit_date) < 6 and v.visit_date <> all (h.days) then 'WEEKDAY_DAY'
                          else 'OTHER' end
                     when (tb.night_from > tb.night_to and (v.start_time >= tb.night_from or v.start_time < tb.night_to))
                       or (tb.night_from < tb.night_to and v.start_time >= tb.night_from and v.start_time < tb.night_to) then 'NIGHT'
                     when extract(isodow from v.visit_date) < 6 and v.visit_date <> all (h.days)
                          and v.start_time >= tb.weekday_day_from and v.start_time < tb.weekday_day_to then 'WEEKDAY_DAY'
                     else 'OTHER' end as band) b
                left join settlement_case_rate cr on cr.municipality_id = :m and cr.grant_key = v.grant_key
                     and cr.provider_id = v.provider_id and (cr.band = b.band or cr.band = 'ALL')
                     and v.visit_date >= cr.valid_from and (cr.valid_to is null or v.visit_date <= cr.valid_to)
                left join settlement_rate pr on pr.municipality_id = :m and pr.provider_id = v.provider_id
                     and pr.rate_group = rg.code and pr.band = b.band
                     and v.visit_date >= pr.valid_from and (pr.valid_to is null or v.visit_date <= pr.valid_to)
                left join settlement_rate fr on fr.municipality_id = :m and fr.provider_id is null
                     and fr.rate_group = rg.code and fr.band = b.band
                     and v.visit_date >= fr.valid_from and (fr.valid_to is null or v.visit_date <= fr.valid_to)
                where v.municipality_id = :m and v.kind = 'DELIVERED' and v.visit_date between :from and :to
                  and (v.not_delivered_reason is null or v.not_delivered_reason = any (rg.paid_not_delivered))
            )
            select provider_id, sum(amount) from (
                select provider_id, case unit when 'HOUR' then cast(round(sum(minutes) * rate / 60.0) as bigint)
                                              else count(*) * rate end as amount
                from priced group by provider_id, citizen_id, grant_key, unit, band, rate
            ) lines
            group by provider_id""";

    /** Run in a transaction with the same working memory the monthly run sets for itself ({@code omsorg.settlement.work-mem}). */
    static Map<Long, Long> totals(JdbcClient jdbc, YearMonth month, String holidays) {
        Map<Long, Long> totals = new TreeMap<>();
        jdbc.sql("select set_config('work_mem', '128MB', true)").query(String.class).single();
        jdbc.sql(QUERY).param("m", 253).param("from", month.atDay(1)).param("to", month.atEndOfMonth())
                .param("holidays", holidays)
                .query((rs, n) -> totals.put(rs.getLong(1), rs.getLong(2))).list();
        return totals;
    }

    /** The month's holidays as the run passes them: public holidays and the policy's extra days. */
    static String holidays(SettlementPolicies policies, YearMonth month) {
        SettlementPolicy greve = policies.forMunicipality(253).orElseThrow();
        Set<LocalDate> days = new TreeSet<>(greve.timeBandsOn(month.atDay(1)).orElseThrow().holidays(month.getYear()));
        return days.stream().filter(d -> YearMonth.from(d).equals(month)).map(LocalDate::toString)
                .collect(Collectors.joining(","));
    }
}
