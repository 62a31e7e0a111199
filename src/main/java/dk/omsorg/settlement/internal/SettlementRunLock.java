package dk.omsorg.settlement.internal;

import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The lock a settlement run holds while it lives: a PostgreSQL session advisory lock keyed by municipality and month,
 * on a connection of its own, taken before the run is opened and released after it is computed. PostgreSQL releases
 * it when the instance holding it dies, so a RUNNING run whose lock nobody holds was broken off (issue 14: it used to
 * block its month for an hour) and may be run again at once; one whose lock is held is refused.
 */
@Component
public class SettlementRunLock {

    /**
     * The lock's two keys as SQL over a run row's {@code municipality_id} and {@code month}: a fixed first key, and
     * municipality × 1 000 000 + yyyymm (municipality ids are the municipality codes, below 1000).
     */
    static final String KEY_1 = "hashtext('settlement-run')";
    static final String KEY_2 = "(municipality_id * 1000000 + extract(year from month)::int * 100 + extract(month from month)::int)";

    /** True in SQL while some session holds the run's lock (pg_locks shows the keys as unsigned oids). */
    static final String HELD = "exists (select 1 from pg_locks l where l.locktype = 'advisory' and l.objsubid = 2 and l.granted"
            + " and l.database = (select oid from pg_database where datname = current_database())"
            + " and l.classid::int8 = (" + KEY_1 + "::int8 & 4294967295) and l.objid::int8 = " + KEY_2 + ")";

    private final DataSource dataSource;

    SettlementRunLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Takes the month's run lock; empty when a live run (of this or another instance) holds it. */
    public Optional<Held> tryHold(int municipalityId, YearMonth month) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (PreparedStatement statement = connection.prepareStatement(
                    "select pg_try_advisory_lock(" + KEY_1 + ", ?)")) {
                statement.setInt(1, key(municipalityId, month));
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return Optional.of(new Held(connection, key(municipalityId, month)));
                    }
                }
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("Could not take the settlement run's lock", e);
        }
    }

    static int key(int municipalityId, YearMonth month) {
        return Math.toIntExact(municipalityId * 1_000_000L + month.getYear() * 100L + month.getMonthValue());
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is broken: the pool drops it, and PostgreSQL frees its locks
            }
        }
    }

    /** The run's lock, held until closed. */
    public static final class Held implements AutoCloseable {
        private final Connection connection;
        private final int key;

        private Held(Connection connection, int key) {
            this.connection = connection;
            this.key = key;
        }

        @Override
        public void close() {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select pg_advisory_unlock(" + KEY_1 + ", ?)")) {
                statement.setInt(1, key);
                statement.executeQuery().close();
            } catch (SQLException e) {
                // a connection that cannot unlock is broken; evict it so its session (and lock) ends
                try {
                    connection.abort(Runnable::run);
                } catch (SQLException ignored) {
                    // nothing more to do
                }
            } finally {
                closeQuietly(connection);
            }
        }
    }
}
