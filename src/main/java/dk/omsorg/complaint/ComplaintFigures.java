package dk.omsorg.complaint;

import dk.omsorg.shared.DanishTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The leader's figures on complaints received in a period (issue 18): complaints per area and month, the share with
 * full agreement (medhold) of those reconsidered, forwarded to Ankestyrelsen within the deadline, breaches, and
 * Ankestyrelsen's outcomes. A complaint counts once in each area of the grants it is about (a complaint on a decision
 * with refusals only has no area: the empty name).
 */
@Service
public class ComplaintFigures {

    /** Complaints received in one area in one month. */
    public record AreaMonth(String area, YearMonth month, long complaints) {
    }

    /**
     * @param fullAgreementShare percent of the reconsidered with full agreement, null when none reconsidered
     * @param onTimeShare        percent of the forwarded sent within the deadline, null when none forwarded
     * @param breaches           forwarded late, or still waiting after the deadline
     */
    public record Figures(YearMonth from, YearMonth to, List<AreaMonth> perAreaAndMonth, Map<YearMonth, Long> perMonth,
                          long received, long reconsidered, long fullAgreement, BigDecimal fullAgreementShare,
                          long forwarded, long forwardedOnTime, BigDecimal onTimeShare, long breaches,
                          Map<AppealOutcome, Long> outcomes) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ComplaintAppealPolicy policy;

    ComplaintFigures(JdbcClient jdbc, Clock clock, ComplaintAppealPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    public YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(DanishTime.ZONE));
    }

    public Figures of(int municipalityId, YearMonth from, YearMonth to) {
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        LocalDate today = LocalDate.now(clock.withZone(DanishTime.ZONE));
        List<AreaMonth> areas = jdbc.sql("""
                select coalesce(a.area_name, ''), date_trunc('month', k.received_on)::date, count(distinct k.id)
                  from complaint k
                  left join lateral (select distinct g.area_name from decision_grant g
                                      where g.decision_id = k.decision_id
                                        and (k.whole_decision or g.grant_key = any (k.grant_keys))) a on true
                 where k.municipality_id = ? and k.received_on between ? and ?
                 group by 1, 2 order by 2, 1""").params(municipalityId, first, last)
                .query((rs, n) -> new AreaMonth(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class)),
                        rs.getLong(3))).list();
        Map<YearMonth, Long> perMonth = new java.util.TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            perMonth.put(m, 0L);
        }
        jdbc.sql("""
                select date_trunc('month', received_on)::date, count(*) from complaint
                 where municipality_id = ? and received_on between ? and ? group by 1""").params(municipalityId, first, last)
                .query((rs, n) -> Map.entry(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2))).list()
                .forEach(e -> perMonth.put(e.getKey(), e.getValue()));
        long[] t = jdbc.sql("""
                select count(*),
                       count(*) filter (where k.outcome is not null),
                       count(*) filter (where k.outcome = 'FULL'),
                       count(*) filter (where f.forwarded_on is not null),
                       count(*) filter (where f.forwarded_on <= f.deadline),
                       count(*) filter (where f.forwarded_on > f.deadline or (f.forwarded_on is null and f.deadline < ?))
                  from complaint k left join complaint_forwarding f on f.complaint_id = k.id
                 where k.municipality_id = ? and k.received_on between ? and ?""")
                .params(today, municipalityId, first, last)
                .query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)}).single();
        // waiting to be forwarded but not yet opened (the sweep opens them): the deadline from the policy
        long unopenedBreaches = jdbc.sql("""
                select k.received_on from complaint k
                 where k.municipality_id = ? and k.received_on between ? and ? and k.status = 'FORWARDING'
                   and not exists (select 1 from complaint_forwarding f where f.complaint_id = k.id)""")
                .params(municipalityId, first, last).query(LocalDate.class).list().stream()
                .filter(r -> policy.forwardingDeadline(municipalityId, r).isBefore(today)).count();
        Map<AppealOutcome, Long> outcomes = new EnumMap<>(AppealOutcome.class);
        for (AppealOutcome o : AppealOutcome.values()) {
            outcomes.put(o, 0L);
        }
        jdbc.sql("""
                select o.outcome, count(*) from appeal_outcome o join complaint k on k.id = o.complaint_id
                 where k.municipality_id = ? and k.received_on between ? and ? group by 1""")
                .params(municipalityId, first, last)
                .query((rs, n) -> Map.entry(AppealOutcome.valueOf(rs.getString(1)), rs.getLong(2))).list()
                .forEach(e -> outcomes.put(e.getKey(), e.getValue()));
        return new Figures(from, to, areas, perMonth, t[0], t[1], t[2], share(t[2], t[1]), t[3], t[4], share(t[4], t[3]),
                t[5] + unopenedBreaches, outcomes);
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
