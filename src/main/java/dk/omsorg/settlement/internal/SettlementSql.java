package dk.omsorg.settlement.internal;

/**
 * The monthly run's SQL. Every step is one set-based statement over the whole municipality and month; nothing is
 * computed per visit in Java. The steps, in one transaction:
 * <ol>
 *   <li>{@link #PRICE}: price a month's delivered visits into {@code settlement_draft}, one row per future
 *       statement line (or per problem: a visit without a rate group, time band or rate);</li>
 *   <li>{@link #PERIOD_LINES} or {@link #DIFFERENCE_LINES}: the month's own lines, or — for an approved month that
 *       changed since it was settled — the difference between the recomputed lines and everything settled for it
 *       before;</li>
 *   <li>{@link #COPAYMENT_MONTH}, {@link #COPAYMENT_VISIT}: the citizens' co-payment for the run's month;</li>
 *   <li>{@link #BONUS_LINES}: the outcome bonus for § 83 a courses finally evaluated in the month.</li>
 * </ol>
 * Money is integer øre; an hourly line's amount is {@code round(minutes × rate ÷ 60)}, half up, once per line.
 */
final class SettlementSql {

    private SettlementSql() {
    }

    static final String DRAFT_TABLE = """
            create temp table if not exists settlement_draft (
                service_month date, provider_id bigint, citizen_id bigint, grant_key uuid, intervention_code text,
                intervention_name text, rate_group text, legal_basis text, account text, band text, unit text,
                rate_source text, rate_ore bigint, visits integer, minutes bigint, first_day date, problem text
            ) on commit drop""";

    /**
     * The time band of visit {@code v} under time-band version {@code tb} and the month's holidays
     * ({@code :holidays}), the same reading as {@code TimeBandRule.band}: night first (across midnight when
     * night_from > night_to), then weekday day on Monday–Friday that is not a holiday, else other times. A
     * not-delivered visit without a start time takes its band from its shift.
     */
    static final String BAND = """
            case when rg.code is null then null
                 when not rg.by_time_band then 'ALL'
                 when tb.valid_from is null then null
                 when v.start_time is null then
                      case v.shift when 'NIGHT' then 'NIGHT' when 'EVENING' then 'OTHER'
                           else case when extract(isodow from v.visit_date) < 6 and v.visit_date <> all (h.days)
                                     then 'WEEKDAY_DAY' else 'OTHER' end end
                 when case when tb.night_from > tb.night_to
                           then v.start_time >= tb.night_from or v.start_time < tb.night_to
                           else v.start_time >= tb.night_from and v.start_time < tb.night_to end then 'NIGHT'
                 when extract(isodow from v.visit_date) < 6 and v.visit_date <> all (h.days)
                      and v.start_time >= tb.weekday_day_from and v.start_time < tb.weekday_day_to then 'WEEKDAY_DAY'
                 else 'OTHER' end""";

    /**
     * Prices the delivered visits of {@code :from}–{@code :to} into {@code settlement_draft} for service month
     * {@code :serviceMonth}. A visit is priced with the grant version in effect on its day (the latest version whose
     * effective_from is on or before it — a back-dated change wins for the days it covers), the rate group of its
     * intervention or else its area, the account for the group and provider or else legal basis, the time band, and the rate: the
     * case-specific rate on the grant for the visit's provider, else the provider's own rate, else the
     * free-choice rate. A visit registered as not delivered counts only if its reason is one the rate group pays,
     * with the granted minutes. A visit that cannot be priced (no grant version on its day, no rate group, time band
     * or rate) becomes a problem row: the run then stops and lists them all.
     */
    static final String PRICE = """
            insert into settlement_draft
            with h as (select cast(string_to_array(:holidays, ',') as date[]) as days),
            ver as (
                select distinct on (g.grant_key, g.version_no) g.grant_key, g.version_no, g.effective_from,
                       g.minutes_per_delivery, g.area_code, g.intervention_code, g.intervention_name, g.legal_basis
                from decision_grant g join decision d on d.id = g.decision_id
                where d.municipality_id = :municipality and g.effective_from <= :to
                order by g.grant_key, g.version_no, g.id desc
            ),
            span as (
                select ver.*, min(effective_from) over (partition by grant_key order by version_no desc
                                  rows between unbounded preceding and 1 preceding) - 1 as effective_to
                from ver
            ),
            grant_group as (
                select s.*, coalesce(mi.rate_group, ma.rate_group) as rate_group
                from span s
                left join settlement_rate_group_member mi on mi.municipality_id = :municipality
                     and mi.kind = 'INTERVENTION' and mi.code = s.intervention_code
                left join settlement_rate_group_member ma on ma.municipality_id = :municipality
                     and ma.kind = 'AREA' and ma.code = s.area_code
                where s.effective_to is null or (s.effective_to >= s.effective_from and s.effective_to >= :from)
            ),
            v as (
                select v.provider_id, v.citizen_id, v.grant_key, v.visit_date, g.version_no, rg.code as rate_group, rg.unit,
                       case when rg.basis = 'GRANTED' or v.not_delivered_reason is not null then g.minutes_per_delivery
                            else v.minutes end as paid_minutes,
                       """ + BAND + """
                       as band
                from visit v cross join h
                left join grant_group g on g.grant_key = v.grant_key and v.visit_date >= g.effective_from
                     and (g.effective_to is null or v.visit_date <= g.effective_to)
                left join settlement_rate_group rg on rg.municipality_id = :municipality and rg.code = g.rate_group
                left join settlement_time_band tb on tb.municipality_id = :municipality and v.visit_date >= tb.valid_from
                     and (tb.valid_to is null or v.visit_date <= tb.valid_to)
                where v.municipality_id = :municipality and v.kind = 'DELIVERED'
                  and v.visit_date between :from and :to
                  and (v.not_delivered_reason is null or rg.code is null or v.not_delivered_reason = any (rg.paid_not_delivered))
            ),
            -- the provider's own rate, else the free-choice rate, for every provider, rate group, band and day of the
            -- month: a few thousand rows the visits join by equality (two range joins of the visits with the small rate
            -- table made the planner hash the month's visits twice, about a quarter of the run)
            day_rate as (
                select p.id as provider_id, rg.code as rate_group, b.band, d.day,
                       coalesce(pr.amount_ore, fr.amount_ore) as amount_ore,
                       case when pr.amount_ore is not null then 'PROVIDER' when fr.amount_ore is not null then 'FREE_CHOICE' end as source
                from provider p
                cross join settlement_rate_group rg
                cross join (values ('WEEKDAY_DAY'), ('OTHER'), ('NIGHT'), ('ALL')) b(band)
                cross join (select cast(:from as date) + i as day
                            from generate_series(0, cast(:to as date) - cast(:from as date)) i) d
                left join settlement_rate pr on pr.municipality_id = :municipality and pr.provider_id = p.id
                     and pr.rate_group = rg.code and pr.band = b.band
                     and d.day >= pr.valid_from and (pr.valid_to is null or d.day <= pr.valid_to)
                left join settlement_rate fr on fr.municipality_id = :municipality and fr.provider_id is null
                     and fr.rate_group = rg.code and fr.band = b.band
                     and d.day >= fr.valid_from and (fr.valid_to is null or d.day <= fr.valid_to)
                where rg.municipality_id = :municipality
            ),
            r as (
                select v.*, coalesce(cr.amount_ore, dr.amount_ore) as rate_ore,
                       case when cr.amount_ore is not null then 'CASE' else dr.source end as rate_source
                from v
                left join settlement_case_rate cr on cr.municipality_id = :municipality and cr.grant_key = v.grant_key
                     and cr.provider_id = v.provider_id and (cr.band = v.band or cr.band = 'ALL')
                     and v.visit_date >= cr.valid_from and (cr.valid_to is null or v.visit_date <= cr.valid_to)
                left join day_rate dr on dr.provider_id = v.provider_id and dr.rate_group = v.rate_group
                     and dr.band = v.band and dr.day = v.visit_date
            ),
            -- first by narrow keys over every visit; the grant version's words and the account join the far fewer groups
            per_version as (
                select provider_id, citizen_id, grant_key, version_no, rate_group, unit, band, rate_source, rate_ore,
                       count(*) as visits, sum(paid_minutes) as minutes, min(visit_date) as first_day
                from r
                group by provider_id, citizen_id, grant_key, version_no, rate_group, unit, band, rate_source, rate_ore
            )
            select cast(:serviceMonth as date), a.provider_id, a.citizen_id, a.grant_key, g.intervention_code,
                   g.intervention_name, a.rate_group, g.legal_basis, coalesce(pa.account, po.account, acc.account, rg.account), a.band, a.unit,
                   a.rate_source, a.rate_ore, sum(a.visits), sum(a.minutes), min(a.first_day),
                   case when g.intervention_code is null then 'NO_GRANT' when a.rate_group is null then 'NO_RATE_GROUP'
                        when a.band is null then 'NO_TIME_BAND'
                        when a.rate_ore is null then 'NO_RATE' end
            from per_version a
            left join grant_group g on g.grant_key = a.grant_key and g.version_no = a.version_no
            left join settlement_rate_group rg on rg.municipality_id = :municipality and rg.code = a.rate_group
            left join settlement_account acc on acc.municipality_id = :municipality and acc.rate_group = a.rate_group
                 and acc.legal_basis = g.legal_basis
            left join settlement_provider_account pa on pa.municipality_id = :municipality and pa.rate_group = a.rate_group
                 and pa.provider_id = a.provider_id
            left join settlement_provider_account po on po.municipality_id = :municipality and po.rate_group = a.rate_group
                 and po.provider_id is null
            group by a.provider_id, a.citizen_id, a.grant_key, g.intervention_code, g.intervention_name, a.rate_group,
                     g.legal_basis, coalesce(pa.account, po.account, acc.account, rg.account), a.band, a.unit, a.rate_source, a.rate_ore""";

    /** A draft row's amount in øre: hourly lines rounded once, half up (round() of a positive numeric). */
    static final String AMOUNT = """
            case d.unit when 'HOUR' then cast(round(d.minutes * d.rate_ore / 60.0) as bigint)
                        else d.visits * d.rate_ore end
            """;

    static final String PROBLEMS = """
            insert into settlement_problem (run_id, provider_id, grant_key, intervention_code, band, first_day, visits, code)
            select :run, provider_id, grant_key, intervention_code, band, min(first_day), sum(visits), problem
            from settlement_draft where problem is not null
            group by provider_id, grant_key, intervention_code, band, problem""";

    static final String PERIOD_LINES = """
            insert into settlement_line (run_id, municipality_id, provider_id, kind, service_month, citizen_id, grant_key,
                intervention_code, intervention_name, rate_group, legal_basis, account, band, unit, rate_source, rate_ore,
                visits, minutes, amount_ore)
            select :run, :municipality, d.provider_id, 'PERIOD', d.service_month, d.citizen_id, d.grant_key,
                   d.intervention_code, d.intervention_name, d.rate_group, d.legal_basis, d.account, d.band, d.unit,
                   d.rate_source, d.rate_ore, d.visits, d.minutes, """ + AMOUNT + """
            from settlement_draft d where d.service_month = :serviceMonth""";

    /**
     * The difference for approved month {@code :serviceMonth}: the recomputed lines minus every line settled for
     * that month in approved runs (its own run's and earlier differences), per line key; keys that net to zero
     * are left out. A changed rate or band shows as a negative line at the old key and a positive at the new.
     */
    static final String DIFFERENCE_LINES = """
            insert into settlement_line (run_id, municipality_id, provider_id, kind, service_month, citizen_id, grant_key,
                intervention_code, intervention_name, rate_group, legal_basis, account, band, unit, rate_source, rate_ore,
                visits, minutes, amount_ore)
            select :run, :municipality, provider_id, 'DIFFERENCE', cast(:serviceMonth as date), citizen_id, grant_key,
                   intervention_code, intervention_name, rate_group, legal_basis, account, band, unit, rate_source, rate_ore,
                   sum(visits), sum(minutes), sum(amount_ore)
            from (
                select d.provider_id, d.citizen_id, d.grant_key, d.intervention_code, d.intervention_name, d.rate_group,
                       d.legal_basis, d.account, d.band, d.unit, d.rate_source, d.rate_ore, d.visits, d.minutes,
                       """ + AMOUNT + """
                       as amount_ore
                from settlement_draft d where d.service_month = :serviceMonth
                union all
                select l.provider_id, l.citizen_id, l.grant_key, l.intervention_code, l.intervention_name, l.rate_group,
                       l.legal_basis, l.account, l.band, l.unit, l.rate_source, l.rate_ore, -l.visits, -l.minutes,
                       -l.amount_ore
                from settlement_line l join settlement_run r on r.id = l.run_id
                where r.municipality_id = :municipality and r.status = 'APPROVED' and l.service_month = :serviceMonth
                  and l.kind in ('PERIOD', 'DIFFERENCE')
            ) x
            group by provider_id, citizen_id, grant_key, intervention_code, intervention_name, rate_group, legal_basis,
                     account, band, unit, rate_source, rate_ore
            having sum(visits) <> 0 or sum(minutes) <> 0 or sum(amount_ore) <> 0""";

    /**
     * Whether approved month {@code :from}–{@code :to} may have changed since {@code :since} (the last time an
     * approved run looked at it): a visit of the month registered or corrected, a decision with a changed grant
     * in effect by the month's end, a case rate entered or ended, or the policy file changed.
     */
    static final String CHANGED_SINCE = """
            select exists (select 1 from visit v where v.municipality_id = :municipality and v.modified_at > :since
                               and v.visit_date between :from and :to and v.kind = 'DELIVERED')
                or exists (select 1 from decision d join decision_grant g on g.decision_id = d.id
                           where d.municipality_id = :municipality and d.created_at > :since and not g.carried_over
                             and g.effective_from <= :to)
                or exists (select 1 from settlement_case_rate c where c.municipality_id = :municipality
                             and c.modified_at > :since and c.valid_from <= :to)
                or exists (select 1 from settlement_policy p where p.municipality_id = :municipality and p.changed_at > :since)""";

    /** The grant's current version (the latest decision's copy) with the policy's temporary-help exemption. */
    private static final String CURRENT_GRANTS = """
            with cur as (
                select distinct on (g.grant_key) g.grant_key, d.citizen_id, g.intervention_code, g.intervention_name,
                       g.legal_basis, g.start_on, g.end_on, g.provider_id, g.rehabilitation_course, g.final_evaluation_on
                from decision_grant g join decision d on d.id = g.decision_id
                where d.municipality_id = :municipality and d.status = 'CURRENT'
                order by g.grant_key, g.version_no desc, g.id desc
            ),
            payable as (
                select cur.*, ci.rate from cur
                join settlement_copayment_intervention ci on ci.municipality_id = :municipality
                     and ci.intervention_code = cur.intervention_code
                join settlement_policy pol on pol.municipality_id = :municipality
                where not (cur.end_on is not null
                           and exists (select 1 from unnest(pol.temporary_free_bases) b where cur.legal_basis like b || '%'))
            )
            """;

    /**
     * Monthly co-payment (e.g. the laundry scheme): the price valid on the first day in force in the month, pro
     * rata by the days in force, rounded half up to the øre.
     */
    static final String COPAYMENT_MONTH = CURRENT_GRANTS + """
            insert into settlement_copayment (run_id, municipality_id, citizen_id, grant_key, intervention_code,
                intervention_name, rate, name, unit, quantity, price_ore, amount_ore)
            select :run, :municipality, p.citizen_id, p.grant_key, p.intervention_code, p.intervention_name, p.rate,
                   pr.name, 'MONTH', round(x.days / cast(:daysInMonth as numeric), 2), pr.amount_ore,
                   cast(round(pr.amount_ore * x.days / cast(:daysInMonth as numeric)) as bigint)
            from payable p
            cross join lateral (select least(coalesce(p.end_on, :to), :to) - greatest(p.start_on, :from) + 1 as days) x
            join settlement_copayment_price pr on pr.municipality_id = :municipality and pr.rate = p.rate and pr.unit = 'MONTH'
                 and greatest(p.start_on, :from) >= pr.valid_from
                 and (pr.valid_to is null or greatest(p.start_on, :from) <= pr.valid_to)
            where p.start_on <= :to and (p.end_on is null or p.end_on >= :from)""";

    /** Co-payment per delivered portion (e.g. meals): delivered visits × the price valid on the visit's day. */
    static final String COPAYMENT_VISIT = CURRENT_GRANTS + """
            insert into settlement_copayment (run_id, municipality_id, citizen_id, grant_key, intervention_code,
                intervention_name, rate, name, unit, quantity, price_ore, amount_ore)
            select :run, :municipality, p.citizen_id, p.grant_key, p.intervention_code, p.intervention_name, p.rate,
                   pr.name, 'VISIT', count(*), pr.amount_ore, count(*) * pr.amount_ore
            from payable p
            join visit v on v.municipality_id = :municipality and v.grant_key = p.grant_key and v.kind = 'DELIVERED'
                 and v.not_delivered_reason is null and v.visit_date between :from and :to
            join settlement_copayment_price pr on pr.municipality_id = :municipality and pr.rate = p.rate and pr.unit = 'VISIT'
                 and v.visit_date >= pr.valid_from and (pr.valid_to is null or v.visit_date <= pr.valid_to)
            group by p.citizen_id, p.grant_key, p.intervention_code, p.intervention_name, p.rate, pr.name, pr.amount_ore""";

    /**
     * Own payment per day of a stay in a place (issue 19): the days [from_on, to_on) within the month of the stays the
     * citizen moved into (STAYING or ENDED) from a list entry put there by a grant whose intervention the rate covers,
     * each day at the price valid that day. A planned or cancelled stay costs nothing.
     */
    static final String COPAYMENT_DAY = CURRENT_GRANTS + """
            , stay_day as (
                select p.citizen_id, p.grant_key, p.intervention_code, p.intervention_name, p.rate, d.ts::date as day
                from payable p
                join place_list_entry e on e.municipality_id = :municipality and e.grant_key = p.grant_key
                join place_stay s on s.entry_id = e.id and s.municipality_id = :municipality
                     and s.status in ('STAYING','ENDED') and s.from_on <= :to and (s.to_on is null or s.to_on > :from)
                cross join lateral generate_series(greatest(s.from_on, :from),
                                                   least(coalesce(s.to_on - 1, :to), :to), interval '1 day') d(ts)
            )
            insert into settlement_copayment (run_id, municipality_id, citizen_id, grant_key, intervention_code,
                intervention_name, rate, name, unit, quantity, price_ore, amount_ore)
            select :run, :municipality, sd.citizen_id, sd.grant_key, sd.intervention_code, sd.intervention_name, sd.rate,
                   pr.name, 'DAY', count(*), pr.amount_ore, count(*) * pr.amount_ore
            from stay_day sd
            join settlement_copayment_price pr on pr.municipality_id = :municipality and pr.rate = sd.rate and pr.unit = 'DAY'
                 and sd.day >= pr.valid_from and (pr.valid_to is null or sd.day <= pr.valid_to)
            group by sd.citizen_id, sd.grant_key, sd.intervention_code, sd.intervention_name, sd.rate, pr.name, pr.amount_ore""";

    /**
     * The outcome bonus (seed 004): per § 83 a course grant finally evaluated in the month, to the provider delivering
     * it on the final evaluation (the one chosen, or after a switch the new one), when the FSIII functional-ability scores improved by at least min_improvement points in all — the
     * net fall in score over the states scored 0–4 both in the last assessment on or before the course's start and
     * in the last one after the start and on or before the final evaluation.
     */
    static final String BONUS_LINES = CURRENT_GRANTS + """
            , course as (
                select * from cur where rehabilitation_course and provider_id is not null
                  and final_evaluation_on between :from and :to
            ),
            before as (
                select distinct on (c.grant_key) c.grant_key, a.id from course c
                join assessment a on a.municipality_id = :municipality and a.citizen_id = c.citizen_id
                     and a.assessed_on <= c.start_on
                order by c.grant_key, a.assessed_on desc, a.id desc
            ),
            after as (
                select distinct on (c.grant_key) c.grant_key, a.id from course c
                join assessment a on a.municipality_id = :municipality and a.citizen_id = c.citizen_id
                     and a.assessed_on > c.start_on and a.assessed_on <= c.final_evaluation_on
                order by c.grant_key, a.assessed_on desc, a.id desc
            ),
            improvement as (
                select b.grant_key, sum(sb.score - sa.score) as points
                from before b join after af on af.grant_key = b.grant_key
                join assessment_ability_score sb on sb.assessment_id = b.id
                join assessment_ability_score sa on sa.assessment_id = af.id and sa.state_code = sb.state_code
                where sb.score between 0 and 4 and sa.score between 0 and 4
                group by b.grant_key
            )
            insert into settlement_line (run_id, municipality_id, provider_id, kind, service_month, citizen_id, grant_key,
                intervention_code, intervention_name, rate_group, legal_basis, account, band, unit, rate_source, rate_ore,
                visits, minutes, amount_ore)
            select :run, :municipality,
                   -- the provider delivering the course on its final evaluation (after a switch, the new one)
                   coalesce((select s.provider_id from grant_delivery_segment s where s.grant_key = c.grant_key
                               and (s.from_on is null or s.from_on <= c.final_evaluation_on)
                               and (s.next_from is null or c.final_evaluation_on < s.next_from)
                             order by s.from_on desc nulls last limit 1), c.provider_id),
                   'BONUS', cast(:from as date), c.citizen_id, c.grant_key,
                   c.intervention_code, c.intervention_name, 'outcome-bonus', c.legal_basis, b.account, 'ALL', 'COURSE',
                   'BONUS', b.amount_ore, 1, 0, b.amount_ore
            from course c join improvement i on i.grant_key = c.grant_key
            join settlement_bonus b on b.municipality_id = :municipality and c.final_evaluation_on >= b.valid_from
                 and (b.valid_to is null or c.final_evaluation_on <= b.valid_to)
            where i.points >= b.min_improvement""";
}
