package dk.omsorg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 21 "Start: the application ready in ≤ 10 s on an existing embedded database". Starts the application as the
 * README's command does — a fresh JVM each time, with the demo data — on one embedded data directory: the first start
 * creates the database, migrates it and registers the demo data (not the figure); the next {@code runs} starts find
 * the database there and are timed from the JVM's launch to "ready" (every start-up runner done, {@link StartProbe}).
 * Prints {@code RESULT start first_ms=… existing_ms=<median> target_ms=10000}.
 */
final class StartBenchmark {

    private StartBenchmark() {
    }

    static int run(Map<String, String> options) throws IOException, InterruptedException {
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        Path dir = Files.createTempDirectory("omsorg-start-");
        long first = start(dir);
        System.out.printf(Locale.ROOT, "first start (creates, migrates, demo data): %,d ms%n", first);
        List<Long> existing = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long ms = start(dir);
            existing.add(ms);
            System.out.printf(Locale.ROOT, "start on the existing database %d: %,d ms%n", i + 1, ms);
        }
        List<Long> sorted = existing.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        System.out.printf(Locale.ROOT, "RESULT start first_ms=%d existing_ms=%d target_ms=10000 runs=%d%n", first, median, runs);
        return 0;
    }

    /**
     * The bench runs on the test classpath; the application is started without the test classes (Spring would scan
     * them as part of the application's package) — only the probe is copied out of them.
     */
    private static String applicationClassPath() throws IOException {
        Path probeDir = Files.createTempDirectory("omsorg-start-probe-");
        String resource = StartProbe.class.getName().replace('.', '/') + ".class";
        Path target = probeDir.resolve(resource);
        Files.createDirectories(target.getParent());
        try (var in = StartProbe.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(java.util.Objects.requireNonNull(in), target);
        }
        List<String> entries = new ArrayList<>(List.of(probeDir.toString()));
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!entry.replace('\\', '/').endsWith("target/test-classes")) {
                entries.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** Launches a JVM running {@link StartProbe} on the data directory; the milliseconds from launch to ready. */
    private static long start(Path dir) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // -XX:TieredStopAtLevel=1: what spring-boot:run gives the application's JVM (its optimizedLaunch)
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", applicationClassPath(),
                StartProbe.class.getName(), dir.toString()).redirectErrorStream(true);
        long launched = System.nanoTime();
        Process process = builder.start();
        Long readyAt = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(StartProbe.READY) && readyAt == null) {
                    readyAt = System.nanoTime();
                }
            }
        }
        int exit = process.waitFor();
        if (readyAt == null || exit != 0) {
            throw new IllegalStateException("The application did not start (exit " + exit + ")");
        }
        return (readyAt - launched) / 1_000_000;
    }
}
