package dk.omsorg.delivery.internal;

import dk.omsorg.delivery.ShiftBoundaries;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.CopyOut;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The import's fast path for a file that COPY has typed ({@link VisitTables#copyTyped}): parse and check in
 * <b>one read</b>, write the new visits with <b>COPY</b>. The rows are joined once with the current grants and who
 * delivers them, every check of {@link VisitChecks} computed per row, and each row compared with the provider's visit
 * of the same id, in one {@code COPY (select …) TO STDOUT}: each row comes back in COPY's text format, the visit's
 * columns as {@code visit} stores them, led by what it is — bad, new, a known visit changed, or unchanged. Nothing
 * is written while a bad row may still come. Then the new rows go into {@code visit} with {@code COPY … FROM STDIN}
 * (PostgreSQL writes COPY's rows in batches, where {@code INSERT … SELECT} writes them one at a time: about half the
 * write's time), the changed known ones through a temporary table and one update. COPY fires the statement triggers
 * as an insert does, with their transition tables, so V14/V65's reference check runs on the copied rows.
 *
 * <p>All or nothing, as the import promises: a bad row and nothing is written; the writes run under a savepoint, and
 * when either fails (e.g. a constraint) it is rolled back. Either way the caller reads the file again the lenient
 * way, which has the last word on every line and reports each by line. The duplicates of a visit id within the file
 * were ruled out in Java before ({@link CanonicalVisitFile}); one writer per provider at a time (the advisory lock,
 * taken before the read), so the ids found unknown stay unknown for the COPY.
 */
@Component
public class TypedVisitWrite {

    /** What the statement did; {@code citizens}: the distinct citizens of the file's visits. */
    public record Result(int inserted, int updated, int unchanged, List<Long> citizens) {
    }

    /** The columns of {@code visit} the COPY writes, in the order {@link #READ} gives them (after the row's kind). */
    static final String COLUMNS = "citizen_id, grant_key, external_id, kind, visit_date, start_time, shift, minutes, "
            + "not_delivered_reason, municipality_id, provider_id, created_at, created_by, modified_at, modified_by";

    /**
     * Every row, checked: {@code B} bad, {@code N} new, {@code C} a known visit that changes, {@code S} the same.
     * COPY takes no parameters: the values are literals (numbers, dates and times formatted here); the columns every
     * row shares are appended in Java ({@link #constants}).
     */
    private static final String READ = """
            copy (
            with checked as (
                select p.*, coalesce(p.derived_shift, p.given_shift, p.grant_shift) as shift, coalesce(p.minutes, 0) as paid_minutes,
                       %s as bad
                from (%s) p
            )
            select case when c.bad then 'B' when v.external_id is null then 'N'
                        when (v.citizen_id, v.grant_key, v.kind, v.visit_date, v.start_time, v.shift, v.minutes, v.not_delivered_reason)
                             is distinct from (c.citizen_id, c.grant_key, c.kind, c.visit_date, c.start_time, c.shift, c.paid_minutes,
                                               c.reason) then 'C'
                        else 'S' end,
                   c.citizen_id, c.grant_key, c.external_id, c.kind, c.visit_date, c.start_time, c.shift, c.paid_minutes, c.reason
            from checked c left join visit v on v.provider_id = :provider and v.external_id = c.external_id
            ) to stdout""";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TypedVisitWrite.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    TypedVisitWrite(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Parses, checks and writes {@code visit_typed}; null — nothing written — when a row is bad, the file has no
     * rows, or a write fails: the caller then takes the lenient path for the messages.
     */
    public Result write(int municipalityId, long providerId, ShiftBoundaries shifts, LocalDate today, String username,
                        Instant now) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('visit-write'), ?)").param(Math.toIntExact(providerId))
                .query(Object.class).single();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            // the typed table has no statistics: the planner would sort the file's rows twice for merge joins where
            // hashing the municipality's grants is cheaper (set back below, for the rest of the transaction; before the
            // savepoint, so that a failed statement cannot leave it set)
            jdbc.sql("set local enable_mergejoin = off").update();
            Savepoint savepoint = connection.setSavepoint();
            Result result;
            try {
                result = readAndWrite(copy, read(municipalityId, providerId, shifts, today), providerId,
                        constants(municipalityId, providerId, username, now));
            } catch (SQLException | IOException failed) {
                result = null;
            }
            if (result == null) {
                connection.rollback(savepoint);
            } else {
                connection.releaseSavepoint(savepoint);
            }
            jdbc.sql("set local enable_mergejoin = on").update();
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("The visit file's savepoint failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The rows read back, sorted by kind; null when one is bad or there are none. */
    private Result readAndWrite(CopyManager copy, String read, long providerId, byte[] constants)
            throws SQLException, IOException {
        Rows fresh = new Rows(1 << 20);
        Rows changed = new Rows(1024);
        Set<Long> citizens = new HashSet<>();
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        boolean bad = false;
        long started = System.nanoTime();
        CopyOut out = copy.copyOut(read);
        byte[] row;
        while ((row = out.readFromCopy()) != null) {
            if (bad) {
                continue;   // read to the end: the connection is free again only then
            }
            switch (row[0]) {
                case 'B' -> bad = true;
                case 'N' -> {
                    fresh.write(row, 2, row.length - 3);
                    fresh.write(constants);
                    inserted++;
                }
                case 'C' -> {
                    changed.write(row, 2, row.length - 3);
                    changed.write(constants);
                    updated++;
                }
                default -> unchanged++;
            }
            if (!bad) {
                citizens.add(citizen(row));   // a row that is not bad has its grant's citizen
            }
        }
        if (bad || inserted + updated + unchanged == 0) {
            return null;
        }
        long readAt = System.nanoTime();
        if (inserted > 0) {
            copy.copyIn("copy visit (" + COLUMNS + ") from stdin", fresh.in());
        }
        if (updated > 0) {
            update(copy, changed, providerId);
        }
        log.debug("Typed visit write: read and checked {} ms, written {} ms", (readAt - started) / 1_000_000,
                (System.nanoTime() - readAt) / 1_000_000);
        return new Result(inserted, updated, unchanged, citizens.stream().sorted().toList());
    }

    /** The changed known visits: copied to a temporary table, written by one update. */
    private void update(CopyManager copy, Rows changed, long providerId) throws SQLException, IOException {
        jdbc.sql("drop table if exists visit_changed").update();
        jdbc.sql("create temp table visit_changed on commit drop as select " + COLUMNS + " from visit with no data").update();
        copy.copyIn("copy visit_changed (" + COLUMNS + ") from stdin", changed.in());
        jdbc.sql("""
                update visit v set citizen_id = c.citizen_id, grant_key = c.grant_key, kind = c.kind, visit_date = c.visit_date,
                    start_time = c.start_time, shift = c.shift, minutes = c.minutes, not_delivered_reason = c.not_delivered_reason,
                    modified_at = c.modified_at, modified_by = c.modified_by
                from visit_changed c
                where v.provider_id = ? and v.external_id = c.external_id""").param(providerId).update();
    }

    /** The statement of the read, its parameters as literals. */
    private static String read(int municipalityId, long providerId, ShiftBoundaries shifts, LocalDate today) {
        return READ.formatted(VisitChecks.BAD_ROW, VisitTables.PARSE_SELECT.formatted(VisitTables.TYPED_ROWS))
                .replace(":day", "time '" + shifts.day() + "'")
                .replace(":evening", "time '" + shifts.evening() + "'")
                .replace(":night", "time '" + shifts.night() + "'")
                .replace(":municipality", Integer.toString(municipalityId))
                .replace(":provider", Long.toString(providerId))
                .replace(":today", "date '" + today + "'");
    }

    /**
     * The columns every row of the file shares (municipality, provider, created and modified, when and by whom) in
     * COPY's text format, ending the row: appended here rather than formatted by the server for each row.
     */
    static byte[] constants(int municipalityId, long providerId, String username, Instant now) {
        return constantsText(municipalityId, providerId, username, now).getBytes(StandardCharsets.UTF_8);
    }

    /** {@link #constants} as text. */
    static String constantsText(int municipalityId, long providerId, String username, Instant now) {
        String user = username.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
        String at = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now.atOffset(ZoneOffset.UTC));
        return "\t" + municipalityId + "\t" + providerId + "\t" + at + "\t" + user + "\t" + at + "\t" + user + "\n";
    }

    /** The row's citizen: its second column (after the kind and a tab). */
    private static long citizen(byte[] row) {
        long id = 0;
        int i = 2;
        while (i < row.length && row[i] >= '0' && row[i] <= '9') {
            id = id * 10 + (row[i++] - '0');
        }
        return id;
    }

    /** Rows in COPY's text format, read back without a copy of the bytes. */
    static final class Rows extends ByteArrayOutputStream {

        Rows(int size) {
            super(size);
        }

        ByteArrayInputStream in() {
            return new ByteArrayInputStream(buf, 0, count);
        }
    }
}
