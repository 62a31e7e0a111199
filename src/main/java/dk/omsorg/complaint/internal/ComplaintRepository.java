package dk.omsorg.complaint.internal;

import dk.omsorg.complaint.Complaint;
import dk.omsorg.complaint.ComplaintStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The complaint table (V43). */
@Repository
public class ComplaintRepository {

    private static final String COLUMNS = """
            id, municipality_id, citizen_id, decision_id, received_on, channel, oral_note, document_reference,
            complainant_contact_id, whole_decision, grant_keys, refusal_positions, text, complaint_deadline, late,
            appealable, status, reconsideration_due, outcome, outcome_on, outcome_by, outcome_reason,
            changed_decision_id, created_by, version""";

    private final JdbcClient jdbc;

    ComplaintRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The complaint's fields as registered; returns its id. */
    public long insert(Complaint c, String username, Instant now) {
        return jdbc.sql("""
                        insert into complaint (municipality_id, citizen_id, decision_id, received_on, channel, oral_note,
                            document_reference, complainant_contact_id, whole_decision, grant_keys, refusal_positions,
                            text, complaint_deadline, late, appealable, status, reconsideration_due,
                            created_at, created_by, modified_at, modified_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as uuid[]), cast(? as integer[]), ?, ?, ?, ?, ?, ?,
                            ?, ?, ?, ?)
                        returning id""")
                .params(c.municipalityId(), c.citizenId(), c.decisionId(), c.receivedOn(), c.channel().name(),
                        c.oralNote(), c.documentReference(), c.complainantContactId(), c.wholeDecision(),
                        array(c.grantKeys()), array(c.refusalPositions()), c.text(), c.complaintDeadline(), c.late(),
                        c.appealable(), c.status().name(), c.reconsiderationDue(), utc(now), username, utc(now), username)
                .query(Long.class).single();
    }

    public Optional<Complaint> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from complaint where id = ?").param(id)
                .query(ComplaintRepository::row).optional();
    }

    public List<Complaint> forCitizen(int municipalityId, long citizenId) {
        return jdbc.sql("select " + COLUMNS + " from complaint where municipality_id = ? and citizen_id = ? order by id desc")
                .params(municipalityId, citizenId).query(ComplaintRepository::row).list();
    }

    /** Records the outcome only at the version read and while reconsidering; false when not (stale). */
    public boolean recordOutcome(long id, int version, Complaint.Outcome outcome, LocalDate on, String by, String reason,
                                 ComplaintStatus status, Instant now) {
        return jdbc.sql("""
                        update complaint set outcome = ?, outcome_on = ?, outcome_by = ?, outcome_reason = ?, status = ?,
                            modified_at = ?, modified_by = ?, version = version + 1
                        where id = ? and version = ? and status = 'RECONSIDERING'""")
                .params(outcome.name(), on, by, reason, status.name(), utc(now), by, id, version).update() == 1;
    }

    /** Links the decision version made after the complaint. */
    public void changedDecision(long id, long decisionId, String by, Instant now) {
        jdbc.sql("""
                        update complaint set changed_decision_id = ?, modified_at = ?, modified_by = ?, version = version + 1
                        where id = ?""")
                .params(decisionId, utc(now), by, id).update();
    }

    /** Moves a complaint from one status to another; false when it was not in {@code from}. */
    public boolean move(long id, ComplaintStatus from, ComplaintStatus to, String by, Instant now) {
        return jdbc.sql("""
                        update complaint set status = ?, modified_at = ?, modified_by = ?, version = version + 1
                        where id = ? and status = ?""")
                .params(to.name(), utc(now), by, id, from.name()).update() == 1;
    }

    /** How the decision's letter was sent (decision.letter_channel, V43): the deadline runs from it. */
    public String letterChannel(long decisionId) {
        return jdbc.sql("select letter_channel from decision where id = ?").param(decisionId).query(String.class).single();
    }

    private static String array(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private static Complaint row(ResultSet rs, int n) throws SQLException {
        return new Complaint(rs.getLong("id"), rs.getInt("municipality_id"), rs.getLong("citizen_id"),
                rs.getLong("decision_id"), rs.getObject("received_on", LocalDate.class),
                Complaint.Channel.valueOf(rs.getString("channel")), rs.getString("oral_note"),
                rs.getString("document_reference"), rs.getObject("complainant_contact_id", Long.class),
                rs.getBoolean("whole_decision"), uuids(rs.getArray("grant_keys")), ints(rs.getArray("refusal_positions")),
                rs.getString("text"), rs.getObject("complaint_deadline", LocalDate.class), rs.getBoolean("late"),
                rs.getBoolean("appealable"), ComplaintStatus.valueOf(rs.getString("status")),
                rs.getObject("reconsideration_due", LocalDate.class),
                rs.getString("outcome") == null ? null : Complaint.Outcome.valueOf(rs.getString("outcome")),
                rs.getObject("outcome_on", LocalDate.class), rs.getString("outcome_by"), rs.getString("outcome_reason"),
                rs.getObject("changed_decision_id", Long.class), rs.getString("created_by"), rs.getInt("version"));
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(o -> (UUID) o).toList();
    }

    private static List<Integer> ints(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(o -> (Integer) o).toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The current decision version holding the grant in the municipality, if any. */
    public Optional<Long> currentDecisionOfGrant(int municipalityId, UUID grantKey) {
        return jdbc.sql("""
                        select d.id from decision d join decision_grant g on g.decision_id = d.id
                        where d.municipality_id = ? and d.status = 'CURRENT' and g.grant_key = ?
                        order by d.id desc limit 1""")
                .params(municipalityId, grantKey).query(Long.class).optional();
    }
}
