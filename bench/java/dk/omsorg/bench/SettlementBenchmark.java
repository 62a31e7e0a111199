package dk.omsorg.bench;

import dk.omsorg.bench.MunicipalityGenerator.Generated;
import dk.omsorg.bench.MunicipalityGenerator.ProviderFile;
import dk.omsorg.bench.MunicipalityGenerator.Spec;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.security.StaffUser;
import dk.omsorg.settlement.SettlementPolicies;
import dk.omsorg.settlement.SettlementRun;
import dk.omsorg.settlement.SettlingMonth;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Issue 6's settlement benchmark. The delivery benchmark's generator makes a month of delivered visits (by default
 * 10,000 citizens, 100,000 grants, 5 providers: about 1,000,000 visits in a 31-day month) in Greve, whose rates for
 * personal care differ by time band (hverdag dag, øvrige tider, nat); the visits are loaded straight into {@code visit}
 * (COPY and one insert: the import is not what is measured here). Then, each a warm-up and {@code runs} timed runs
 * (median reported):
 * <ol>
 *     <li><b>settlement</b>: {@code SettlingMonth.settle(month)} — the real monthly run as the finance user: prices
 *     every visit, writes the statement lines, co-payment and totals, and commits;</li>
 *     <li><b>baseline</b>: {@link HandWrittenSettlement}, the best single SQL aggregate we could write for the same
 *     per-provider totals.</li>
 * </ol>
 * The two must agree to the øre for every provider, else the run fails. The last line holds the ratio.
 */
final class SettlementBenchmark {

    private SettlementBenchmark() {
    }

    static int run(Map<String, String> options) throws Exception {
        int citizens = number(options, "citizens", 10_000);
        int grants = number(options, "grants", 100_000);
        int providers = number(options, "providers", 5);
        int runs = number(options, "runs", 3);
        YearMonth month = options.containsKey("month") ? YearMonth.parse(options.get("month")) : lastLongMonth();
        Path dir = options.containsKey("dir") ? Path.of(options.get("dir")) : Files.createTempDirectory("omsorg-bench");
        Spec spec = Spec.greve(citizens, grants, providers, month.atDay(1), month.lengthOfMonth());

        System.out.printf(Locale.ROOT, "Omsorg settlement benchmark — %d cores, Java %s, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("starting the application on a fresh embedded PostgreSQL (temporary data directory) …");
        try (ConfigurableApplicationContext app = DeliveryBenchmark.start()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            System.out.println("PostgreSQL " + jdbc.sql("show server_version").query(String.class).single());

            long t0 = System.nanoTime();
            Generated data = new MunicipalityGenerator(jdbc).generate(spec, dir);
            long loaded = load(app.getBean(DataSource.class), jdbc, data);
            System.out.printf(Locale.ROOT, "generated and loaded in %.1f s: municipality %d, %,d citizens, %,d grants, "
                            + "%,d delivered visits in %s over %d providers%n",
                    DeliveryBenchmark.seconds(System.nanoTime() - t0), spec.municipalityId(), citizens, data.grants(), loaded,
                    month, data.files().size());
            String bands = jdbc.sql("""
                            select string_agg(b || ' ' || n, ', ' order by b) from (
                                select band as b, count(*) as n from settlement_rate where municipality_id = 253 group by band) x""")
                    .query(String.class).single();
            System.out.println("rates by band in Greve's policy: " + bands);

            SettlingMonth settling = app.getBean(SettlingMonth.class);
            TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
            String holidays = HandWrittenSettlement.holidays(app.getBean(SettlementPolicies.class), month);
            StaffUser finance = app.getBean(StaffDirectory.class).find("okonomi").orElseThrow();
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(finance, null, finance.getAuthorities()));

            long[] real = new long[runs];
            long[] hand = new long[runs];
            Map<Long, Long> realTotals = null;
            Map<Long, Long> handTotals = null;
            long lines = 0;
            for (int run = -1; run < runs; run++) {
                // every run settles the month afresh (the previous draft removed, not timed)
                jdbc.sql("delete from settlement_run where municipality_id = 253 and month = ?").param(month.atDay(1)).update();
                long s0 = System.nanoTime();
                SettlementRun settled = settling.settle(month);
                long s = System.nanoTime() - s0;
                if (settled.status() != SettlementRun.Status.DRAFT) {
                    System.out.println("RESULT WRONG: the run ended " + settled.status() + ": "
                            + jdbc.sql("select string_agg(code || ' ' || visits, ', ') from settlement_problem where run_id = ?")
                            .param(settled.id()).query(String.class).single());
                    return 1;
                }
                realTotals = totals(jdbc, settled.id());
                lines = jdbc.sql("select count(*) from settlement_line where run_id = ?").param(settled.id()).query(Long.class).single();

                long h0 = System.nanoTime();
                handTotals = tx.execute(status -> HandWrittenSettlement.totals(jdbc, month, holidays));
                long h = System.nanoTime() - h0;
                if (run >= 0) {
                    real[run] = s;
                    hand[run] = h;
                }
                System.out.printf(Locale.ROOT, "  %s: settlement %.2f s (%,d lines), hand-written SQL %.2f s%n",
                        run < 0 ? "warm-up" : "run " + (run + 1), DeliveryBenchmark.seconds(s), lines,
                        DeliveryBenchmark.seconds(h));
            }
            SecurityContextHolder.clearContext();

            double settlement = DeliveryBenchmark.median(real);
            double baseline = DeliveryBenchmark.median(hand);
            System.out.println();
            System.out.printf(Locale.ROOT, "%-78s %s%n", "measurement (median of " + runs + " runs after a warm-up)", "seconds");
            System.out.printf(Locale.ROOT, "%-78s %7.2f%n", "settlement  SettlingMonth.settle(%s), %,d visits → %,d lines (committed)"
                    .formatted(month, loaded, lines), settlement);
            System.out.printf(Locale.ROOT, "%-78s %7.2f%n", "            baseline: hand-written single SQL aggregate, per-provider totals",
                    baseline);
            System.out.println("per-provider totals (kr.):");
            boolean same = realTotals.equals(handTotals);
            for (Long provider : new java.util.TreeSet<>(realTotals.keySet())) {
                System.out.printf(Locale.ROOT, "  provider %d: settlement %s, hand-written %s%n", provider,
                        kroner(realTotals.get(provider)), kroner(handTotals.get(provider)));
            }
            long sum = realTotals.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf(Locale.ROOT, "total %s kr. — %s%n", kroner(sum), same ? "identical to the øre" : "DIFFERENT");
            if (!same) {
                System.out.println("RESULT WRONG: the settlement and the hand-written aggregate disagree");
                return 1;
            }
            double ratio = settlement / baseline;
            System.out.printf(Locale.ROOT, "RESULT settlement_ratio=%.2f (target ≤ 1.5%s) load=%s%n", ratio, ratio <= 1.5 ? "" : ", MISSED",
                    DeliveryBenchmark.loadAverage());
            return 0;
        }
    }

    /**
     * The generated files into {@code visit}, as the import would leave them: COPY into a staging table and one
     * set-based insert (the shift of a delivered visit from its start time by the default boundaries 07–15–23).
     */
    static long load(DataSource dataSource, JdbcClient jdbc, Generated data) throws Exception {
        jdbc.sql("""
                create table bench_settlement_stage (besoegs_id text, bevillings_id uuid, type text, dato date, starttid time,
                                                     vagtlag text, minutter integer, aarsag text, provider_id bigint)""").update();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (ProviderFile f : data.files()) {
                try (Reader reader = Files.newBufferedReader(f.file(), StandardCharsets.UTF_8)) {
                    copy.copyIn("copy bench_settlement_stage (besoegs_id, bevillings_id, type, dato, starttid, vagtlag, "
                            + "minutter, aarsag) from stdin with (format csv, delimiter ';', header true)", reader);
                }
                jdbc.sql("update bench_settlement_stage set provider_id = ? where provider_id is null").param(f.providerId()).update();
            }
        }
        long rows = jdbc.sql("""
                        insert into visit (municipality_id, provider_id, citizen_id, grant_key, external_id, kind, visit_date,
                            start_time, shift, minutes, not_delivered_reason, created_at, created_by, modified_at, modified_by)
                        select 253, s.provider_id, g.citizen_id, s.bevillings_id, s.besoegs_id, 'DELIVERED', s.dato, s.starttid,
                               coalesce(s.vagtlag, case when s.starttid >= time '23:00' or s.starttid < time '07:00' then 'NIGHT'
                                                        when s.starttid >= time '15:00' then 'EVENING' else 'DAY' end),
                               coalesce(s.minutter, 0), s.aarsag, now(), 'bench', now(), 'bench'
                        from bench_settlement_stage s
                        join (select distinct g.grant_key, d.citizen_id from decision_grant g join decision d on d.id = g.decision_id
                              where d.municipality_id = 253) g on g.grant_key = s.bevillings_id""")
                .update();
        jdbc.sql("drop table bench_settlement_stage").update();
        jdbc.sql("vacuum analyze visit").update();
        return rows;
    }

    static Map<Long, Long> totals(JdbcClient jdbc, long runId) {
        Map<Long, Long> totals = new TreeMap<>();
        jdbc.sql("select provider_id, sum(amount_ore) from settlement_line where run_id = ? group by provider_id")
                .param(runId).query((rs, n) -> totals.put(rs.getLong(1), rs.getLong(2))).list();
        return totals;
    }

    static String kroner(Long ore) {
        return ore == null ? "—" : new java.math.BigDecimal(ore).movePointLeft(2).toPlainString();
    }

    private static int number(Map<String, String> options, String key, int fallback) {
        return options.containsKey(key) ? Integer.parseInt(options.get(key).replace("_", "")) : fallback;
    }

    /** The latest ended month of 31 days: the most visits a month holds. */
    static YearMonth lastLongMonth() {
        YearMonth month = YearMonth.now().minusMonths(1);
        while (month.lengthOfMonth() < 31) {
            month = month.minusMonths(1);
        }
        return month;
    }
}
