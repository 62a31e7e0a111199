package dk.omsorg.task.internal;

import dk.omsorg.task.Task;
import dk.omsorg.task.TaskCount;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code task} table, in plain SQL. The citizen's name comes from the citizen table by a join: the task module
 * reads it without depending on the citizen module (the row's foreign key guarantees the citizen).
 */
@Repository
public class TaskRepository {

    private static final String SELECT = """
            select t.id, t.municipality_id, t.citizen_id, c.name as citizen_name, t.kind, t.subject_key, t.title, t.link,
                   t.owner_user, t.owner_role, t.due_on, t.status, t.closed_at, t.closed_by, t.version
            from task t join citizen c on c.id = t.citizen_id
            """;
    private static final RowMapper<Task> ROW = TaskRepository::map;

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Opens the task, or updates the open task with the same key; a closed one stays closed. An unchanged request (a
     * redelivered event) changes nothing, not even the version, so a form open on the task stays valid.
     *
     * @return true when a row was written
     */
    boolean upsert(TaskRequested t, String ownerUser, String ownerRole, String title, Instant at, String by) {
        Timestamp now = Timestamp.from(at);
        return jdbc.sql("""
                        insert into task (municipality_id, citizen_id, kind, subject_key, title, link, owner_user, owner_role,
                            due_on, created_at, modified_at, modified_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (municipality_id, kind, subject_key) do update
                        set title = excluded.title, link = excluded.link, owner_user = excluded.owner_user,
                            owner_role = excluded.owner_role, due_on = excluded.due_on, modified_at = excluded.modified_at,
                            modified_by = excluded.modified_by, version = task.version + 1
                        where task.status = 'OPEN'
                          and (task.title, task.link, task.owner_user, task.owner_role, task.due_on)
                              is distinct from (excluded.title, excluded.link, excluded.owner_user, excluded.owner_role, excluded.due_on)""")
                .params(t.municipalityId(), t.citizenId(), t.kind().name(), t.subjectKey(), title, t.link(), ownerUser,
                        ownerRole, t.due(), now, now, by)
                .update() > 0;
    }

    /** Closes the open task with the key; nothing when there is none or it is closed already. */
    boolean closeByKey(int municipalityId, TaskKind kind, String subjectKey, Task.Status status, Instant at, String by) {
        Timestamp now = Timestamp.from(at);
        return jdbc.sql("""
                        update task set status = ?, closed_at = ?, closed_by = ?, modified_at = ?, modified_by = ?,
                            version = version + 1
                        where municipality_id = ? and kind = ? and subject_key = ? and status = 'OPEN'""")
                .params(status.name(), now, by, now, by, municipalityId, kind.name(), subjectKey)
                .update() > 0;
    }

    /** Serialises the listeners' work on one task key until the transaction ends (see V31). */
    void lockKey(int municipalityId, TaskKind kind, String subjectKey) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(? || '|' || ? || '|' || ?, 0))")
                .params(municipalityId, kind.name(), subjectKey).query((rs, n) -> 1).list();
    }

    /** Whether a task with the key was ever written (open or closed). */
    boolean exists(int municipalityId, TaskKind kind, String subjectKey) {
        return jdbc.sql("select exists (select 1 from task where municipality_id = ? and kind = ? and subject_key = ?)")
                .params(municipalityId, kind.name(), subjectKey).query(Boolean.class).single();
    }

    /** Remembers a close that came before its request. */
    void rememberEarlyClose(int municipalityId, TaskKind kind, String subjectKey, Task.Status status, Instant at, String by) {
        jdbc.sql("""
                        insert into task_early_close (municipality_id, kind, subject_key, status, closed_at, closed_by)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(municipalityId, kind.name(), subjectKey, status.name(), Timestamp.from(at), by).update();
    }

    /** Closes the just-requested task as a close that came before it said; true if there was one. */
    boolean applyEarlyClose(int municipalityId, TaskKind kind, String subjectKey) {
        return jdbc.sql("""
                        update task t set status = e.status, closed_at = e.closed_at, closed_by = e.closed_by,
                            modified_at = e.closed_at, modified_by = e.closed_by, version = t.version + 1
                        from task_early_close e
                        where t.municipality_id = ? and t.kind = ? and t.subject_key = ? and t.status = 'OPEN'
                          and e.municipality_id = t.municipality_id and e.kind = t.kind and e.subject_key = t.subject_key""")
                .params(municipalityId, kind.name(), subjectKey).update() > 0;
    }

    /** Closes the open task by hand as done, if still at {@code version}. */
    public boolean closeDone(long id, int version, Instant at, String by) {
        Timestamp now = Timestamp.from(at);
        return jdbc.sql("""
                        update task set status = 'DONE', closed_at = ?, closed_by = ?, modified_at = ?, modified_by = ?,
                            version = version + 1
                        where id = ? and version = ? and status = 'OPEN'""")
                .params(now, by, now, by, id, version).update() > 0;
    }

    /** Gives the open task to a user or a team, if still at {@code version}. */
    public boolean reassign(long id, int version, String ownerUser, String ownerRole, Instant at, String by) {
        return jdbc.sql("""
                        update task set owner_user = ?, owner_role = ?, modified_at = ?, modified_by = ?, version = version + 1
                        where id = ? and version = ? and status = 'OPEN'""")
                .params(ownerUser, ownerRole, Timestamp.from(at), by, id, version).update() > 0;
    }

    public Optional<Task> find(long id) {
        return jdbc.sql(SELECT + " where t.id = ?").param(id).query(ROW).optional();
    }

    public Optional<Task> findByKey(int municipalityId, TaskKind kind, String subjectKey) {
        return jdbc.sql(SELECT + " where t.municipality_id = ? and t.kind = ? and t.subject_key = ?")
                .params(municipalityId, kind.name(), subjectKey).query(ROW).optional();
    }

    /**
     * The open tasks of a user or a team, overdue first and then by due date (the order of the due date itself),
     * at most {@code limit}.
     *
     * @param citizenId   only this citizen's, or null
     * @param nameLike    only citizens whose name contains this (lower case, LIKE-escaped), or null
     * @param dueBefore   only tasks due before this day, or null
     * @param offset      how many of the ordered tasks to pass over (the earlier pages)
     */
    public List<Task> open(int municipalityId, String ownerUser, String ownerRole, TaskKind kind, Long citizenId,
                           String nameLike, LocalDate dueBefore, int limit, int offset) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where t.municipality_id = ? and t.status = 'OPEN'");
        List<Object> params = new ArrayList<>(List.of(municipalityId));
        if (ownerUser != null) {
            sql.append(" and t.owner_user = ?");
            params.add(ownerUser);
        } else {
            sql.append(" and t.owner_role = ?");
            params.add(ownerRole);
        }
        if (kind != null) {
            sql.append(" and t.kind = ?");
            params.add(kind.name());
        }
        if (citizenId != null) {
            sql.append(" and t.citizen_id = ?");
            params.add(citizenId);
        }
        if (nameLike != null) {
            sql.append(" and lower(c.name) like ? escape '\\'");
            params.add("%" + nameLike + "%");
        }
        if (dueBefore != null) {
            sql.append(" and t.due_on < ?");
            params.add(dueBefore);
        }
        sql.append(" order by t.due_on, t.id limit ? offset ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query(ROW).list();
    }

    /** The citizen's open tasks by due date. */
    public List<Task> openForCitizen(int municipalityId, long citizenId) {
        return jdbc.sql(SELECT + " where t.municipality_id = ? and t.citizen_id = ? and t.status = 'OPEN' order by t.due_on, t.id")
                .params(municipalityId, citizenId).query(ROW).list();
    }

    /** The user's open tasks counted per kind, in one grouped query; kinds without tasks are left out. */
    public Map<TaskKind, TaskCount> countsForUser(int municipalityId, String username, LocalDate today) {
        Map<TaskKind, TaskCount> counts = new EnumMap<>(TaskKind.class);
        jdbc.sql("""
                        select kind, count(*) as open, count(*) filter (where due_on < ?) as overdue from task
                        where municipality_id = ? and owner_user = ? and status = 'OPEN' group by kind""")
                .params(today, municipalityId, username)
                .query((rs, n) -> new TaskCount(TaskKind.valueOf(rs.getString("kind")), rs.getLong("open"), rs.getLong("overdue")))
                .list().forEach(c -> counts.put(c.kind(), c));
        return counts;
    }

    /** A team's open tasks counted per kind (finance's menu: its tasks are the team's). */
    public Map<TaskKind, TaskCount> countsForTeam(int municipalityId, String role, LocalDate today) {
        Map<TaskKind, TaskCount> counts = new EnumMap<>(TaskKind.class);
        jdbc.sql("""
                        select kind, count(*) as open, count(*) filter (where due_on < ?) as overdue from task
                        where municipality_id = ? and owner_role = ? and owner_user is null and status = 'OPEN' group by kind""")
                .params(today, municipalityId, role)
                .query((rs, n) -> new TaskCount(TaskKind.valueOf(rs.getString("kind")), rs.getLong("open"), rs.getLong("overdue")))
                .list().forEach(c -> counts.put(c.kind(), c));
        return counts;
    }

    /** Whether the citizen belongs to the municipality (read without the citizen module). */
    public boolean citizenIn(long citizenId, int municipalityId) {
        return jdbc.sql("select exists (select 1 from citizen where id = ? and municipality_id = ?)")
                .params(citizenId, municipalityId).query(Boolean.class).single();
    }

    private static Task map(ResultSet rs, int n) throws SQLException {
        Timestamp closedAt = rs.getTimestamp("closed_at");
        return new Task(rs.getLong("id"), rs.getInt("municipality_id"), rs.getLong("citizen_id"),
                rs.getString("citizen_name"), TaskKind.valueOf(rs.getString("kind")), rs.getString("subject_key"),
                rs.getString("title"), rs.getString("link"), rs.getString("owner_user"), rs.getString("owner_role"),
                rs.getObject("due_on", LocalDate.class), Task.Status.valueOf(rs.getString("status")),
                closedAt == null ? null : closedAt.toInstant(), rs.getString("closed_by"), rs.getInt("version"));
    }
}
