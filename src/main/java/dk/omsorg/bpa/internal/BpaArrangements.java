package dk.omsorg.bpa.internal;

import dk.omsorg.bpa.BpaArrangement;
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

/** The {@code bpa_arrangement} table; changes only when the caller's version still holds. */
@Repository
public class BpaArrangements {

    private static final String SELECT = """
            select id, citizen_id, grant_key, hours_per_day, start_date, team_not_kept_from, version, changed_by, changed_at
            from bpa_arrangement""";

    private final JdbcClient jdbc;

    BpaArrangements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<BpaArrangement> find(int municipalityId, long citizenId) {
        return jdbc.sql(SELECT + " where municipality_id = ? and citizen_id = ?").params(municipalityId, citizenId)
                .query((rs, i) -> map(rs)).optional();
    }

    /** The municipality's arrangements with a team not kept since on or before {@code before}, oldest report first. */
    public List<BpaArrangement> teamNotKeptSince(int municipalityId, LocalDate before) {
        return jdbc.sql(SELECT + " where municipality_id = ? and team_not_kept_from < ? order by team_not_kept_from, id")
                .params(municipalityId, before).query((rs, i) -> map(rs)).list();
    }

    /** Inserts when absent (the citizen has none, version 0 seen); whether it did. */
    public boolean insert(int municipalityId, long citizenId, UUID grantKey, BigDecimal hours, LocalDate start,
                          String username, Instant at) {
        return jdbc.sql("""
                        insert into bpa_arrangement (municipality_id, citizen_id, grant_key, hours_per_day, start_date,
                            changed_by, changed_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (citizen_id) do nothing""")
                .params(municipalityId, citizenId, grantKey, hours, start, username, Timestamp.from(at)).update() == 1;
    }

    public boolean update(long citizenId, UUID grantKey, BigDecimal hours, LocalDate start, int version,
                          String username, Instant at) {
        return jdbc.sql("""
                        update bpa_arrangement set grant_key = ?, hours_per_day = ?, start_date = ?, version = version + 1,
                            changed_by = ?, changed_at = ?
                        where citizen_id = ? and version = ?""")
                .params(grantKey, hours, start, username, Timestamp.from(at), citizenId, version).update() == 1;
    }

    /** @param from the day the team could not be kept, or null when it is full again */
    public boolean reportTeam(long citizenId, LocalDate from, int version, String username, Instant at) {
        return jdbc.sql("""
                        update bpa_arrangement set team_not_kept_from = ?, version = version + 1, changed_by = ?, changed_at = ?
                        where citizen_id = ? and version = ?""")
                .params(from, username, Timestamp.from(at), citizenId, version).update() == 1;
    }

    private static BpaArrangement map(ResultSet rs) throws SQLException {
        return new BpaArrangement(rs.getLong("id"), rs.getLong("citizen_id"), rs.getObject("grant_key", UUID.class),
                rs.getBigDecimal("hours_per_day"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("team_not_kept_from", LocalDate.class), rs.getInt("version"), rs.getString("changed_by"),
                rs.getTimestamp("changed_at").toInstant());
    }
}
