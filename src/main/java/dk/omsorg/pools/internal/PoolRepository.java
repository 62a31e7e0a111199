package dk.omsorg.pools.internal;

import dk.omsorg.pools.Pool;
import dk.omsorg.pools.PoolKind;
import dk.omsorg.pools.PoolLedger.Event;
import dk.omsorg.pools.PoolLedger.EventKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code pool}, {@code pool_entry} and {@code pool_allowance} tables, in plain SQL. */
@Repository
public class PoolRepository {

    private static final String COLUMNS = """
            id, municipality_id, citizen_id, grant_key, kind, starts_on, ends_on, quantity, saved_on_open, version""";

    private final JdbcClient jdbc;

    PoolRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Its id, or empty when the citizen already has a pool for the grant. */
    public Optional<Long> insert(int municipalityId, long citizenId, UUID grantKey, PoolKind kind, LocalDate startsOn,
                                 LocalDate endsOn, BigDecimal quantity, BigDecimal savedOnOpen, Instant at, String by) {
        return jdbc.sql("""
                        insert into pool (municipality_id, citizen_id, grant_key, kind, starts_on, ends_on, quantity,
                            saved_on_open, version, created_at, created_by, modified_at, modified_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)
                        on conflict (citizen_id, grant_key) do nothing
                        returning id""")
                .params(municipalityId, citizenId, grantKey, kind.name(), startsOn, endsOn, quantity, savedOnOpen,
                        Timestamp.from(at), by, Timestamp.from(at), by)
                .query(Long.class).optional();
    }

    public Optional<Pool> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from pool where id = ?").param(id).query(PoolRepository::map).optional();
    }

    /** The pool with its row locked to the end of the transaction: writers to one pool take turns. */
    public Optional<Pool> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from pool where id = ? for update").param(id)
                .query(PoolRepository::map).optional();
    }

    public List<Pool> forCitizen(int municipalityId, long citizenId) {
        return jdbc.sql("select " + COLUMNS + " from pool where municipality_id = ? and citizen_id = ? order by starts_on, id")
                .params(municipalityId, citizenId).query(PoolRepository::map).list();
    }

    public void touch(long id, Instant at, String by) {
        jdbc.sql("update pool set version = version + 1, modified_at = ?, modified_by = ? where id = ?")
                .params(Timestamp.from(at), by, id).update();
    }

    public long insertEntry(long poolId, EventKind kind, LocalDate on, BigDecimal quantity, String note, Instant at, String by) {
        return jdbc.sql("""
                        insert into pool_entry (pool_id, kind, on_date, quantity, note, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(poolId, kind.name(), on, quantity, note, Timestamp.from(at), by).query(Long.class).single();
    }

    public List<Event> entries(long poolId) {
        return jdbc.sql("select id, on_date, kind, quantity, note from pool_entry where pool_id = ? order by on_date, id")
                .param(poolId)
                .query((rs, n) -> new Event(rs.getLong("id"), rs.getObject("on_date", LocalDate.class),
                        EventKind.valueOf(rs.getString("kind")), rs.getBigDecimal("quantity"), rs.getString("note")))
                .list();
    }

    /** A yearly companion allowance payout. */
    public record Payout(long id, int year, LocalDate paidOn, BigDecimal amount, String receiptReference, String paidBy) {
    }

    /** Its id, or empty when the year's allowance is paid already (the unique key decides, not a prior read). */
    public Optional<Long> insertPayout(long poolId, int year, LocalDate paidOn, BigDecimal amount, String receipt,
                                       Instant at, String by) {
        return jdbc.sql("""
                        insert into pool_allowance (pool_id, year, paid_on, amount, receipt_reference, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (pool_id, year) do nothing returning id""")
                .params(poolId, year, paidOn, amount, receipt, Timestamp.from(at), by).query(Long.class).optional();
    }

    public List<Payout> payouts(long poolId) {
        return jdbc.sql("""
                        select id, year, paid_on, amount, receipt_reference, created_by from pool_allowance
                        where pool_id = ? order by year""").param(poolId)
                .query((rs, n) -> new Payout(rs.getLong("id"), rs.getInt("year"), rs.getObject("paid_on", LocalDate.class),
                        rs.getBigDecimal("amount"), rs.getString("receipt_reference"), rs.getString("created_by")))
                .list();
    }

    private static Pool map(ResultSet rs, int n) throws SQLException {
        return new Pool(rs.getLong("id"), rs.getInt("municipality_id"), rs.getLong("citizen_id"),
                rs.getObject("grant_key", UUID.class), PoolKind.valueOf(rs.getString("kind")),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getBigDecimal("quantity"), rs.getBigDecimal("saved_on_open"), rs.getInt("version"));
    }
}
