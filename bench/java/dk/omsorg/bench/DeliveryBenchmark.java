package dk.omsorg.bench;

import dk.omsorg.OmsorgApplication;
import dk.omsorg.bench.HandWrittenScan.Flagged;
import dk.omsorg.bench.MunicipalityGenerator.Generated;
import dk.omsorg.bench.MunicipalityGenerator.ProviderFile;
import dk.omsorg.bench.MunicipalityGenerator.Spec;
import dk.omsorg.delivery.ReassessmentScan;
import dk.omsorg.delivery.Visits;
import dk.omsorg.delivery.VisitsRejected;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.security.StaffUser;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Issue 5's delivery benchmark. A large municipality ({@link MunicipalityGenerator}: by default Greve with 10,000
 * citizens, 100,000 grants, 5 providers and 4 weeks of delivered visits, about 1,000,000 rows) on a fresh embedded
 * PostgreSQL, then two measurements, each a warm-up and {@code runs} timed runs (median reported):
 * <ol>
 *     <li><b>import</b>: {@code Visits.importCsv} — the real path, as each provider's user, one file per provider
 *     (the import is per provider), times summed — against JDBC {@code CopyManager.copyIn} of the same files into a
 *     bare table with typed columns (no keys, indexes or checks). Both read the text from memory and commit; before
 *     each run both tables are emptied (truncate, not timed).</li>
 *     <li><b>scan</b>: {@code ReassessmentScan.scan(asOf)} — the real scan, flags written — against
 *     {@link HandWrittenScan}, the best single query we could write for the same flagged (grant, episode) set. Both
 *     results are compared and must be identical; each run is rolled back so every run raises the same flags.</li>
 * </ol>
 * The last line printed holds both ratios.
 */
final class DeliveryBenchmark {

    private DeliveryBenchmark() {
    }

    static int run(Map<String, String> options) throws Exception {
        int citizens = number(options, "citizens", 10_000);
        int grants = number(options, "grants", 100_000);
        int providers = number(options, "providers", 5);
        int days = number(options, "days", 28);
        int runs = number(options, "runs", 3);
        LocalDate start = options.containsKey("start") ? LocalDate.parse(options.get("start"))
                : LocalDate.now().with(DayOfWeek.MONDAY).minusWeeks((days + 6) / 7);
        Path dir = options.containsKey("dir") ? Path.of(options.get("dir")) : Files.createTempDirectory("omsorg-bench");
        Spec spec = Spec.greve(citizens, grants, providers, start, days);

        System.out.printf(Locale.ROOT, "Omsorg delivery benchmark — %d cores, Java %s, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("starting the application on a fresh embedded PostgreSQL (temporary data directory) …");
        try (ConfigurableApplicationContext app = start()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            DataSource dataSource = app.getBean(DataSource.class);
            TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
            System.out.println("PostgreSQL " + jdbc.sql("show server_version").query(String.class).single());

            long t0 = System.nanoTime();
            Generated data = new MunicipalityGenerator(jdbc).generate(spec, dir);
            double generated = seconds(System.nanoTime() - t0);
            long bytes = 0;
            for (ProviderFile f : data.files()) {
                bytes += Files.size(f.file());
            }
            System.out.printf(Locale.ROOT, "generated in %.1f s: municipality %d, %,d citizens, %,d grants (%,d drifting), "
                            + "%,d absences, %,d delivered visits from %s to %s in %d files (%,d MB, one per provider) in %s%n",
                    generated, spec.municipalityId(), citizens, data.grants(), data.drifting(), data.absences(), data.visits(),
                    start, start.plusDays(days - 1), data.files().size(), bytes >> 20, dir);

            List<String> texts = new ArrayList<>();
            for (ProviderFile f : data.files()) {
                texts.add(Files.readString(f.file(), StandardCharsets.UTF_8));
            }

            // import
            Visits visits = app.getBean(Visits.class);
            StaffDirectory staff = app.getBean(StaffDirectory.class);
            jdbc.sql("""
                    create table bench_visit_copy (besoegs_id text, bevillings_id uuid, type text, dato date, starttid time,
                                                   vagtlag text, minutter integer, ikke_leveret_aarsag text)""").update();
            // visit's columns, checks and indexes (as pg_get_indexdef gives them), without the reference triggers of V14
            jdbc.sql("create table bench_visit_indexed (like visit including all)").update();
            long[] real = new long[runs];
            long[] copy = new long[runs];
            long[] indexed = new long[runs];
            List<String> rowTexts = null;
            for (int run = -1; run < runs; run++) {
                boolean last = run == runs - 1;
                // a checkpoint (not timed) before each: none of the three pays for writing out the pages another dirtied
                jdbc.sql("checkpoint").update();
                long r = importAll(visits, staff, data, texts);
                if (rowTexts == null) {
                    rowTexts = IndexedCopy.rowsAsStored(dataSource, data, texts);   // the stored rows, in each file's order
                }
                jdbc.sql("checkpoint").update();
                long c = copyAll(dataSource, texts);
                jdbc.sql("checkpoint").update();
                long i = IndexedCopy.copyAll(dataSource, rowTexts);
                if (run >= 0) {
                    real[run] = r;
                    copy[run] = c;
                    indexed[run] = i;
                }
                System.out.printf(Locale.ROOT, "  import %s: real %.2f s, COPY into visit's indexed twin %.2f s (ratio %.2f), COPY bare %.2f s%n",
                        run < 0 ? "warm-up" : "run " + (run + 1), seconds(r), seconds(i), (double) r / i, seconds(c));
                jdbc.sql("truncate bench_visit_copy").update();
                jdbc.sql("truncate bench_visit_indexed").update();
                if (!last) {
                    jdbc.sql("truncate visit").update();   // only the benchmark's visits: every run imports into an empty table
                }
                jdbc.sql("vacuum analyze visit").update();
            }
            long stored = jdbc.sql("select count(*) from visit").query(Long.class).single();
            if (stored != data.visits()) {
                System.out.printf("WRONG: %d visits stored, %d generated%n", stored, data.visits());
                return 1;
            }

            VisitQueryPlans.print(jdbc, data);

            // scan
            ReassessmentScan scan = app.getBean(ReassessmentScan.class);
            int lookback = scan.lookbackDays();
            long[] scanned = new long[runs];
            long[] hand = new long[runs];
            List<Flagged> realFlags = null;
            List<Flagged> handFlags = null;
            for (int run = -1; run < runs; run++) {
                List<List<Flagged>> out = new ArrayList<>();
                long s = timedRollback(tx, () -> out.add(HandWrittenScan.flagsOf(jdbc, scan.scan(data.asOf()).scanId())));
                long h = timedRollback(tx, () -> out.add(HandWrittenScan.run(jdbc, data.asOf(), lookback)));
                realFlags = out.get(0);
                handFlags = out.get(1);
                if (run >= 0) {
                    scanned[run] = s;
                    hand[run] = h;
                }
                System.out.printf(Locale.ROOT, "  scan %s: real %.2f s (%,d flags), hand-written SQL %.2f s (%,d rows)%n",
                        run < 0 ? "warm-up" : "run " + (run + 1), seconds(s), realFlags.size(), seconds(h), handFlags.size());
            }
            Set<Flagged> a = new HashSet<>(realFlags);
            Set<Flagged> b = new HashSet<>(handFlags);
            boolean same = a.equals(b) && a.size() == realFlags.size() && b.size() == handFlags.size();

            double importReal = median(real);
            double importCopy = median(copy);
            double scanReal = median(scanned);
            double scanHand = median(hand);
            double importIndexed = median(indexed);
            double importRatio = importReal / importCopy;
            // the real import and its yardstick run back to back in each run: the median of the runs' own ratios is the
            // figure (other work on the shared cores comes and goes between runs more than within one)
            double importIndexedRatio = medianRatio(real, indexed);
            double scanRatio = scanReal / scanHand;
            System.out.println();
            System.out.printf(Locale.ROOT, "%-78s %s%n", "measurement (median of " + runs + " runs after a warm-up)", "seconds");
            System.out.printf(Locale.ROOT, "%-78s %7.2f%n", "import  Visits.importCsv, %,d rows in %d files (one per provider, summed)"
                    .formatted(data.visits(), data.files().size()), importReal);
            System.out.printf(Locale.ROOT, "%-78s %7.2f%n", "        baseline: COPY of the same rows into visit's twin (columns, checks, indexes)",
                    importIndexed);
            System.out.printf(Locale.ROOT, "%-78s %7.2f%n", "        context: JDBC COPY of the same files into a bare typed table",
                    importCopy);
            System.out.printf(Locale.ROOT, "%-78s %7.2f%n", "scan    ReassessmentScan.scan over %,d grants (flags written)"
                    .formatted(data.grants()), scanReal);
            System.out.printf(Locale.ROOT, "%-78s %7.2f%n", "        baseline: hand-written single SQL query, same result", scanHand);
            System.out.printf(Locale.ROOT, "flagged (grant, episode): real scan %,d, hand-written %,d — %s%n", realFlags.size(),
                    handFlags.size(), same ? "identical" : "DIFFERENT");
            if (!same) {
                Set<Flagged> onlyReal = new HashSet<>(a);
                onlyReal.removeAll(b);
                Set<Flagged> onlyHand = new HashSet<>(b);
                onlyHand.removeAll(a);
                onlyReal.stream().limit(5).forEach(f -> System.out.println("  only in the real scan: " + f));
                onlyHand.stream().limit(5).forEach(f -> System.out.println("  only in the hand-written query: " + f));
                System.out.println("RESULT WRONG: the real scan and the hand-written query disagree");
                return 1;
            }
            System.out.printf(Locale.ROOT, "RESULT import_indexed_ratio=%.2f (target ≤ 1.5%s) import_ratio=%.2f scan_ratio=%.2f (target ≤ 1.5%s) load=%s%n",
                    importIndexedRatio, importIndexedRatio <= 1.5 ? "" : ", MISSED", importRatio, scanRatio,
                    scanRatio <= 1.5 ? "" : ", MISSED", loadAverage());
            return 0;
        }
    }

    /** The application with its real beans on a fresh temporary embedded PostgreSQL; no demo data, no scheduled jobs. */
    static ConfigurableApplicationContext start() {
        return start(Map.of());
    }

    /** As {@link #start()}, with some properties overridden (the API benchmark wants the demo data). */
    static ConfigurableApplicationContext start(Map<String, Object> overrides) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("omsorg.database.embedded.data-directory", "");
        properties.put("omsorg.demo-data", "false");
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.main.log-startup-info", "false");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.springdoc", "ERROR");
        properties.put("logging.level.dk.omsorg.settlement.internal.SettlementComputation", "INFO");
        properties.put("logging.level.dk.omsorg.delivery.Visits", "DEBUG");
        properties.put("logging.level.dk.omsorg.delivery.ReassessmentScan", "DEBUG");
        properties.put("logging.level.dk.omsorg.delivery.internal.TypedVisitWrite", "DEBUG");
        properties.put("logging.level.dk.omsorg.delivery.internal.CheckedVisitCopy", "DEBUG");
        properties.put("logging.level.dk.omsorg.delivery.internal.VisitTables", "INFO");
        properties.put("spring.modulith.events.republish-outstanding-events-on-restart", "false");
        properties.put("omsorg.delivery.reassessment.cron", "-");
        properties.put("omsorg.notice.temporary-end-cron", "-");
        properties.put("omsorg.notice.retry-failed-every", "PT24H");
        // as command-line arguments: they outrank the test classpath's application.properties (demo-data=false)
        String[] arguments = overrides.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(OmsorgApplication.class).properties(properties).run(arguments);
    }

    /** Each provider's file through the real import as that provider's user; nanoseconds summed. */
    static long importAll(Visits visits, StaffDirectory staff, Generated data, List<String> texts) {
        long total = 0;
        try {
            for (int i = 0; i < texts.size(); i++) {
                ProviderFile f = data.files().get(i);
                StaffUser user = staff.find(f.username()).orElseThrow();
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
                long t0 = System.nanoTime();
                Visits.Outcome outcome;
                try {
                    outcome = visits.importCsv(texts.get(i));
                } catch (VisitsRejected e) {
                    e.errors().stream().limit(10).forEach(l -> System.out.printf("  %s line %d, %s: %s %s%n", f.file(),
                            l.line(), l.column(), l.code(), Arrays.toString(l.args())));
                    throw e;
                }
                total += System.nanoTime() - t0;
                if (outcome.inserted() != f.rows()) {
                    throw new IllegalStateException("%s: %d inserted, %d in the file".formatted(f.file(), outcome.inserted(), f.rows()));
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        return total;
    }

    /** The same texts by COPY into the bare table, each file in its own (committed) transaction; nanoseconds summed. */
    static long copyAll(DataSource dataSource, List<String> texts) throws Exception {
        long total = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String text : texts) {
                long t0 = System.nanoTime();
                copy.copyIn("copy bench_visit_copy from stdin with (format csv, delimiter ';', header true)", new StringReader(text));
                total += System.nanoTime() - t0;
            }
        }
        return total;
    }

    /** The one-minute load average (other work on the same cores), as the figures are recorded with it. */
    static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Runs {@code work} in a transaction that is rolled back; its nanoseconds. */
    static long timedRollback(TransactionTemplate tx, Runnable work) {
        long[] elapsed = new long[1];
        tx.executeWithoutResult(status -> {
            long t0 = System.nanoTime();
            work.run();
            elapsed[0] = System.nanoTime() - t0;
            status.setRollbackOnly();
        });
        return elapsed[0];
    }

    /** The median of {@code a[i] / b[i]}. */
    static double medianRatio(long[] a, long[] b) {
        double[] ratios = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            ratios[i] = (double) a[i] / b[i];
        }
        Arrays.sort(ratios);
        return ratios.length % 2 == 1 ? ratios[ratios.length / 2] : (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2;
    }

    static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return seconds(sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2);
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static int number(Map<String, String> options, String key, int fallback) {
        return options.containsKey(key) ? Integer.parseInt(options.get(key).replace("_", "")) : fallback;
    }
}
