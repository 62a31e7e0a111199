package dk.omsorg.bench;

import dk.omsorg.bench.MunicipalityGenerator.Spec;
import dk.omsorg.bench.WorkspaceGenerator.Work;
import dk.omsorg.management.ActivityFigures;
import dk.omsorg.management.DeadlineFigures;
import dk.omsorg.management.ManagementFilter;
import dk.omsorg.management.SpecialCaseCosts;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Issue 21's management benchmark: the workspace data ({@link WorkspaceGenerator}: by default 100,000 citizens,
 * 1,000,000 grants, 10,000,000 visits) plus what the pages count — the decisions recorded two days ago, a back-dated
 * change (a new decision version, recorded now) for 5 % of the citizens, an inquiry per citizen (decided on its
 * deadline ±), follow-ups and reassessment flags — then each page's query (the real bean, no filter) timed against
 * {@link HandWrittenManagement} in the same run: a warm-up, {@code runs} timed runs each, the median. The results must
 * be equal, else exit 1. {@code RESULT management_<page>_ratio=…} (target ≤ 2.0).
 */
final class ManagementBenchmark {

    private ManagementBenchmark() {
    }

    /**
     * The scale both management benchmarks generate (options {@code citizens}, {@code grants}, {@code visits},
     * {@code runs}): the workspace benchmark's municipality, Greve, its visits over the last 28 days.
     */
    record Scale(int citizens, int grants, long visits, int runs, LocalDate today, Spec spec) {

        static Scale of(Map<String, String> options) {
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"));
            int citizens = DeliveryBenchmark.number(options, "citizens", 100_000);
            int grants = DeliveryBenchmark.number(options, "grants", 1_000_000);
            return new Scale(citizens, grants, DeliveryBenchmark.number(options, "visits", 10_000_000),
                    DeliveryBenchmark.number(options, "runs", 3), today,
                    new Spec(253, citizens, grants, 5, today.minusDays(28), 28, 0.08, 20250101L, null));
        }

        /** Prints the scale and starts the application on a fresh database. */
        ConfigurableApplicationContext start(String name) {
            System.out.printf(Locale.ROOT, "%s benchmark: %,d citizens, %,d grants, %,d visits; %d runs after a warm-up%n",
                    name, citizens, grants, visits, runs);
            ConfigurableApplicationContext app = DeliveryBenchmark.start();
            System.out.println("PostgreSQL " + app.getBean(JdbcClient.class).sql("show server_version").query(String.class).single());
            return app;
        }

        /** Generates the municipality in the started application's database. */
        void generate(ConfigurableApplicationContext app) throws Exception {
            new WorkspaceGenerator(app.getBean(DataSource.class)).generate(new Work(spec, 1, visits, 0, today, true), "x");
        }

        static String databaseSize(JdbcClient jdbc) {
            return jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))").query(String.class).single();
        }
    }

    static int run(Map<String, String> options) throws Exception {
        Scale scale = Scale.of(options);
        LocalDate today = scale.today();
        Spec spec = scale.spec();
        int runs = scale.runs();
        try (ConfigurableApplicationContext app = scale.start("management")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long t0 = System.nanoTime();
            scale.generate(app);
            history(jdbc, today);
            System.out.printf(Locale.ROOT, "generated in %.1f s; database %s%n", (System.nanoTime() - t0) / 1e9,
                    Scale.databaseSize(jdbc));

            ManagementFilter filter = new ManagementFilter(253, YearMonth.from(spec.firstDay()), YearMonth.from(today),
                    null, null, null, today.minusDays(1));
            ActivityFigures activity = app.getBean(ActivityFigures.class);
            DeadlineFigures deadlines = app.getBean(DeadlineFigures.class);
            List<String> results = new ArrayList<>();
            boolean right = true;
            right &= compare("activity", runs, results, () -> page(activity.rows(filter)),
                    () -> HandWrittenManagement.activity(jdbc, 253, filter.firstDay(), filter.lastDay(), filter.knownCut()));
            right &= compare("deadlines", runs, results, () -> deadlineLines(deadlines.rows(filter, today)),
                    () -> HandWrittenManagement.deadlines(jdbc, 253, filter.firstDay(), filter.lastDay(), today));
            SpecialCaseCosts specialCases = app.getBean(SpecialCaseCosts.class);
            right &= compare("special_cases", runs, results, () -> specialCaseLines(specialCases.rows(filter)),
                    () -> HandWrittenManagement.specialCases(jdbc, 253, filter.firstDay(), filter.lastDay()));
            System.out.println("RESULT " + String.join(" ", results) + " (target ≤ 2.0)");
            return right ? 0 : 1;
        }
    }

    /** Times both (warm-up, then {@code runs} each, alternating), prints the medians, checks the results equal. */
    static boolean compare(String page, int runs, List<String> results, Supplier<Object> real, Supplier<Object> hand) {
        Object a = real.get();
        Object b = hand.get();
        long[] realNanos = new long[runs];
        long[] handNanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            a = real.get();
            realNanos[i] = System.nanoTime() - t;
            t = System.nanoTime();
            b = hand.get();
            handNanos[i] = System.nanoTime() - t;
        }
        double r = DeliveryBenchmark.median(realNanos);
        double h = DeliveryBenchmark.median(handNanos);
        boolean equal = a.equals(b);
        System.out.printf(Locale.ROOT, "%s: page query %.3f s, hand-written %.3f s, ratio %.2f; %d lines, %s%n", page, r, h,
                r / h, ((Map<?, ?>) a).size(), equal ? "identical" : "DIFFERENT");
        if (!equal) {
            System.out.println("  page:         " + a);
            System.out.println("  hand-written: " + b);
        }
        results.add(String.format(Locale.ROOT, "management_%s_ratio=%.2f", page, r / h));
        return equal;
    }

    private static Map<String, List<BigDecimal>> page(List<ActivityFigures.Row> rows) {
        Map<String, List<BigDecimal>> lines = new TreeMap<>();
        for (ActivityFigures.Row r : rows) {
            lines.put(r.month().atDay(1) + "|" + r.providerId() + "|" + (r.districtCode() == null ? "" : r.districtCode()),
                    HandWrittenManagement.normal(r.grantedThen(), r.grantedNow(), BigDecimal.valueOf(r.plannedThen()),
                            BigDecimal.valueOf(r.plannedNow()), BigDecimal.valueOf(r.deliveredThen()),
                            BigDecimal.valueOf(r.deliveredNow())));
        }
        return lines;
    }

    private static Map<String, Long> deadlineLines(List<DeadlineFigures.Row> rows) {
        Map<String, Long> lines = new TreeMap<>();
        rows.stream().filter(r -> r.count() != 0).forEach(r -> lines.merge(r.part() + "|" + r.month().atDay(1) + "|" + r.group()
                + "|" + r.measure(), r.count(), Long::sum));
        return lines;
    }

    private static Map<String, List<Long>> specialCaseLines(List<SpecialCaseCosts.Row> rows) {
        Map<String, List<Long>> lines = new TreeMap<>();
        rows.forEach(r -> lines.put(r.month().atDay(1) + "|" + r.providerId(), List.of(r.cases(), r.costOre())));
        return lines;
    }

    /** What the generator leaves out and the pages count; set-based, a few statements. */
    private static void history(JdbcClient jdbc, LocalDate today) {
        long t0 = System.nanoTime();
        jdbc.sql("update decision set created_at = now() - interval '2 days' where municipality_id = 253").update();
        // 5 % of the citizens: a new decision version recorded now; every 3rd grant changed, back-dated 10 days
        jdbc.sql("""
                insert into decision (municipality_id, citizen_id, lineage_id, version_no, supersedes_decision_id, status,
                    decided_on, applied_for, reasoning, minor_adjustment, created_at, created_by, modified_at, modified_by, version)
                select municipality_id, citizen_id, lineage_id, 2, id, 'CURRENT', current_date, applied_for, reasoning, true,
                       now(), 'bench', now(), 'bench', 0
                from decision where municipality_id = 253 and status = 'CURRENT' and citizen_id % 20 = 0""").update();
        jdbc.sql("""
                update decision o set status = 'SUPERSEDED', superseded_by_decision_id = n.id
                from decision n where n.supersedes_decision_id = o.id and n.created_by = 'bench'""").update();
        String columns = jdbc.sql("""
                select string_agg(column_name, ', ' order by ordinal_position) from information_schema.columns
                where table_name = 'decision_grant' and table_schema = current_schema()
                  and column_name not in ('id', 'decision_id', 'version_no', 'carried_over', 'weekly_minutes', 'effective_from')""")
                .query(String.class).single();
        jdbc.sql("insert into decision_grant (decision_id, version_no, carried_over, weekly_minutes, effective_from, " + columns
                + ") select n.id, g.version_no + case when g.id % 3 = 0 then 1 else 0 end, g.id % 3 <> 0, "
                + "case when g.id % 3 = 0 then g.weekly_minutes + 30 else g.weekly_minutes end, "
                + "case when g.id % 3 = 0 then greatest(g.start_on, current_date - 10) else g.effective_from end, "
                + columns.replaceAll("(\\w+)", "g.$1")
                + " from decision n join decision_grant g on g.decision_id = n.supersedes_decision_id where n.created_by = 'bench'")
                .update();
        // an inquiry per citizen, received in the last 8 weeks, deadline 4 weeks on; decided on its deadline ± 10 days
        jdbc.sql("""
                insert into inquiry (municipality_id, citizen_id, source, received_at, request, legal_basis, consent, priority,
                    deadline, deadline_weeks, status, created_at, created_by, modified_at, modified_by, version)
                select 253, c.id, 'CITIZEN', now() - (c.id % 56) * interval '1 day', 'Hjælp', 'SEL § 83', 'NOT_NEEDED', 'NORMAL',
                       current_date - (c.id % 56)::int + 28, 4, case when c.id % 4 = 0 then 'ASSIGNED' else 'CLOSED' end,
                       now(), 'bench', now(), 'bench', 0
                from citizen c where c.municipality_id = 253""").update();
        jdbc.sql("""
                update decision d set inquiry_id = i.id, decided_on = i.deadline + (d.citizen_id % 21)::int - 10
                from inquiry i where i.citizen_id = d.citizen_id and d.version_no = 1 and i.status = 'CLOSED'""").update();
        // follow-ups and reassessment flags for 2 % of the grants
        jdbc.sql("""
                insert into follow_up (municipality_id, citizen_id, decision_id, grant_key, intervention_name, rule, rule_source,
                    base_on, interval_months, due_on, caseworker, status, created_at, created_by, modified_at, modified_by)
                select 253, d.citizen_id, d.id, g.grant_key, g.intervention_name, 'CASEWORKER_INTERVAL', 'bench',
                       current_date - 200, 6, current_date - (g.id % 50)::int + 10, 'bench', 'OPEN', now(), 'bench', now(), 'bench'
                from decision d join decision_grant g on g.decision_id = d.id
                where d.municipality_id = 253 and d.status = 'CURRENT' and g.id % 50 = 1""").update();
        long scan = jdbc.sql("""
                insert into reassessment_scan (municipality_id, as_of, trigger, started_at, started_by)
                values (253, current_date, 'ON_DEMAND', now(), 'bench') returning id""").query(Long.class).single();
        jdbc.sql("""
                insert into reassessment_flag (municipality_id, citizen_id, grant_key, grant_version_no, decision_id, caseworker,
                    direction, basis, first_day, last_day, days_lasted, granted_minutes_per_week, deliveries_per_week,
                    change_per_week, change_per_delivery, deviation_percent, thresholds, rule_text, status, resolution_note,
                    resolved_at, resolved_by, raised_at, raised_by_scan_id, updated_by_scan_id, version)
                select 253, d.citizen_id, g.grant_key, g.version_no, d.id, 'bench', 1, 'DELIVERED', current_date - 20,
                       current_date - 5, 15, g.weekly_minutes, 7, 30, 4.3, 50, array['PERCENT'], 'bench',
                       case when g.id % 2 = 0 then 'KEPT' else 'OPEN' end, case when g.id % 2 = 0 then 'Uændret' end,
                       case when g.id % 2 = 0 then now() - (g.id % 20) * interval '1 day' end,
                       case when g.id % 2 = 0 then 'bench' end, now() - (g.id % 40) * interval '1 day', :scan, :scan, 1
                from decision d join decision_grant g on g.decision_id = d.id
                where d.municipality_id = 253 and d.status = 'CURRENT' and g.id % 50 = 2""").param("scan", scan).update();
        // special 1:1 cases for 1 % of the citizens: contracted 40 days ago, minutes changed 15 days ago, every other ended
        jdbc.sql("""
                insert into special_case (municipality_id, citizen_id, setting, status, watch_day, watch_evening, watch_night,
                    package_criteria_met, need, opened_on, next_follow_up, created_at, created_by, modified_at, modified_by)
                select 253, c.id, 'HOME', 'CONTRACTED', true, true, false, true, 'Fast vagt', current_date - 60,
                       current_date + 100, now(), 'bench', now(), 'bench'
                from citizen c where c.municipality_id = 253 and c.id % 100 = 0""").update();
        jdbc.sql("""
                insert into special_case_finance_notice (municipality_id, special_case_id, cause, effective_on, provider_id,
                    weekly_minutes, cost_before_ore, cost_after_ore, happened_at, happened_by)
                select 253, s.id, e.cause, current_date - e.days, p.id, 1200, 0, e.cost + s.id % 1000, now(), 'bench'
                from special_case s
                join lateral (select id from provider where municipality_id = 253 order by id offset (s.id % 3) limit 1) p on true
                cross join (values ('CONTRACT', 40, 3100000), ('MINUTES', 15, 4200000), ('END', 5, 0)) e(cause, days, cost)
                where s.municipality_id = 253 and s.created_by = 'bench' and (e.cause <> 'END' or s.id % 2 = 0)""").update();
        jdbc.sql("analyze decision, decision_grant, inquiry, follow_up, reassessment_flag, special_case, "
                + "special_case_finance_notice").update();
        System.out.printf(Locale.ROOT, "  generated history (changes, inquiries, follow-ups, flags) in %.1f s%n",
                (System.nanoTime() - t0) / 1e9);
    }
}
