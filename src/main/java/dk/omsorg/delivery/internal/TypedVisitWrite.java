package dk.omsorg.delivery.internal;

import dk.omsorg.delivery.ShiftBoundaries;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * The import's fast path for a file that COPY has typed ({@link VisitTables#copyTyped}): parse, check and write in
 * <b>one statement</b> — the rows joined once with the current grants and who delivers them, every check of
 * {@link VisitChecks} computed per row in memory, the changed known visit ids updated and the new ones inserted in the
 * file's order — instead of a parsed temporary table written and read by four more passes. The statement's rows are
 * held in memory by the statement (its CTEs), not written to a temporary table.
 *
 * <p>All or nothing, as the import promises: the write runs under a savepoint, and when any row fails a check (or the
 * statement fails at all, e.g. a constraint) it is rolled back and the caller reads the file again the lenient way,
 * which has the last word on every line and reports each by line. The duplicates of a visit id within the file were
 * ruled out in Java before ({@link CanonicalVisitFile}); one writer per provider at a time (the advisory lock, taken
 * before the savepoint), so the ids found unknown stay unknown for the insert.
 */
@Component
public class TypedVisitWrite {

    /** What the statement did; {@code citizens}: the distinct citizens of the file's visits. */
    public record Result(int inserted, int updated, int unchanged, List<Long> citizens) {
    }

    private static final String WRITE = """
            with checked as materialized (
                select p.*, coalesce(p.derived_shift, p.given_shift, p.grant_shift) as shift, coalesce(p.minutes, 0) as paid_minutes,
                       %s as bad
                from (%s) p
            ),
            known as materialized (
                select c.external_id,
                       (v.citizen_id, v.grant_key, v.kind, v.visit_date, v.start_time, v.shift, v.minutes, v.not_delivered_reason)
                           is distinct from (c.citizen_id, c.grant_key, c.kind, c.visit_date, c.start_time, c.shift, c.paid_minutes,
                                             c.reason) as changed
                from checked c join visit v on v.provider_id = :provider and v.external_id = c.external_id
                where not c.bad
            ),
            updated as (
                update visit v set citizen_id = c.citizen_id, grant_key = c.grant_key, kind = c.kind, visit_date = c.visit_date,
                    start_time = c.start_time, shift = c.shift, minutes = c.paid_minutes, not_delivered_reason = c.reason,
                    modified_at = :now, modified_by = :user
                from known k join checked c on c.external_id = k.external_id
                where k.changed and v.provider_id = :provider and v.external_id = k.external_id
                returning 1
            ),
            inserted as (
                insert into visit (municipality_id, provider_id, citizen_id, grant_key, external_id, kind, visit_date,
                                   start_time, shift, minutes, not_delivered_reason, created_at, created_by, modified_at, modified_by)
                select :municipality, :provider, c.citizen_id, c.grant_key, c.external_id, c.kind, c.visit_date, c.start_time,
                       c.shift, c.paid_minutes, c.reason, :now, :user, :now, :user
                from checked c
                where not c.bad and not exists (select 1 from known k where k.external_id = c.external_id)
                returning 1
            )
            select (select count(*) from checked) as staged, (select count(*) from checked where bad) as bad,
                   (select count(*) from updated) as updated, (select count(*) from inserted) as inserted,
                   (select array_agg(distinct citizen_id) from checked where citizen_id is not null) as citizens""";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    TypedVisitWrite(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Parses, checks and writes {@code visit_typed}; null — nothing written — when a row is bad, the file has no
     * rows, or the statement fails: the caller then takes the lenient path for the messages.
     */
    public Result write(int municipalityId, long providerId, ShiftBoundaries shifts, LocalDate today, String username,
                        Instant now) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('visit-write'), ?)").param(Math.toIntExact(providerId))
                .query(Object.class).single();
        var offset = now.atOffset(ZoneOffset.UTC);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            // the typed table has no statistics: the planner would sort the file's rows twice for merge joins where
            // hashing the municipality's grants is cheaper (set back below, for the rest of the transaction; before the
            // savepoint, so that a failed statement cannot leave it set)
            jdbc.sql("set local enable_mergejoin = off").update();
            Savepoint savepoint = connection.setSavepoint();
            Result result;
            try {
                long[] counts = new long[4];
                Long[][] citizens = new Long[1][];
                jdbc.sql(WRITE.formatted(VisitChecks.BAD_ROW, VisitTables.PARSE_SELECT.formatted(VisitTables.TYPED_ROWS)))
                        .param("day", shifts.day()).param("evening", shifts.evening()).param("night", shifts.night())
                        .param("municipality", municipalityId).param("provider", providerId).param("today", today)
                        .param("now", offset).param("user", username)
                        .query(rs -> {
                            counts[0] = rs.getLong("staged");
                            counts[1] = rs.getLong("bad");
                            counts[2] = rs.getLong("inserted");
                            counts[3] = rs.getLong("updated");
                            Array array = rs.getArray("citizens");
                            citizens[0] = array == null ? new Long[0] : (Long[]) array.getArray();
                        });
                result = counts[0] == 0 || counts[1] > 0 ? null
                        : new Result((int) counts[2], (int) counts[3], (int) (counts[0] - counts[2] - counts[3]),
                                Arrays.stream(citizens[0]).sorted().toList());
            } catch (DataAccessException failed) {
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
}
