package dk.omsorg.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One embedded PostgreSQL per JVM and data directory (zonky's binaries from Maven Central), so
 * that all Spring contexts of a test run share one server. Zonky runs {@code initdb} and
 * {@code postgres} in a user namespace when the JVM is root, which PostgreSQL otherwise refuses.
 *
 * <p>Zonky, made for tests, starts PostgreSQL with {@code -F} (no fsync) and {@code synchronous_commit=off}: a
 * commit is acknowledged before its WAL is written, so a crash loses acknowledged writes (issue 14: 4 of 25 answered
 * inquiries). The application's database is {@link Durability#DURABLE}: both set back on. Only the test run asks for
 * {@link Durability#FAST_UNSAFE}, explicitly ({@code omsorg.database.embedded.unsafe-fast-writes}).
 */
final class EmbeddedPostgresServer {

    enum Durability { DURABLE, FAST_UNSAFE }

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();

    private EmbeddedPostgresServer() {
    }

    /** Starts (or returns the already running) server keeping its data in {@code dataDirectory}. */
    static synchronized EmbeddedPostgres start(Path dataDirectory, boolean clean, Durability durability) {
        Path key = dataDirectory.toAbsolutePath().normalize();
        EmbeddedPostgres running = RUNNING.get(key);
        if (running != null) {
            return running;
        }
        try {
            Files.createDirectories(key);
            // a postmaster left behind by an application that was killed would make this start wait 60 s and fail
            OrphanedPostmaster.stopIfOrphaned(key);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(key)
                    .setCleanDataDirectory(clean)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setServerConfig("timezone", "Europe/Copenhagen");
            if (durability == Durability.DURABLE) {
                // -c options come after zonky's -F on the command line, and the last setting wins
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL on port {} with data in {} ({})", postgres.getPort(), key, durability);
            RUNNING.put(key, postgres);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + key, e);
        }
    }

    /** Stops the server of {@code dataDirectory}, if this JVM started it. */
    static synchronized void stop(Path dataDirectory) throws IOException {
        EmbeddedPostgres postgres = RUNNING.remove(dataDirectory.toAbsolutePath().normalize());
        if (postgres != null) {
            postgres.close();
        }
    }
}
