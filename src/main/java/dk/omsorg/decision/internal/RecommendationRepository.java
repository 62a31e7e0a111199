package dk.omsorg.decision.internal;

import dk.omsorg.catalog.DecisionAuthority;
import dk.omsorg.decision.DecisionChange;
import dk.omsorg.decision.DecisionDraft;
import dk.omsorg.decision.Recommendation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Recommendations (indstillinger) and the approval and letter channel recorded on a decision, in plain SQL. The
 * recommendation's draft is stored as JSON so approval makes exactly the decision that was recommended.
 */
@Repository
public class RecommendationRepository {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final String COLUMNS = """
            id, municipality_id, citizen_id, inquiry_id, draft::text as draft, authority, committee, applied_for, status,
            recommended_by, recommended_at, handled_by, handled_at, return_reason, decision_id, version,
            change_of, change::text as change""";

    private final JdbcClient jdbc;

    RecommendationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(int municipalityId, long citizenId, DecisionDraft draft, String appliedFor,
                       DecisionAuthority required, String username, Instant now) {
        return jdbc.sql("""
                        insert into decision_recommendation (municipality_id, citizen_id, inquiry_id, draft, letter_channel,
                            authority, committee, applied_for, status, recommended_by, recommended_at)
                        values (?, ?, ?, ?::jsonb, ?, ?, ?, ?, 'PENDING', ?, ?) returning id""")
                .params(municipalityId, citizenId, draft.inquiryId(), JSON.writeValueAsString(draft),
                        draft.letterChannel().name(), required.level().name(), required.committee(), appliedFor,
                        username, now.atOffset(ZoneOffset.UTC))
                .query(Long.class).single();
    }

    /** A change of decision {@code changeOf}; {@code shown} is its grants as a draft, for display. */
    public long insertChange(int municipalityId, long citizenId, long changeOf, DecisionChange change,
                             DecisionDraft shown, DecisionAuthority required, String username, Instant now) {
        long id = insert(municipalityId, citizenId, shown, shown.appliedFor(), required, username, now);
        jdbc.sql("update decision_recommendation set change_of = ?, change = ?::jsonb where id = ?")
                .params(changeOf, JSON.writeValueAsString(change), id).update();
        return id;
    }

    public Optional<Recommendation> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from decision_recommendation where id = ?").param(id)
                .query(RecommendationRepository::map).optional();
    }

    public List<Recommendation> forCitizen(int municipalityId, long citizenId) {
        return jdbc.sql("select " + COLUMNS + " from decision_recommendation where municipality_id = ? and citizen_id = ?"
                        + " order by recommended_at desc, id desc")
                .params(municipalityId, citizenId).query(RecommendationRepository::map).list();
    }

    /**
     * Marks a pending recommendation approved (with the decision it made) or returned (with the reason).
     *
     * @throws OptimisticLockingFailureException when it is no longer pending at {@code expectedVersion}
     */
    public void handle(long id, int expectedVersion, Recommendation.Status status, String username, Instant now,
                       Long decisionId, String returnReason) {
        int updated = jdbc.sql("""
                        update decision_recommendation set status = ?, handled_by = ?, handled_at = ?, decision_id = ?,
                            return_reason = ?, version = version + 1
                        where id = ? and version = ? and status = 'PENDING'""")
                .params(status.name(), username, now.atOffset(ZoneOffset.UTC), decisionId, returnReason, id,
                        expectedVersion)
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Recommendation " + id + " was handled by someone else");
        }
    }

    public void letterChannel(long decisionId, String channel) {
        jdbc.sql("update decision set letter_channel = ? where id = ?").params(channel, decisionId).update();
    }

    public void approvalOnDecision(long decisionId, long recommendationId, String recommendedBy, String approvedBy,
                                   Instant approvedAt, String committee) {
        jdbc.sql("""
                        update decision set recommendation_id = ?, recommended_by = ?, approved_by = ?, approved_at = ?,
                            approved_as = ? where id = ?""")
                .params(recommendationId, recommendedBy, approvedBy, approvedAt.atOffset(ZoneOffset.UTC), committee,
                        decisionId)
                .update();
    }

    /** The decision's letter channel and approval, as stored. */
    public record Details(String letterChannel, Long recommendationId, String recommendedBy, String approvedBy,
                          Instant approvedAt, String approvedAs) {
    }

    public Optional<Details> details(long decisionId) {
        return jdbc.sql("""
                        select letter_channel, recommendation_id, recommended_by, approved_by, approved_at, approved_as
                        from decision where id = ?""")
                .param(decisionId)
                .query((rs, n) -> new Details(rs.getString(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4),
                        instant(rs.getTimestamp(5)), rs.getString(6)))
                .optional();
    }

    private static Recommendation map(ResultSet rs, int row) throws SQLException {
        String committee = rs.getString("committee");
        DecisionAuthority required = new DecisionAuthority(DecisionAuthority.Level.valueOf(rs.getString("authority")),
                committee);
        return new Recommendation(rs.getLong("id"), rs.getInt("municipality_id"), rs.getLong("citizen_id"),
                (Long) rs.getObject("inquiry_id"), JSON.readValue(rs.getString("draft"), DecisionDraft.class), required,
                rs.getString("applied_for"), Recommendation.Status.valueOf(rs.getString("status")),
                rs.getString("recommended_by"), instant(rs.getTimestamp("recommended_at")), rs.getString("handled_by"),
                instant(rs.getTimestamp("handled_at")), rs.getString("return_reason"),
                (Long) rs.getObject("decision_id"), rs.getInt("version"), (Long) rs.getObject("change_of"),
                rs.getString("change") == null ? null : JSON.readValue(rs.getString("change"), DecisionChange.class));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
