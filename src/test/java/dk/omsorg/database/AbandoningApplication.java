package dk.omsorg.database;

import org.postgresql.ds.PGSimpleDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * An application in a JVM of its own (for {@link OrphanedPostmasterTest}): starts the embedded PostgreSQL on the
 * given directory, commits rows, says so, and when told dies like {@code kill -9} — no shutdown hook, so its
 * postmaster is left running.
 */
public final class AbandoningApplication {

    static final int ROWS = 10;

    public static void main(String[] args) throws Exception {
        var postgres = EmbeddedPostgresServer.start(Path.of(args[0]), false, EmbeddedPostgresServer.Durability.DURABLE);
        PGSimpleDataSource dataSource = (PGSimpleDataSource) postgres.getPostgresDatabase();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table visit_probe (n integer primary key)");
            statement.execute("insert into visit_probe select generate_series(1, " + ROWS + ")");
        }
        System.out.println("STARTED");
        System.out.flush();
        System.in.read(); // until told to die
        Runtime.getRuntime().halt(137);
    }
}
