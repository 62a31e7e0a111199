package dk.omsorg.journal.internal;

import dk.omsorg.journal.NoteLink;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

/**
 * What a note may be linked to: the citizen's own inquiries, decisions, grants and reassessment flags, read
 * straight from their tables (only ids and the words that name them), so the journal depends on none of those
 * modules' services and their access rules.
 */
@Repository
public class LinkTargets {

    private final JdbcClient jdbc;

    LinkTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the linked thing is the citizen's, in the municipality. */
    public boolean belongsTo(int municipalityId, long citizenId, NoteLink link) {
        String sql = switch (link.kind()) {
            case INQUIRY -> "select count(*) from inquiry where municipality_id = ? and citizen_id = ? and id = ?";
            case DECISION -> "select count(*) from decision where municipality_id = ? and citizen_id = ? and id = ?";
            case REASSESSMENT_FLAG ->
                    "select count(*) from reassessment_flag where municipality_id = ? and citizen_id = ? and id = ?";
            case GRANT -> """
                    select count(*) from decision_grant g join decision d on d.id = g.decision_id
                    where d.municipality_id = ? and d.citizen_id = ? and g.grant_key = ?""";
        };
        Object key = link.kind() == NoteLink.Kind.GRANT ? link.grantKey() : link.id();
        return jdbc.sql(sql).params(municipalityId, citizenId, key).query(Long.class).single() > 0;
    }

    /** An inquiry or decision of the citizen, to choose from on the form. */
    public record Target(NoteLink link, LocalDate on, String what) {
    }

    /** The citizen's inquiries and current decisions, newest first. */
    public List<Target> forCitizen(int municipalityId, long citizenId) {
        List<Target> inquiries = jdbc.sql("""
                        select id, received_at, request from inquiry where municipality_id = ? and citizen_id = ?
                        order by received_at desc, id desc limit 50""")
                .params(municipalityId, citizenId)
                .query((rs, i) -> new Target(NoteLink.to(NoteLink.Kind.INQUIRY, rs.getLong("id")),
                        LocalDate.ofInstant(rs.getTimestamp("received_at").toInstant(), dk.omsorg.shared.DanishTime.ZONE),
                        rs.getString("request")))
                .list();
        List<Target> decisions = jdbc.sql("""
                        select id, decided_on, applied_for from decision
                        where municipality_id = ? and citizen_id = ? and status = 'CURRENT'
                        order by decided_on desc, id desc limit 50""")
                .params(municipalityId, citizenId)
                .query((rs, i) -> new Target(NoteLink.to(NoteLink.Kind.DECISION, rs.getLong("id")),
                        rs.getObject("decided_on", LocalDate.class), rs.getString("applied_for")))
                .list();
        return java.util.stream.Stream.concat(inquiries.stream(), decisions.stream()).toList();
    }

}
