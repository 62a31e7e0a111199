package dk.omsorg.database;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14: after {@code kill -9} of the application its embedded PostgreSQL kept running, and the next start waited
 * 60 s and failed. One start after a crash must be enough — and a postmaster serving a live application is never
 * touched.
 */
class OrphanedPostmasterTest {

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    Path temp;

    private Process application;

    @AfterEach
    void stop() throws Exception {
        if (application != null && application.isAlive()) {
            application.destroyForcibly();
        }
        EmbeddedPostgresServer.stop(temp.resolve("data"));
    }

    @Test
    void aStartAfterTheApplicationWasKilledStopsItsLeftOverDatabaseAndKeepsTheData() throws Exception {
        Path data = temp.resolve("data");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        application = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AbandoningApplication.class.getName(), data.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(application.getInputStream()));
        String line;
        while ((line = out.readLine()) != null && !line.equals("STARTED")) {
            // the other application's log
        }
        assertThat(line).as("the other application started its database").isEqualTo("STARTED");
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());

        // while that application lives, its database is not ours to stop
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, false, EmbeddedPostgresServer.Durability.DURABLE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("in use by another running application");
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);

        application.getOutputStream().write('\n'); // dies without stopping PostgreSQL
        application.getOutputStream().flush();
        assertThat(application.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).as("the left-over postmaster").contains(true);

        long started = System.nanoTime();
        var postgres = EmbeddedPostgresServer.start(data, false, EmbeddedPostgresServer.Durability.DURABLE);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(Duration.ofSeconds(20));
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(new JdbcTemplate(postgres.getPostgresDatabase()).queryForObject("select count(*) from visit_probe",
                Integer.class)).isEqualTo(AbandoningApplication.ROWS);
    }
}
