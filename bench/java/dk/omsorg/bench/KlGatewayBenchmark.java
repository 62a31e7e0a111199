package dk.omsorg.bench;

import dk.omsorg.bench.HandWrittenKlGateway.Read;
import dk.omsorg.bench.MunicipalityGenerator.Generated;
import dk.omsorg.bench.MunicipalityGenerator.Spec;
import dk.omsorg.klgateway.DeliveryReports;
import dk.omsorg.klgateway.ReportPeriod;
import dk.omsorg.klgateway.internal.DeliveryReportBuilder;
import dk.omsorg.klgateway.internal.DeliveryReportFactory;
import dk.omsorg.klgateway.internal.ReportFactsReader;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.security.StaffUser;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import javax.sql.DataSource;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 20's KL Gateway benchmark ("bulk paths run in SQL at database speed"). The delivery benchmark's generator
 * makes a municipality (citizens, grants, a month of visits loaded into {@code visit}); a share of the citizens gets an
 * FSIII assessment before the month (every current functional-ability state scored, with an expected level, and two
 * health conditions noted), set-based. Then, a warm-up and {@code runs} timed runs of each (median reported):
 * <ol>
 *     <li><b>export</b>: {@code DeliveryReports.municipality(period, sink)} as the finance user — the real batch export
 *     of the file (citizens from a cursor, each citizen's facts read, the Bundle built and encoded as an NDJSON line,
 *     the audit line written, committed) into a sink that counts the bytes;</li>
 *     <li><b>baseline</b>: {@link HandWrittenKlGateway}, one SQL statement reading the same rows, streamed over JDBC.</li>
 * </ol>
 * Both must find the same citizens, else the run fails. The last line:
 * {@code RESULT klgateway citizens=… export_ms=… sql_ms=… ratio=…}.
 */
final class KlGatewayBenchmark {

    private KlGatewayBenchmark() {
    }

    static int run(Map<String, String> options) throws Exception {
        int citizens = DeliveryBenchmark.number(options, "citizens", 10_000);
        int grants = DeliveryBenchmark.number(options, "grants", 30_000);
        int providers = DeliveryBenchmark.number(options, "providers", 5);
        int assessedPercent = DeliveryBenchmark.number(options, "assessed", 50);
        int runs = DeliveryBenchmark.number(options, "runs", 3);
        YearMonth month = options.containsKey("month") ? YearMonth.parse(options.get("month")) : YearMonth.now().minusMonths(1);
        Path dir = options.containsKey("dir") ? Path.of(options.get("dir")) : Files.createTempDirectory("omsorg-bench");
        Spec spec = Spec.greve(citizens, grants, providers, month.atDay(1), month.lengthOfMonth());
        ReportPeriod period = new ReportPeriod(month.atDay(1), month.atEndOfMonth());

        System.out.printf(Locale.ROOT, "Omsorg KL Gateway benchmark — %d cores, Java %s, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("starting the application on a fresh embedded PostgreSQL (temporary data directory) …");
        try (ConfigurableApplicationContext app = DeliveryBenchmark.start()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            DataSource dataSource = app.getBean(DataSource.class);
            System.out.println("PostgreSQL " + jdbc.sql("show server_version").query(String.class).single());

            long t0 = System.nanoTime();
            Generated data = new MunicipalityGenerator(jdbc).generate(spec, dir);
            long loaded = SettlementBenchmark.load(dataSource, jdbc, data);
            int assessed = assess(jdbc, data, month.atDay(1).minusDays(10), assessedPercent);
            System.out.printf(Locale.ROOT, "generated and loaded in %.1f s: %,d citizens, %,d grants, %,d visits in %s, "
                            + "%,d citizens assessed%n", DeliveryBenchmark.seconds(System.nanoTime() - t0), citizens,
                    data.grants(), loaded, month, assessed);

            DeliveryReports reports = app.getBean(DeliveryReports.class);
            StaffUser finance = app.getBean(StaffDirectory.class).find("okonomi").orElseThrow();
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(finance, null, finance.getAuthorities()));
            long[] export = new long[runs];
            long[] hand = new long[runs];
            int reported = 0;
            long bytes = 0;
            Read read = null;
            try {
                for (int run = -1; run < runs; run++) {
                    Counting sink = new Counting();
                    long e0 = System.nanoTime();
                    reported = reports.municipality(period, sink);
                    long e = System.nanoTime() - e0;
                    bytes = sink.bytes;
                    long h0 = System.nanoTime();
                    read = HandWrittenKlGateway.read(dataSource, spec.municipalityId(), period.from(), period.to());
                    long h = System.nanoTime() - h0;
                    if (run >= 0) {
                        export[run] = e;
                        hand[run] = h;
                    }
                    System.out.printf(Locale.ROOT, "  %s: export %.2f s (%,d citizens, %.1f MB), hand-written SQL %.2f s%n",
                            run < 0 ? "warm-up" : "run " + (run + 1), DeliveryBenchmark.seconds(e), reported,
                            bytes / 1e6, DeliveryBenchmark.seconds(h));
                }
            } finally {
                SecurityContextHolder.clearContext();
            }
            breakdown(app, period, reported);
            System.out.printf(Locale.ROOT, "hand-written SQL read %,d citizens, %,d grants, %,d visits, %,d scores, "
                            + "%,d health conditions, %,d follow-ups%n", read.citizens(), read.grants(), read.visits(),
                    read.scores(), read.conditions(), read.followUps());
            if (read.citizens() != reported) {
                System.out.println("RESULT WRONG: the export reported " + reported + " citizens, the SQL found " + read.citizens());
                return 1;
            }
            double exportMs = DeliveryBenchmark.median(export) * 1000;
            double sqlMs = DeliveryBenchmark.median(hand) * 1000;
            System.out.printf(Locale.ROOT, "RESULT klgateway citizens=%d export_ms=%.0f sql_ms=%.0f ratio=%.1f%n",
                    reported, exportMs, sqlMs, exportMs / sqlMs);
            return 0;
        }
    }

    /**
     * Where the export's time goes, one pass over the same citizens outside the export (nothing audited): the facts
     * read and the Bundle built ({@code DeliveryReportFactory.report}), and the Bundle encoded as JSON.
     */
    static void breakdown(ConfigurableApplicationContext app, ReportPeriod period, int citizens) {
        ReportFactsReader reader = app.getBean(ReportFactsReader.class);
        DeliveryReportFactory factory = app.getBean(DeliveryReportFactory.class);
        IParser parser = app.getBean(FhirContext.class).newJsonParser().setPrettyPrint(false);
        TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        long[] nanos = new long[3];
        tx.executeWithoutResult(status -> {
            long c0 = System.nanoTime();
            try (Stream<Long> ids = reader.citizens(253, period)) {
                Instant now = Instant.now();
                List<Long> batch = new ArrayList<>();
                for (Iterator<Long> it = ids.iterator(); it.hasNext(); ) {
                    batch.add(it.next());
                    if (batch.size() == 200 || !it.hasNext()) {   // as the export does (DeliveryReports.BATCH)
                        long r0 = System.nanoTime();
                        List<DeliveryReportBuilder.Report> built = factory.reports(253, "253", batch, period, now);
                        long e0 = System.nanoTime();
                        built.forEach(r -> parser.encodeResourceToString(r.bundle()));
                        nanos[1] += e0 - r0;
                        nanos[2] += System.nanoTime() - e0;
                        batch.clear();
                    }
                }
            }
            nanos[0] = System.nanoTime() - c0 - nanos[1] - nanos[2];
        });
        System.out.printf(Locale.ROOT, "  where the time goes (one pass, %,d citizens, not audited): facts read and Bundle built "
                        + "%.2f s, JSON encoded %.2f s, the citizens' cursor %.2f s%n", citizens,
                DeliveryBenchmark.seconds(nanos[1]), DeliveryBenchmark.seconds(nanos[2]), DeliveryBenchmark.seconds(nanos[0]));
    }

    /**
     * An FSIII assessment {@code assessedOn} for {@code percent} % of the generated citizens (by a hash of the id), set-based:
     * every current functional-ability state scored 0–4 with an expected level at or below the score, two current health
     * conditions noted. Returns how many citizens were assessed.
     */
    static int assess(JdbcClient jdbc, Generated data, LocalDate assessedOn, int percent) {
        int assessed = jdbc.sql("""
                        insert into assessment (municipality_id, citizen_id, assessed_on, overall_assessment,
                                                created_at, created_by, modified_at, modified_by, version)
                        select c.municipality_id, c.id, ?, 'Vurderet (benchmark)', now(), ?, now(), ?, 0
                        from citizen c where c.id between ? and ? and c.created_by = ? and abs(hashint8(c.id * 7)) % 100 < ?
                        order by c.id""")
                .params(assessedOn, MunicipalityGenerator.CREATED_BY, MunicipalityGenerator.CREATED_BY,
                        data.firstCitizenId(), data.lastCitizenId(), MunicipalityGenerator.CREATED_BY, percent)
                .update();
        jdbc.sql("""
                        insert into assessment_ability_score (assessment_id, state_code, score, expected_level)
                        select a.id, s.code, x.score, greatest(0, x.score - (abs(hashint8(a.id * 5)) % 2)::integer)
                        from assessment a
                        cross join fsiii_concept s
                        cross join lateral (select (abs(hashint8(a.id * 31 + s.sort_order)) % 5)::integer as score) x
                        where a.created_by = ? and a.citizen_id between ? and ?
                          and s.kind = 'FUNCTIONAL_ABILITY_STATE' and s.current""")
                .params(MunicipalityGenerator.CREATED_BY, data.firstCitizenId(), data.lastCitizenId()).update();
        jdbc.sql("""
                        insert into assessment_health_condition (assessment_id, condition_code, status, note)
                        select a.id, h.code, 'NOTED', 'Benchmark'
                        from assessment a
                        cross join lateral (select code from fsiii_concept where kind = 'HEALTH_CONDITION' and current
                                            order by abs(hashint8(a.id * 13 + sort_order)) limit 2) h
                        where a.created_by = ? and a.citizen_id between ? and ?""")
                .params(MunicipalityGenerator.CREATED_BY, data.firstCitizenId(), data.lastCitizenId()).update();
        jdbc.sql("analyze assessment, assessment_ability_score, assessment_health_condition").update();
        return assessed;
    }

    /** A sink that counts what is written to it. */
    static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
