package dk.omsorg.bench;

import dk.omsorg.bench.ApiBenchmark.Figures;
import dk.omsorg.bench.MunicipalityGenerator.Spec;
import dk.omsorg.bench.WorkspaceGenerator.Work;
import dk.omsorg.bench.WorkspaceGenerator.Workspace;
import dk.omsorg.bench.WorkspaceLoad.Caseworker;
import dk.omsorg.bench.WorkspaceLoad.Result;
import dk.omsorg.support.WebSession;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Issue 15's workspace benchmark: a large municipality (by default 100,000 citizens, 1,000,000 grants, 10,000,000
 * visits, 500,000 open tasks over 200 caseworkers; {@link WorkspaceGenerator}) on a fresh embedded PostgreSQL, then
 * {@code clients} caseworkers (20, different users) logged in by the login form, as browsers ({@link WorkspaceLoad}):
 * <ol>
 *     <li><b>paced</b>: each about once a second for {@code duration} seconds opens its work queue or the overview of a
 *     citizen it has tasks for — p50/p95/p99 and errors per kind, overall and per URL (target p95 ≤ 50 ms, 0 errors);</li>
 *     <li><b>throughput</b>: the same without pauses — the requests per second the machine sustains.</li>
 * </ol>
 * The reference: the queue query and the citizen look-up timed directly over JDBC in the same run. Timings are
 * printed, never asserted; exit 1 when an answer was neither 200 nor a 404 of a queue not built yet.
 */
final class WorkspaceBenchmark {

    private WorkspaceBenchmark() {
    }

    static int run(Map<String, String> options) throws Exception {
        int citizens = DeliveryBenchmark.number(options, "citizens", 100_000);
        int grants = DeliveryBenchmark.number(options, "grants", 1_000_000);
        long visits = DeliveryBenchmark.number(options, "visits", 10_000_000);
        int tasks = DeliveryBenchmark.number(options, "tasks", 500_000);
        int caseworkers = DeliveryBenchmark.number(options, "caseworkers", 200);
        int clients = DeliveryBenchmark.number(options, "clients", 20);
        int duration = DeliveryBenchmark.number(options, "duration", 60);
        int warmup = DeliveryBenchmark.number(options, "warmup", Math.max(10, duration / 2));
        int days = 28;
        LocalDate today = LocalDate.now();
        Spec spec = new Spec(253, citizens, grants, 5, today.minusDays(days), days, 0.08, 20250101L, null);

        machine();
        System.out.printf(Locale.ROOT, "workspace benchmark: %,d citizens, %,d grants, %,d visits, %,d open tasks over %d "
                + "caseworkers; %d clients, %d s per phase after %d s warm-up%n", citizens, grants, visits, tasks, caseworkers,
                clients, duration, warmup);
        System.out.println("starting the application on a fresh embedded PostgreSQL (temporary data directory) …");
        try (ConfigurableApplicationContext app = DeliveryBenchmark.start()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            System.out.println("PostgreSQL " + jdbc.sql("show server_version").query(String.class).single());
            String hash = app.getBean(PasswordEncoder.class).encode(WorkspaceGenerator.PASSWORD);
            long t0 = System.nanoTime();
            Workspace data = new WorkspaceGenerator(app.getBean(DataSource.class))
                    .generate(new Work(spec, caseworkers, visits, tasks, today, true), hash);
            System.out.printf(Locale.ROOT, "generated in %.1f s: %,d citizens, %,d grants, %,d visits, %,d open tasks, "
                            + "%d caseworkers; database %s%n", (System.nanoTime() - t0) / 1e9, citizens, data.grants(),
                    data.visits(), data.tasks(), caseworkers,
                    jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))").query(String.class).single());

            baseline(jdbc, data);

            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            List<Caseworker> logged = logIn(jdbc, port, data.caseworkers().subList(0, Math.min(clients, caseworkers)));
            WorkspaceLoad.run(logged, Duration.ofSeconds(warmup), false, 1).print("warm-up (not counted)");
            WhereTimeGoes before = WhereTimeGoes.now(jdbc);
            Result paced = WorkspaceLoad.run(logged, Duration.ofSeconds(duration), true, 2);
            WhereTimeGoes between = WhereTimeGoes.now(jdbc);
            paced.print("(a) " + logged.size() + " caseworkers, each about once a second");
            between.printSince(before, paced.httpRequests());
            Result flat = WorkspaceLoad.run(logged, Duration.ofSeconds(duration), false, 3);
            WhereTimeGoes after = WhereTimeGoes.now(jdbc);
            flat.print("(b) " + logged.size() + " caseworkers without pauses");
            after.printSince(between, flat.httpRequests());
            System.out.printf(Locale.ROOT, "machine load average at the end: %.1f%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

            Figures all = paced.kinds().get("all").figures();
            System.out.printf(Locale.ROOT, "RESULT workspace_p95_ms=%.1f (target ≤ 50) errors=%d (target 0) queue_404=%d "
                            + "throughput_rps=%.0f (HTTP requests/s without pauses) views_per_s=%.0f%n",
                    all.p95(), paced.errors() + flat.errors(), paced.notFound() + flat.notFound(), flat.httpPerSecond(),
                    flat.kinds().get("all").figures().perSecond());
            return paced.errors() + flat.errors() > 0 ? 1 : 0;
        }
    }

    /** Cores, memory, load, Java: what the figures depend on. */
    static void machine() throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Path cpuinfo = Path.of("/proc/cpuinfo");
        String cpu = Files.isReadable(cpuinfo) ? Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?") : os.getArch();
        System.out.printf(Locale.ROOT, "machine: %d cores (%s), %,d MB memory, load average %.1f; Java %s (%s), max heap %,d MB%n",
                os.getAvailableProcessors(), cpu, os.getTotalMemorySize() >> 20, os.getSystemLoadAverage(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20);
    }

    /** The citizens each caseworker has open tasks for (some), and its browser, logged in by the login form. */
    static List<Caseworker> logIn(JdbcClient jdbc, int port, List<String> usernames) {
        List<Caseworker> logged = new ArrayList<>();
        for (String username : usernames) {
            long[] citizens = jdbc.sql("""
                            select distinct citizen_id from task where municipality_id = 253 and owner_user = ? and status = 'OPEN'
                            order by citizen_id limit 200""")
                    .param(username).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
            logged.add(new Caseworker(username, WebSession.logIn(port, username), citizens));
        }
        return logged;
    }

    /**
     * The raw-SQL reference, single-threaded over JDBC: the queue query (a caseworker's open tasks, overdue first then
     * by due date, the first 50, and the counts per kind the menu shows) and the citizen look-up by id.
     */
    static void baseline(JdbcClient jdbc, Workspace data) {
        SplittableRandom random = new SplittableRandom(4);
        int runs = 2_000;
        long[] queue = new long[runs];
        long[] citizen = new long[runs];
        for (int run = -200; run < runs; run++) {
            String user = data.caseworkers().get(random.nextInt(data.caseworkers().size()));
            long t0 = System.nanoTime();
            jdbc.sql("""
                            select id, citizen_id, kind, title, link, due_on from task
                            where municipality_id = 253 and owner_user = ? and status = 'OPEN' order by due_on, id limit 50""")
                    .param(user).query().listOfRows();
            jdbc.sql("""
                            select kind, count(*) from task where municipality_id = 253 and owner_user = ? and status = 'OPEN'
                            group by kind""")
                    .param(user).query().listOfRows();
            long t1 = System.nanoTime();
            jdbc.sql("select * from citizen where municipality_id = 253 and id = ?")
                    .param(data.firstCitizenId() + random.nextLong(data.lastCitizenId() - data.firstCitizenId() + 1))
                    .query().listOfRows();
            long t2 = System.nanoTime();
            if (run >= 0) {
                queue[run] = t1 - t0;
                citizen[run] = t2 - t1;
            }
        }
        System.out.println("raw SQL over JDBC, one at a time (reference):");
        String user = data.caseworkers().get(0);
        System.out.println("  the plan of the counts per kind, for " + user + ":");
        jdbc.sql("""
                        explain (analyze, buffers, costs off) select kind, count(*) from task
                        where municipality_id = 253 and owner_user = ? and status = 'OPEN' group by kind""")
                .param(user).query(String.class).list().forEach(line -> System.out.println("    " + line));
        for (var entry : Map.of("queue query (50 tasks + counts per kind)", queue, "citizen look-up by id", citizen).entrySet()) {
            Figures f = Figures.of(entry.getValue(), 0, 1);
            System.out.printf(Locale.ROOT, "  %-40s %,d × p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", entry.getKey(), runs,
                    f.p50(), f.p95(), f.p99());
        }
    }
}
