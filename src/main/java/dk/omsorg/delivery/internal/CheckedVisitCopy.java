package dk.omsorg.delivery.internal;

import dk.omsorg.delivery.ShiftBoundaries;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
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
 * ({@link CanonicalVisitFile#fields}), each checked against the provider's grants read once ({@link ProviderGrants},
 * {@link VisitRowCheck}), and the checked visits written with one {@code COPY visit … FROM STDIN} — no staging table
 * and no second pass over the rows in the database. COPY fires V14/V65's reference check as an insert does.
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
        List<String[]> lines = CanonicalVisitFile.fields(file);
        if (lines == null || lines.isEmpty()) {
            return SQL_DECIDES;
        }
        long read = System.nanoTime();
        Map<UUID, ProviderGrants.Grant> grants = providerGrants.of(municipalityId, providerId);
        long granted = System.nanoTime();
        byte[] constants = TypedVisitWrite.constants(municipalityId, providerId, username, now);
        TypedVisitWrite.Rows rows = new TypedVisitWrite.Rows(lines.size() * 128);
        TreeSet<Long> citizens = new TreeSet<>();
        for (String[] line : lines) {
            VisitRowCheck.CheckedVisit visit = VisitRowCheck.check(line, grants, providerId, today, shifts);
            if (visit == null) {
                return SQL_DECIDES;
            }
            rows.writeBytes(visit.copyText().getBytes(StandardCharsets.UTF_8));
            rows.writeBytes(constants);
            citizens.add(visit.citizenId());
        }
        long checked = System.nanoTime();
        jdbc.sql("select pg_advisory_xact_lock(hashtext('visit-write'), ?)").param(Math.toIntExact(providerId))
                .query(Object.class).single();
        // the reference check's transition table holds every copied row: in memory, for this transaction
        jdbc.sql("set local work_mem = '256MB'").update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy visit (" + TypedVisitWrite.COLUMNS + ") from stdin", rows.in());
                connection.releaseSavepoint(savepoint);
            } catch (SQLException | IOException knownVisitOrFailed) {
                connection.rollback(savepoint);
                return new Attempt(null, true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The visit file's savepoint failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        log.debug("Checked visit copy, ms: lines read {}, grants read {}, checked {}, copied {}", (read - started) / 1_000_000,
                (granted - read) / 1_000_000, (checked - granted) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
        return new Attempt(new TypedVisitWrite.Result(lines.size(), 0, 0, List.copyOf(citizens)), false);
    }
}
