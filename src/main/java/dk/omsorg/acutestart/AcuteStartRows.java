package dk.omsorg.acutestart;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Reading acute starts with the citizen's and the provider's names. */
final class AcuteStartRows {

    static final String SELECT = """
            select a.*, c.name as citizen_name, p.name as provider_name
            from acute_start a join citizen c on c.id = a.citizen_id join provider p on p.id = a.provider_id
            """;

    private AcuteStartRows() {
    }

    static AcuteStart row(ResultSet rs, int n) throws SQLException {
        return new AcuteStart(rs.getLong("id"), rs.getLong("citizen_id"), rs.getString("citizen_name"), rs.getLong("provider_id"),
                rs.getString("provider_name"), rs.getObject("started_on", LocalDate.class), rs.getString("help"),
                AcuteStart.CalledBy.valueOf(rs.getString("called_by")), rs.getString("caller"), rs.getBoolean("new_citizen"),
                rs.getObject("decide_by", LocalDate.class), AcuteStart.Status.valueOf(rs.getString("status")),
                rs.getObject("decision_id", Long.class), rs.getString("refusal_reason"), rs.getObject("ended_on", LocalDate.class),
                rs.getInt("version"));
    }
}
