package dk.omsorg.rehabilitation.internal;

import dk.omsorg.rehabilitation.Course;
import dk.omsorg.rehabilitation.Course.GoalState;
import dk.omsorg.rehabilitation.Course.Note;
import dk.omsorg.rehabilitation.CourseEvaluation;
import dk.omsorg.rehabilitation.CourseEvaluation.GoalResult;
import dk.omsorg.rehabilitation.CourseOwnerKind;
import dk.omsorg.rehabilitation.EvaluationKind;
import dk.omsorg.rehabilitation.Ippa;
import dk.omsorg.rehabilitation.PackageLevel;
import dk.omsorg.rehabilitation.Recommendation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The course tables, read whole and written in small statements; callers check access and audit. */
@Repository
public class CourseRows {

    private static final String SELECT = """
            select c.*, p.name as provider_name, z.name as citizen_name
            from rehabilitation_course c
            join citizen z on z.id = c.citizen_id
            left join provider p on p.id = c.provider_id
            """;

    private final JdbcClient jdbc;

    CourseRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Course> find(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query((rs, n) -> course(rs)).optional();
    }

    public Optional<Long> idOf(int municipalityId, UUID grantKey) {
        return jdbc.sql("select id from rehabilitation_course where municipality_id = ? and grant_key = ?")
                .params(municipalityId, grantKey).query(Long.class).optional();
    }

    public List<Course> forCitizen(int municipalityId, long citizenId) {
        return jdbc.sql(SELECT + " where c.municipality_id = ? and c.citizen_id = ? order by c.start_on desc")
                .params(municipalityId, citizenId).query((rs, n) -> course(rs)).list();
    }

    /** A list without the details (goals, IPPA, evaluations, notes), for the list pages. */
    public List<Course> list(int municipalityId, Long providerId, Boolean closed, PackageLevel level) {
        return jdbc.sql(SELECT + """
                         where c.municipality_id = :m and (cast(:p as bigint) is null or c.provider_id = :p)
                           and (cast(:closed as boolean) is null or (c.closed_on is not null) = :closed)
                           and (cast(:level as text) is null or c.package_level = :level)
                         order by c.end_on, c.id limit 500""")
                .param("m", municipalityId).param("p", providerId).param("closed", closed)
                .param("level", level == null ? null : level.name())
                .query((rs, n) -> summary(rs)).list();
    }

    public boolean touch(long id, int version, String user, Instant now) {
        return jdbc.sql("update rehabilitation_course set version = version + 1, modified_at = ?, modified_by = ? where id = ? and version = ?")
                .params(Timestamp.from(now), user, id, version).update() == 1;
    }

    private Course course(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return build(rs, goals(id), ippa(id), evaluations(id), notes(id));
    }

    private Course summary(ResultSet rs) throws SQLException {
        return build(rs, List.of(), List.of(), List.of(), List.of());
    }

    private static Course build(ResultSet rs, List<GoalState> goals, List<Ippa.Problem> ippa,
                                List<CourseEvaluation> evaluations, List<Note> notes) throws SQLException {
        long providerId = rs.getLong("provider_id");
        Long provider = rs.wasNull() ? null : providerId;
        return new Course(rs.getLong("id"), rs.getInt("municipality_id"), rs.getLong("citizen_id"),
                rs.getString("citizen_name"), rs.getObject("grant_key", UUID.class), rs.getLong("decision_id"),
                rs.getString("intervention_code"), rs.getString("intervention_name"), rs.getString("goals"), provider,
                rs.getString("provider_name"), date(rs, "start_on"), date(rs, "end_on"), date(rs, "midway_evaluation_on"),
                date(rs, "final_evaluation_on"), rs.getBigDecimal("visits_per_week"),
                PackageLevel.valueOf(rs.getString("package_level")), CourseOwnerKind.valueOf(rs.getString("owner_kind")),
                rs.getString("owner_user"), rs.getString("contact_person"), rs.getString("contact_phone"),
                date(rs, "closed_on"), rs.getInt("version"), goals, ippa, evaluations, notes);
    }

    List<GoalState> goals(long courseId) {
        return jdbc.sql("select * from rehabilitation_goal where course_id = ? order by position").param(courseId)
                .query((rs, n) -> new GoalState(rs.getInt("position"), rs.getObject("state_code", UUID.class),
                        rs.getString("state_name"), integer(rs, "start_state"), integer(rs, "end_state"))).list();
    }

    List<Ippa.Problem> ippa(long courseId) {
        return jdbc.sql("select * from rehabilitation_ippa_problem where course_id = ? order by position").param(courseId)
                .query((rs, n) -> new Ippa.Problem(rs.getInt("position"), rs.getString("problem"), rs.getInt("importance"),
                        rs.getInt("start_difficulty"), integer(rs, "end_difficulty"))).list();
    }

    List<CourseEvaluation> evaluations(long courseId) {
        return jdbc.sql("select * from rehabilitation_evaluation where course_id = ? order by due_on, id").param(courseId)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    String decision = rs.getString("decision");
                    long resulting = rs.getLong("resulting_decision_id");
                    Long resultingId = rs.wasNull() ? null : resulting;
                    return new CourseEvaluation(id, EvaluationKind.valueOf(rs.getString("kind")), date(rs, "due_on"),
                            Recommendation.valueOf(rs.getString("recommendation")), rs.getString("note"),
                            instant(rs, "filled_at"), rs.getString("filled_by"), rs.getBoolean("filled_by_provider"),
                            evaluationGoals(id), decision == null ? null : Recommendation.valueOf(decision),
                            date(rs, "decision_day"), rs.getString("decision_note"), instant(rs, "decided_at"),
                            rs.getString("decided_by"), resultingId, rs.getInt("version"));
                }).list();
    }

    private List<GoalResult> evaluationGoals(long evaluationId) {
        return jdbc.sql("select * from rehabilitation_evaluation_goal where evaluation_id = ? order by position")
                .param(evaluationId).query((rs, n) -> new GoalResult(rs.getInt("position"),
                        rs.getObject("state_code", UUID.class), rs.getBoolean("met"), integer(rs, "state"))).list();
    }

    List<Note> notes(long courseId) {
        return jdbc.sql("select * from rehabilitation_note where course_id = ? order by written_at desc, id desc").param(courseId)
                .query((rs, n) -> new Note(rs.getLong("id"), rs.getString("text"), instant(rs, "written_at"),
                        rs.getString("written_by"), rs.getBoolean("written_by_provider"))).list();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
