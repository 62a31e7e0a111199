package dk.omsorg.database;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: the embedded PostgreSQL ran with no fsync and asynchronous commit, and a crash lost inquiries that had
 * been answered 201. The application's database (its own properties, nothing set for tests) must keep every
 * acknowledged commit when PostgreSQL is killed hard.
 */
class DurableEmbeddedDatabaseTest {

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    Path temp;

    private Path dataDirectory() {
        return temp.resolve("data");
    }

    @AfterEach
    void stop() throws Exception {
        EmbeddedPostgresServer.stop(dataDirectory());
    }

    /** The data source the application builds from its own settings (only the data directory given). */
    private DataSource applicationDataSource() throws Exception {
        var properties = new Binder(new MapConfigurationPropertySource(Map.of(
                "omsorg.database.embedded.data-directory", dataDirectory().toString())))
                .bind("omsorg.database.embedded", EmbeddedDatabaseConfiguration.EmbeddedDatabaseProperties.class).get();
        return new EmbeddedDatabaseConfiguration().dataSource(properties);
    }

    @Test
    void theApplicationsDatabaseWritesEveryCommitToDiskBeforeAcknowledgingIt() throws Exception {
        HikariDataSource dataSource = (HikariDataSource) applicationDataSource();
        try {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        } finally {
            dataSource.close();
        }
    }

    @Test
    void everyAcknowledgedRowSurvivesPostgresqlBeingKilled() throws Exception {
        HikariDataSource dataSource = (HikariDataSource) applicationDataSource();
        int acknowledged = 200;
        try {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.execute("create table inquiry_probe (n integer primary key, text text not null)");
            for (int n = 1; n <= acknowledged; n++) {
                // auto-commit: each insert is one acknowledged transaction, like an inquiry answered 201
                jdbc.update("insert into inquiry_probe values (?, ?)", n, "Henvendelse " + n);
            }
            killPostgresHard(dataDirectory());
        } finally {
            dataSource.close();
        }
        EmbeddedPostgresServer.stop(dataDirectory()); // its process is gone: only releases this JVM's hold on the directory

        HikariDataSource restarted = (HikariDataSource) applicationDataSource();
        try {
            assertThat(new JdbcTemplate(restarted).queryForObject("select count(*) from inquiry_probe", Integer.class))
                    .isEqualTo(acknowledged);
        } finally {
            restarted.close();
        }
    }

    /** kill -9 of the postmaster and all its server processes, as when the machine's processes die together. */
    static void killPostgresHard(Path dataDirectory) throws Exception {
        long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> all = new java.util.ArrayList<>(postmaster.descendants().toList());
        all.add(0, postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            p.onExit().get(20, TimeUnit.SECONDS);
        }
    }
}
