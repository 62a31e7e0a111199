package dk.omsorg.ownpayment.internal;

import dk.omsorg.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The {@code own_payment_regulation} table (V39): one draft per citizen and new level, approved once. */
@Repository
public class OwnPaymentRegulations {

    private final JdbcClient jdbc;

    OwnPaymentRegulations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A draft or approved recalculation.
     *
     * @param baseVersion     the own-payment version it was computed from; stale once the citizen has a later one
     * @param approvedVersion the version the approval added; null for a draft
     */
    public record Row(long id, long citizenId, String cprNumber, String name, LocalDate levelValidFrom, int baseVersion,
                      Money oldAmount, Money newAmount, String status, Integer approvedVersion) {
    }

    /** The citizens' latest versions with an effective date before the day: those computed with an earlier level. */
    public List<Long> citizensWithLatestBefore(int municipalityId, LocalDate day) {
        return jdbc.sql("""
                        select o.citizen_id from own_payment o
                        where o.municipality_id = ? and o.version = (select max(version) from own_payment x
                                                                     where x.citizen_id = o.citizen_id)
                          and o.effective_from < ? order by o.citizen_id""")
                .params(municipalityId, day).query(Long.class).list();
    }

    public Optional<Row> find(long citizenId, LocalDate levelValidFrom) {
        return jdbc.sql(SELECT + " where r.citizen_id = ? and r.level_valid_from = ?")
                .params(citizenId, levelValidFrom).query((rs, i) -> map(rs)).optional();
    }

    public List<Row> forLevel(int municipalityId, LocalDate levelValidFrom) {
        return jdbc.sql(SELECT + " where r.municipality_id = ? and r.level_valid_from = ? order by z.cpr_number, r.id")
                .params(municipalityId, levelValidFrom).query((rs, i) -> map(rs)).list();
    }

    /** The drafts of the level, locked for their approval (two approvals at once: the second finds none). */
    public List<Row> draftsForUpdate(int municipalityId, LocalDate levelValidFrom) {
        return jdbc.sql(SELECT + " where r.municipality_id = ? and r.level_valid_from = ? and r.status = 'DRAFT'"
                        + " order by z.cpr_number, r.id for update of r")
                .params(municipalityId, levelValidFrom).query((rs, i) -> map(rs)).list();
    }

    /** A new draft, or a stale draft made again from the citizen's latest version; an approved one is left alone. */
    public boolean saveDraft(int municipalityId, long citizenId, LocalDate levelValidFrom, int baseVersion, Money oldAmount,
                             Money newAmount, String username, Instant at) {
        return jdbc.sql("""
                        insert into own_payment_regulation (municipality_id, citizen_id, level_valid_from, base_version,
                            old_amount_ore, new_amount_ore, status, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)
                        on conflict (citizen_id, level_valid_from) do update set base_version = excluded.base_version,
                            old_amount_ore = excluded.old_amount_ore, new_amount_ore = excluded.new_amount_ore,
                            created_by = excluded.created_by, created_at = excluded.created_at
                        where own_payment_regulation.status = 'DRAFT'
                          and own_payment_regulation.base_version <> excluded.base_version""")
                .params(municipalityId, citizenId, levelValidFrom, baseVersion, oldAmount.ore(), newAmount.ore(), username,
                        Timestamp.from(at))
                .update() == 1;
    }

    /** Removes the level's drafts made from a version that is no longer the citizen's latest (they are made again). */
    public void dropStale(int municipalityId, LocalDate levelValidFrom) {
        jdbc.sql("""
                        delete from own_payment_regulation r where r.municipality_id = ? and r.level_valid_from = ?
                          and r.status = 'DRAFT'
                          and r.base_version <> (select max(version) from own_payment o where o.citizen_id = r.citizen_id)""")
                .params(municipalityId, levelValidFrom).update();
    }

    public void approve(long id, int approvedVersion, String username, Instant at) {
        jdbc.sql("""
                        update own_payment_regulation set status = 'APPROVED', approved_version = ?, approved_by = ?,
                            approved_at = ? where id = ? and status = 'DRAFT'""")
                .params(approvedVersion, username, Timestamp.from(at), id).update();
    }

    private static final String SELECT = """
            select r.*, z.cpr_number, z.name from own_payment_regulation r join citizen z on z.id = r.citizen_id""";

    private static Row map(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("citizen_id"), rs.getString("cpr_number"), rs.getString("name"),
                rs.getObject("level_valid_from", LocalDate.class), rs.getInt("base_version"),
                new Money(rs.getLong("old_amount_ore")), new Money(rs.getLong("new_amount_ore")), rs.getString("status"),
                rs.getObject("approved_version", Integer.class));
    }
}
