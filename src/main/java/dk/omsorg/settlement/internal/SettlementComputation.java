package dk.omsorg.settlement.internal;

import dk.omsorg.settlement.SettlementPolicies;
import dk.omsorg.settlement.SettlementPolicy;
import dk.omsorg.settlement.TimeBandRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Computes one settlement run in one transaction: prices the month's delivered visits, and every approved month in
 * the correction window that changed since it was last settled; stops with every problem listed when a visit cannot
 * be priced; else writes the month's lines, the difference lines, the co-payment and the outcome bonus, and the
 * totals. Each step is one set-based statement ({@link SettlementSql}). Progress is written beside it in
 * transactions of its own ({@link SettlementProgress}), so the finance officer sees it move.
 */
@Component
public class SettlementComputation {

    /** What the run came to. */
    public record Outcome(boolean failed, int problems, long totalOre, long coPaymentOre) {
    }

    private final JdbcClient jdbc;
    private final SettlementPolicies policies;
    private final SettlementProgress progress;
    private final Clock clock;

    private final String workMem;

    SettlementComputation(JdbcClient jdbc, SettlementPolicies policies, SettlementProgress progress, Clock clock,
                          @org.springframework.beans.factory.annotation.Value("${omsorg.settlement.work-mem:128MB}") String workMem) {
        this.workMem = workMem;
        this.jdbc = jdbc;
        this.policies = policies;
        this.progress = progress;
        this.clock = clock;
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SettlementComputation.class);

    @Transactional
    public Outcome compute(long runId) {
        long started = System.nanoTime();
        java.util.List<String> timings = new java.util.ArrayList<>();
        var run = jdbc.sql("select municipality_id, month from settlement_run where id = ?").param(runId)
                .query((rs, n) -> new Object[]{rs.getInt(1), rs.getObject(2, LocalDate.class)}).single();
        int municipality = (Integer) run[0];
        YearMonth month = YearMonth.from((LocalDate) run[1]);
        SettlementPolicy policy = policies.forMunicipality(municipality).orElseThrow();
        // one run of a municipality at a time: differences of one approved month are settled once
        jdbc.sql("select pg_advisory_xact_lock(hashtext('settlement'), ?)").param(municipality).query(Object.class).single();
        // a month's visits are grouped in memory: enough working memory that the hash aggregates do not spill to disk
        jdbc.sql("select set_config('work_mem', ?, true)").param(workMem).query(String.class).single();
        OffsetDateTime computedAt = clock.instant().atOffset(ZoneOffset.UTC);

        for (String table : List.of("settlement_line", "settlement_problem", "settlement_copayment")) {
            jdbc.sql("delete from " + table + " where run_id = ?").param(runId).update();
        }
        jdbc.sql(SettlementSql.DRAFT_TABLE).update();
        jdbc.sql("truncate settlement_draft").update();

        progress.report(runId, 10, "settlement.phase.pricing");
        price(municipality, policy, month);

        timings.add("priced " + millis(started));
        progress.report(runId, 35, "settlement.phase.corrections");
        List<YearMonth> changed = changedApprovedMonths(municipality, policy, month);
        for (YearMonth earlier : changed) {
            price(municipality, policy, earlier);
        }

        int problems = jdbc.sql(SettlementSql.PROBLEMS).param("run", runId).update();
        if (problems > 0) {
            finish(runId, "FAILED", "settlement.phase.failed", computedAt, null, null);
            return new Outcome(true, problems, 0, 0);
        }

        timings.add("corrections and problems " + millis(started));
        progress.report(runId, 55, "settlement.phase.lines");
        jdbc.sql(SettlementSql.PERIOD_LINES).param("run", runId).param("municipality", municipality)
                .param("serviceMonth", month.atDay(1)).update();
        for (YearMonth earlier : changed) {
            jdbc.sql(SettlementSql.DIFFERENCE_LINES).param("run", runId).param("municipality", municipality)
                    .param("serviceMonth", earlier.atDay(1)).update();
        }

        timings.add("lines " + millis(started));
        progress.report(runId, 75, "settlement.phase.coPayment");
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        jdbc.sql(SettlementSql.COPAYMENT_MONTH).param("run", runId).param("municipality", municipality)
                .param("from", from).param("to", to).param("daysInMonth", month.lengthOfMonth()).update();
        jdbc.sql(SettlementSql.COPAYMENT_VISIT).param("run", runId).param("municipality", municipality)
                .param("from", from).param("to", to).update();
        jdbc.sql(SettlementSql.COPAYMENT_DAY).param("run", runId).param("municipality", municipality)
                .param("from", from).param("to", to).update();

        timings.add("co-payment " + millis(started));
        progress.report(runId, 90, "settlement.phase.bonus");
        jdbc.sql(SettlementSql.BONUS_LINES).param("run", runId).param("municipality", municipality)
                .param("from", from).param("to", to).update();

        long total = jdbc.sql("select coalesce(sum(amount_ore), 0) from settlement_line where run_id = ?").param(runId)
                .query(Long.class).single();
        long coPayment = jdbc.sql("select coalesce(sum(amount_ore), 0) from settlement_copayment where run_id = ?")
                .param(runId).query(Long.class).single();
        finish(runId, "DRAFT", "settlement.phase.done", computedAt, total, coPayment);
        timings.add("bonus and totals " + millis(started));
        log.info("Settlement run {} of {} computed, ms since start: {}", runId, month, timings);
        return new Outcome(false, 0, total, coPayment);
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private void price(int municipality, SettlementPolicy policy, YearMonth month) {
        // the planner takes the small day-rate join for skewed (its keys' spread is unknown) and sorts the month's
        // visits for a merge join instead: hashing the few thousand day rates is about a third faster; and it expects a
        // group per visit (it cannot know that a grant's visits share their keys), so at a large municipality's month it
        // sorts every visit to group them where hashing the far fewer groups is faster (bench/README.md)
        jdbc.sql("set local enable_mergejoin = off").update();
        jdbc.sql("set local enable_sort = off").update();
        jdbc.sql(SettlementSql.PRICE).param("municipality", municipality).param("from", month.atDay(1))
                .param("to", month.atEndOfMonth()).param("serviceMonth", month.atDay(1))
                .param("holidays", holidays(policy, month)).update();
        jdbc.sql("set local enable_mergejoin = on").update();
        jdbc.sql("set local enable_sort = on").update();
    }

    /** The month's holidays under the time-band version in force on its first day (public holidays and extra days). */
    static String holidays(SettlementPolicy policy, YearMonth month) {
        Set<LocalDate> days = new TreeSet<>();
        policy.timeBandsOn(month.atDay(1)).or(() -> policy.timeBandsOn(month.atEndOfMonth()))
                .map((TimeBandRule rule) -> rule.holidays(month.getYear())).ifPresent(days::addAll);
        return days.stream().filter(d -> YearMonth.from(d).equals(month)).map(LocalDate::toString)
                .collect(Collectors.joining(","));
    }

    /**
     * The approved months within the correction window before {@code month} whose data changed since an approved
     * run last looked at them (every run looks at all of them, so the latest approved run of that month or later
     * is when).
     */
    private List<YearMonth> changedApprovedMonths(int municipality, SettlementPolicy policy, YearMonth month) {
        record Approved(LocalDate month, OffsetDateTime since) {
        }
        List<Approved> approved = jdbc.sql("""
                        select r.month, (select max(r2.computed_at) from settlement_run r2 where r2.municipality_id = r.municipality_id
                                         and r2.status = 'APPROVED' and r2.month >= r.month) as since
                        from settlement_run r
                        where r.municipality_id = :municipality and r.status = 'APPROVED' and r.month >= :earliest and r.month < :month
                        order by r.month""")
                .param("municipality", municipality)
                .param("earliest", month.minusMonths(policy.correctionMonths()).atDay(1))
                .param("month", month.atDay(1))
                .query((rs, n) -> new Approved(rs.getObject(1, LocalDate.class), rs.getObject(2, OffsetDateTime.class)))
                .list();
        return approved.stream()
                .filter(a -> jdbc.sql(SettlementSql.CHANGED_SINCE).param("municipality", municipality)
                        .param("from", a.month()).param("to", YearMonth.from(a.month()).atEndOfMonth())
                        .param("since", a.since()).query(Boolean.class).single())
                .map(a -> YearMonth.from(a.month()))
                .toList();
    }

    private void finish(long runId, String status, String phase, OffsetDateTime computedAt, Long total, Long coPayment) {
        jdbc.sql("""
                        update settlement_run set status = ?, progress = 100, phase = ?, computed_at = ?, total_ore = ?,
                            copayment_total_ore = ?, version = version + 1
                        where id = ?""")
                .params(status, phase, computedAt, total, coPayment, runId).update();
    }
}
