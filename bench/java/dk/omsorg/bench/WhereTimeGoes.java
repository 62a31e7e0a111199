package dk.omsorg.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a load phase's time went, from counters read before and after it: the JVM's CPU time (server and the
 * benchmark's clients share the JVM), PostgreSQL's time executing statements ({@code pg_stat_database.active_time})
 * and the sequential scans per table ({@code pg_stat_user_tables}) — a scan of a large table during reads of one
 * citizen or one queue is a missing index.
 */
final class WhereTimeGoes {

    private record Scans(long scans, long rows) {
    }

    private final long cpuNanos;
    private final double activeMs;
    private final Map<String, Scans> scans;

    private WhereTimeGoes(JdbcClient jdbc) {
        this.cpuNanos = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        this.activeMs = jdbc.sql("select coalesce(active_time, 0) from pg_stat_database where datname = current_database()")
                .query(Double.class).single();
        this.scans = new HashMap<>();
        jdbc.sql("select relname, coalesce(seq_scan, 0), coalesce(seq_tup_read, 0) from pg_stat_user_tables")
                .query((rs, n) -> scans.put(rs.getString(1), new Scans(rs.getLong(2), rs.getLong(3)))).list();
    }

    /** The counters now (after a pause, so that the server's statistics of the last statements are in). */
    static WhereTimeGoes now(JdbcClient jdbc) throws InterruptedException {
        Thread.sleep(1_500);
        return new WhereTimeGoes(jdbc);
    }

    /** Prints per HTTP request: JVM CPU, database time, and the tables scanned sequentially since {@code before}. */
    void printSince(WhereTimeGoes before, int httpRequests) {
        double per = Math.max(1, httpRequests);
        System.out.printf(Locale.ROOT, "  where the time went, per HTTP request: JVM CPU %.1f ms (server and clients), "
                        + "PostgreSQL executing statements %.1f ms%n",
                (cpuNanos - before.cpuNanos) / 1e6 / per, (activeMs - before.activeMs) / per);
        List<Map.Entry<String, Scans>> scanned = scans.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new Scans(e.getValue().scans() - before.scans.getOrDefault(e.getKey(), new Scans(0, 0)).scans(),
                        e.getValue().rows() - before.scans.getOrDefault(e.getKey(), new Scans(0, 0)).rows())))
                .filter(e -> e.getValue().scans() > 0)
                .sorted((a, b) -> Long.compare(b.getValue().rows(), a.getValue().rows()))
                .limit(8).toList();
        System.out.println("  sequential scans: " + (scanned.isEmpty() ? "none" : scanned.stream()
                .map(e -> String.format(Locale.ROOT, "%s %,d × (%,d rows read)", e.getKey(), e.getValue().scans(), e.getValue().rows()))
                .toList()));
    }
}
