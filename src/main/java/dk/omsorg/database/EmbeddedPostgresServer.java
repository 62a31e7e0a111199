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
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();

    private EmbeddedPostgresServer() {
    }

    /** Starts (or returns the already running) server keeping its data in {@code dataDirectory}. */
    static synchronized EmbeddedPostgres start(Path dataDirectory, boolean clean) {
        Path key = dataDirectory.toAbsolutePath().normalize();
        EmbeddedPostgres running = RUNNING.get(key);
        if (running != null) {
            return running;
        }
        try {
            Files.createDirectories(key);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(key)
                    .setCleanDataDirectory(clean)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setServerConfig("timezone", "Europe/Copenhagen")
                    .start();
            log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), key);
            RUNNING.put(key, postgres);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + key, e);
        }
    }
}
