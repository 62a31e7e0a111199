package dk.omsorg.delivery.internal;

import dk.omsorg.delivery.ShiftBoundaries;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The import's first way for a file of new visits, the usual monthly file: its lines read in Java
 * ({@link CanonicalVisitFile#eachLine}), each checked against the provider's grants read once ({@link ProviderGrants},
 * {@link VisitRowCheck}), and each checked visit sent at once into one {@code COPY visit … FROM STDIN}, so PostgreSQL
 * writes while Java checks — no staging table and no second pass over the rows in the database. COPY fires V14/V65's reference check as an insert does.
 *
 * <p>It takes a file only when it is sure: a line it cannot vouch for and nothing is written — the file goes the SQL's
 * way, which has the last word and reports every bad line in Danish. A visit id the provider has sent before makes
 * the COPY fail on the primary key (provider, visit id): the savepoint is rolled back and the file goes the typed way
 * ({@link TypedVisitWrite}), which tells new, changed and unchanged visits apart. One writer per provider at a time
 * (the advisory lock, as the other ways take it).
 */
@Component
public class CheckedVisitCopy {

    /** What came of it: {@code written} when the file is stored; else whether the typed way is worth a try. */
    public record Attempt(TypedVisitWrite.Result written, boolean tryTyped) {
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CheckedVisitCopy.class);

    private static final Attempt SQL_DECIDES = new Attempt(null, false);

    private final ProviderGrants providerGrants;
    private final JdbcClient jdbc;
    private final DataSource dataSource;

    CheckedVisitCopy(ProviderGrants providerGrants, JdbcClient jdbc, DataSource dataSource) {
        this.providerGrants = providerGrants;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Checks and writes the file ({@code \n} line ends, its header checked) when every line is a good new visit. */
    public Attempt write(String file, int municipalityId, long providerId, ShiftBoundaries shifts, LocalDate today,
                         String username, Instant now) {
        long started = System.nanoTime();
        Map<UUID, ProviderGrants.Grant> grants = providerGrants.of(municipalityId, providerId);
        long granted = System.nanoTime();
        jdbc.sql("select pg_advisory_xact_lock(hashtext('visit-write'), ?)").param(Math.toIntExact(providerId))
                .query(Object.class).single();
        // the reference check's transition table holds every copied row: in memory, for this transaction
        jdbc.sql("set local work_mem = '256MB'").update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.setSavepoint();
            Copied copied = new Copied(grants, providerId, today, shifts,
                    TypedVisitWrite.constantsText(municipalityId, providerId, username, now));
            CopyIn in = null;
            try {
                in = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy visit (" + TypedVisitWrite.COLUMNS + ") from stdin");
                copied.in = in;
                // the lines are read, checked and sent as they come, so PostgreSQL writes while Java checks
                if (!CanonicalVisitFile.eachLine(file, copied::add) || copied.visits == 0) {
                    in.cancelCopy();
                    connection.rollback(savepoint);
                    return SQL_DECIDES;
                }
                copied.flush();
                in.endCopy();
                connection.releaseSavepoint(savepoint);
            } catch (SQLException | UncheckedSql knownVisitOrFailed) {
                if (in != null && in.isActive()) {
                    in.cancelCopy();
                }
                connection.rollback(savepoint);
                return new Attempt(null, true);
            }
            log.debug("Checked visit copy of {} lines, ms: grants read {}, read, checked and copied {}", copied.visits,
                    (granted - started) / 1_000_000, (System.nanoTime() - granted) / 1_000_000);
            return new Attempt(new TypedVisitWrite.Result(copied.visits, 0, 0, List.copyOf(copied.citizens)), false);
        } catch (SQLException e) {
            throw new IllegalStateException("The visit file's savepoint failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** A failure of the COPY while lines are still being sent. */
    private static final class UncheckedSql extends RuntimeException {
        UncheckedSql(SQLException cause) {
            super(cause);
        }
    }

    /** The lines checked so far, sent to the COPY in chunks. */
    private static final class Copied {

        private static final int CHUNK = 1 << 16;

        private final Map<UUID, ProviderGrants.Grant> grants;
        private final long providerId;
        private final LocalDate today;
        private final ShiftBoundaries shifts;
        private final String constants;
        private final StringBuilder chunk = new StringBuilder(CHUNK + 1024);
        private final TreeSet<Long> citizens = new TreeSet<>();
        private CopyIn in;
        private int visits;

        Copied(Map<UUID, ProviderGrants.Grant> grants, long providerId, LocalDate today, ShiftBoundaries shifts,
               String constants) {
            this.grants = grants;
            this.providerId = providerId;
            this.today = today;
            this.shifts = shifts;
            this.constants = constants;
        }

        /** Checks one line and queues it for the COPY; false — stop — when the check cannot vouch for it. */
        boolean add(String[] line) {
            VisitRowCheck.CheckedVisit visit = VisitRowCheck.check(line, grants, providerId, today, shifts);
            if (visit == null) {
                return false;
            }
            visit.appendCopyText(chunk).append(constants);
            citizens.add(visit.citizenId());
            visits++;
            if (chunk.length() >= CHUNK) {
                flush();
            }
            return true;
        }

        void flush() {
            byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
            chunk.setLength(0);
            try {
                in.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new UncheckedSql(e);
            }
        }
    }
}
