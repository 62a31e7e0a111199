package dk.omsorg.vum.internal;

import dk.omsorg.vum.ActionPlan;
import dk.omsorg.vum.VumAssessment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** VUM assessments and handleplans in PostgreSQL; the nested lists are jsonb (see V33__vum.sql). */
@Repository
public class VumRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    VumRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(VumAssessment a) {
        return jdbc.sql("""
                        insert into vum_assessment (municipality_id, citizen_id, assessed_on, status, themes, statements,
                            overall_assessment, completed_at, completed_by, created_at, created_by, modified_at,
                            modified_by, version)
                        values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, 0) returning id""")
                .params(a.municipalityId(), a.citizenId(), a.assessedOn(), a.status().name(), JSON.writeValueAsString(a.themes()),
                        JSON.writeValueAsString(a.statements()), a.overallAssessment(), ts(a.completedAt()), a.completedBy(),
                        ts(a.createdAt()), a.createdBy(), ts(a.modifiedAt()), a.modifiedBy())
                .query(Long.class).single();
    }

    /** Saves a correction if the row is still at {@code loadedVersion}; false if someone saved in between. */
    public boolean update(VumAssessment a, int loadedVersion) {
        return jdbc.sql("""
                        update vum_assessment set assessed_on = ?, status = ?, themes = cast(? as jsonb),
                            statements = cast(? as jsonb), overall_assessment = ?, completed_at = ?, completed_by = ?,
                            modified_at = ?, modified_by = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(a.assessedOn(), a.status().name(), JSON.writeValueAsString(a.themes()),
                        JSON.writeValueAsString(a.statements()), a.overallAssessment(), ts(a.completedAt()), a.completedBy(),
                        ts(a.modifiedAt()), a.modifiedBy(), a.id(), loadedVersion)
                .update() == 1;
    }

    public Optional<VumAssessment> find(long id) {
        return jdbc.sql("select * from vum_assessment where id = ?").param(id).query(VumRepository::assessment).optional();
    }

    public List<VumAssessment> ofCitizen(int municipalityId, long citizenId) {
        return jdbc.sql("""
                        select * from vum_assessment where municipality_id = ? and citizen_id = ?
                        order by assessed_on desc, id desc""")
                .params(municipalityId, citizenId).query(VumRepository::assessment).list();
    }

    public long insertPlan(int municipalityId, long citizenId, Long vumAssessmentId) {
        return jdbc.sql("""
                        insert into action_plan (municipality_id, citizen_id, vum_assessment_id, current_version)
                        values (?, ?, ?, 0) returning id""")
                .params(municipalityId, citizenId, vumAssessmentId).query(Long.class).single();
    }

    /** Moves the plan from {@code loadedVersion} to the next; false if it is no longer at that version. */
    public boolean advance(long planId, int loadedVersion) {
        return jdbc.sql("update action_plan set current_version = current_version + 1 where id = ? and current_version = ?")
                .params(planId, loadedVersion).update() == 1;
    }

    public void insertVersion(long planId, ActionPlan.Version v) {
        jdbc.sql("""
                        insert into action_plan_version (action_plan_id, version, course, goals, review_dates, offered_on,
                            citizen_response, responded_on, created_at, created_by)
                        values (?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?)""")
                .params(planId, v.version(), v.course(), JSON.writeValueAsString(v.goals()),
                        JSON.writeValueAsString(v.reviewDates()), v.offeredOn(),
                        v.response() == null ? null : v.response().name(), v.respondedOn(), ts(v.createdAt()), v.createdBy())
                .update();
    }

    public Optional<ActionPlan> findPlan(long id) {
        return jdbc.sql("select * from action_plan where id = ?").param(id)
                .query((rs, n) -> plan(rs)).optional();
    }

    public List<ActionPlan> plansOf(int municipalityId, long citizenId) {
        return jdbc.sql("select * from action_plan where municipality_id = ? and citizen_id = ? order by id desc")
                .params(municipalityId, citizenId).query((rs, n) -> plan(rs)).list();
    }

    private ActionPlan plan(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Long assessment = rs.getObject("vum_assessment_id", Long.class);
        List<ActionPlan.Version> versions = jdbc.sql("""
                        select * from action_plan_version where action_plan_id = ? order by version""")
                .param(id).query((v, n) -> new ActionPlan.Version(v.getInt("version"), v.getString("course"),
                        JSON.readValue(v.getString("goals"), new TypeReference<List<ActionPlan.Goal>>() { }),
                        JSON.readValue(v.getString("review_dates"), new TypeReference<List<LocalDate>>() { }),
                        v.getObject("offered_on", LocalDate.class),
                        v.getString("citizen_response") == null ? null : ActionPlan.Response.valueOf(v.getString("citizen_response")),
                        v.getObject("responded_on", LocalDate.class), v.getTimestamp("created_at").toInstant(),
                        v.getString("created_by"))).list();
        return new ActionPlan(id, rs.getLong("citizen_id"), rs.getInt("municipality_id"), assessment, versions);
    }

    private static VumAssessment assessment(ResultSet rs, int n) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        return new VumAssessment(rs.getLong("id"), rs.getLong("citizen_id"), rs.getInt("municipality_id"),
                rs.getObject("assessed_on", LocalDate.class), VumAssessment.Status.valueOf(rs.getString("status")),
                JSON.readValue(rs.getString("themes"), new TypeReference<List<VumAssessment.ThemeAssessment>>() { }),
                JSON.readValue(rs.getString("statements"), new TypeReference<List<VumAssessment.Statement>>() { }),
                rs.getString("overall_assessment"), completed == null ? null : completed.toInstant(),
                rs.getString("completed_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("modified_at").toInstant(), rs.getString("modified_by"), rs.getInt("version"));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
