package dk.omsorg.bench;

import dk.omsorg.security.internal.PasswordCacheSwitch;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Issue 14's API load benchmark: the application on a fresh embedded PostgreSQL with the demo data, and {@code clients}
 * concurrent API clients (20) sending the read mix ({@link #mix}) with HTTP Basic as Greve's demo caseworkers, each as
 * fast as it gets answers, for {@code duration} seconds. Two phases in the same run, each after a warm-up:
 * <ol>
 *     <li><b>baseline</b>: the password cache off, so every request pays bcrypt, as before issue 14;</li>
 *     <li><b>api</b>: as the application runs, the successful bcrypt check remembered for 5 minutes.</li>
 * </ol>
 * Every answer must be 200, else the run fails (exit 1). The last line holds the api phase's p95.
 */
final class ApiBenchmark {

    static final List<String> USERS = List.of("visitator", "visitator2");

    private ApiBenchmark() {
    }

    static int run(Map<String, String> options) throws Exception {
        int clients = number(options, "clients", 20);
        int duration = number(options, "duration", 30);
        int warmup = number(options, "warmup", Math.max(2, duration / 5));
        System.out.printf(Locale.ROOT, "Omsorg API benchmark — %d cores, Java %s; %d clients, %d s per phase after %d s warm-up%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), clients, duration, warmup);
        System.out.println("starting the application on a fresh embedded PostgreSQL with the demo data …");
        try (ConfigurableApplicationContext app = DeliveryBenchmark.start(Map.of("omsorg.demo-data", "true"))) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            List<String> mix = mix(app.getBean(JdbcClient.class));
            System.out.println("read mix: " + mix.size() + " requests, e.g. " + mix.subList(0, Math.min(7, mix.size())));
            PasswordEncoder encoder = app.getBean(PasswordEncoder.class);
            String base = "http://localhost:" + port;

            PasswordCacheSwitch.ttl(encoder, Duration.ZERO);
            load(base, mix, clients, Duration.ofSeconds(warmup));
            Figures baseline = load(base, mix, clients, Duration.ofSeconds(duration));
            System.out.println("baseline (bcrypt on every request): " + baseline);

            PasswordCacheSwitch.ttl(encoder, Duration.ofMinutes(5));
            load(base, mix, clients, Duration.ofSeconds(warmup));
            Figures api = load(base, mix, clients, Duration.ofSeconds(duration));
            System.out.println("api (bcrypt check remembered):      " + api);

            if (baseline.failed() > 0 || api.failed() > 0) {
                System.out.println("FAILED: answers other than 200: " + baseline.failed() + " + " + api.failed());
                return 1;
            }
            System.out.printf(Locale.ROOT, "RESULT api_p95_ms=%.1f (target ≤ 100) baseline_p95_ms=%.1f api_rps=%.0f baseline_rps=%.0f%n",
                    api.p95(), baseline.p95(), api.perSecond(), baseline.perSecond());
            return 0;
        }
    }

    /**
     * The read mix an integration sends: the citizen list (a name search), one citizen, a citizen's decisions and
     * follow-ups, the inquiries queue, the catalogue, the caseworker's follow-ups; over Greve's first 50 citizens.
     */
    static List<String> mix(JdbcClient jdbc) {
        List<Map<String, Object>> citizens = jdbc.sql("select id, name from citizen where municipality_id = 253 order by id limit 50")
                .query().listOfRows();
        if (citizens.isEmpty()) {
            throw new IllegalStateException("no citizens in Greve to read");
        }
        List<String> mix = new ArrayList<>();
        for (Map<String, Object> c : citizens) {
            long id = ((Number) c.get("id")).longValue();
            String name = (String) c.get("name");
            String part = name.substring(0, Math.min(4, name.length()));
            mix.add("/api/v1/citizens?query=" + URLEncoder.encode(part, StandardCharsets.UTF_8));
            mix.add("/api/v1/citizens/" + id);
            mix.add("/api/v1/citizens/" + id + "/decisions");
            mix.add("/api/v1/inquiries?view=unassigned");
            mix.add("/api/v1/catalogs/253");
            mix.add("/api/v1/follow-ups");
            mix.add("/api/v1/citizens/" + id + "/follow-ups");
        }
        return mix;
    }

    /** Latencies in ms and requests per second of one phase; failed counts answers other than 200. */
    record Figures(int requests, int failed, double seconds, double p50, double p95, double p99) {

        /** The figures of latencies in nanoseconds (any order). */
        static Figures of(long[] nanos, int failed, double seconds) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Figures(sorted.length, failed, seconds,
                    percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99));
        }

        double perSecond() {
            return requests / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d requests in %.1f s = %.0f/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %d not 200",
                    requests, seconds, perSecond(), p50, p95, p99, failed);
        }
    }

    /** {@code clients} threads, each its own HTTP connection and demo user, going through the mix for the duration. */
    static Figures load(String base, List<String> mix, int clients, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<long[]>> results = new ArrayList<>();
        int[] failed = new int[clients];
        for (int i = 0; i < clients; i++) {
            int client = i;
            results.add(pool.submit(() -> client(base, mix, client, end, failed)));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> r : results) {
            all.add(r.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return Figures.of(all.stream().flatMapToLong(Arrays::stream).toArray(), Arrays.stream(failed).sum(), seconds);
    }

    private static long[] client(String base, List<String> mix, int client, long end, int[] failed) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String user = USERS.get(client % USERS.size());
        String authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        long[] nanos = new long[1024];
        int n = 0;
        int next = (client * 7) % mix.size();
        int bad = 0;
        while (System.nanoTime() < end) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + mix.get(next)))
                    .header("Authorization", authorization).GET().build();
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - t0;
            if (response.statusCode() != 200) {
                if (bad++ < 3) {
                    System.out.println("  " + response.statusCode() + " for " + user + " " + mix.get(next));
                }
            }
            if (n == nanos.length) {
                nanos = Arrays.copyOf(nanos, n * 2);
            }
            nanos[n++] = took;
            next = (next + 1) % mix.size();
        }
        failed[client] = bad;
        return Arrays.copyOf(nanos, n);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static int number(Map<String, String> options, String key, int fallback) {
        return options.containsKey(key) ? Integer.parseInt(options.get(key)) : fallback;
    }
}
