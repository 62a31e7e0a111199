package dk.omsorg.ownpayment.internal;

import dk.omsorg.ownpayment.OwnPaymentForm;
import dk.omsorg.ownpayment.OwnPaymentVersion;
import dk.omsorg.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The {@code own_payment} table: one row per version, never updated, so the history stays. */
@Repository
public class OwnPaymentVersions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    OwnPaymentVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    public List<OwnPaymentVersion> history(int municipalityId, long citizenId) {
        return jdbc.sql("""
                        select id, citizen_id, version, effective_from, grant_key, input::text as input, own_payment_ore,
                               created_by, created_at
                        from own_payment where municipality_id = ? and citizen_id = ? order by version desc""")
                .params(municipalityId, citizenId).query((rs, i) -> map(rs)).list();
    }

    /** Locks the citizen's versions for the insert that follows (two saves at once: the second is stale). */
    public int latestVersionForUpdate(long citizenId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('own_payment'), ?::int)").param(citizenId).query().singleRow();
        return jdbc.sql("select coalesce(max(version), 0) from own_payment where citizen_id = ?")
                .param(citizenId).query(Integer.class).single();
    }

    public long insert(int municipalityId, long citizenId, int version, OwnPaymentForm form, Money ownPayment,
                       String username, Instant at) {
        return jdbc.sql("""
                        insert into own_payment (municipality_id, citizen_id, version, effective_from, grant_key, input,
                            own_payment_ore, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?) returning id""")
                .params(municipalityId, citizenId, version, form.effectiveFrom(), form.grantKey(),
                        JSON.writeValueAsString(form), ownPayment.ore(), username, Timestamp.from(at))
                .query(Long.class).single();
    }

    private static OwnPaymentVersion map(ResultSet rs) throws SQLException {
        return new OwnPaymentVersion(rs.getLong("id"), rs.getLong("citizen_id"), rs.getInt("version"),
                rs.getObject("effective_from", java.time.LocalDate.class), rs.getObject("grant_key", UUID.class),
                JSON.readValue(rs.getString("input"), OwnPaymentForm.class), new Money(rs.getLong("own_payment_ore")),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
