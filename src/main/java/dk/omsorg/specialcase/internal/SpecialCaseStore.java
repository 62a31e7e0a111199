package dk.omsorg.specialcase.internal;

import dk.omsorg.catalog.Shift;
import dk.omsorg.specialcase.SpecialCase;
import dk.omsorg.specialcase.SpecialCaseEvent;
import dk.omsorg.specialcase.SpecialCaseOpening;
import dk.omsorg.specialcase.SpecialCaseSetting;
import dk.omsorg.specialcase.SpecialCaseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code special_case} and {@code special_case_event} tables. A change applies only when the caller's version
 * still holds; one open case per citizen is the database's (a partial unique index), so two openings at once
 * cannot make two.
 */
@Repository
public class SpecialCaseStore {

    private static final String SELECT = "select * from special_case";

    private final JdbcClient jdbc;

    SpecialCaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SpecialCase> find(int municipalityId, long id) {
        return jdbc.sql(SELECT + " where municipality_id = ? and id = ?").params(municipalityId, id)
                .query((rs, i) -> map(rs)).optional();
    }

    public Optional<SpecialCase> openOf(int municipalityId, long citizenId) {
        return jdbc.sql(SELECT + " where municipality_id = ? and citizen_id = ? and status <> 'ENDED'")
                .params(municipalityId, citizenId).query((rs, i) -> map(rs)).optional();
    }

    /** The citizen's cases, newest first. */
    public List<SpecialCase> ofCitizen(int municipalityId, long citizenId) {
        return jdbc.sql(SELECT + " where municipality_id = ? and citizen_id = ? order by opened_on desc, id desc")
                .params(municipalityId, citizenId).query((rs, i) -> map(rs)).list();
    }

    /** The new case's id, or empty when the citizen already has an open case (nothing written). */
    public Optional<Long> insert(int municipalityId, long citizenId, SpecialCaseOpening o, LocalDate openedOn,
                                 LocalDate nextFollowUp, String by, Instant at) {
        Timestamp now = Timestamp.from(at);
        return jdbc.sql("""
                        insert into special_case (municipality_id, citizen_id, inquiry_id, setting, status, watch_day,
                            watch_evening, watch_night, package_criteria_met, need, informed_on, informed_contact_id,
                            opened_on, next_follow_up, created_at, created_by, modified_at, modified_by)
                        values (?, ?, ?, ?, 'ASSESSMENT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (municipality_id, citizen_id) where status <> 'ENDED' do nothing
                        returning id""")
                .params(municipalityId, citizenId, o.inquiryId(), o.setting().name(), o.shifts().contains(Shift.DAY),
                        o.shifts().contains(Shift.EVENING), o.shifts().contains(Shift.NIGHT), o.packageCriteriaMet(),
                        o.need(), o.informedOn(), o.informedContactId(), openedOn, nextFollowUp, now, by, now, by)
                .query(Long.class).optional();
    }

    public boolean moveTo(int municipalityId, long id, SpecialCaseStatus status, Integer version, String by, Instant at) {
        return jdbc.sql("""
                        update special_case set status = ?, version = version + 1, modified_at = ?, modified_by = ?
                        where municipality_id = ? and id = ? and status <> 'ENDED' and (?::int is null or version = ?)""")
                .params(status.name(), Timestamp.from(at), by, municipalityId, id, version, version).update() == 1;
    }

    public boolean end(int municipalityId, long id, LocalDate on, String reason, int version, String by, Instant at) {
        return jdbc.sql("""
                        update special_case set status = 'ENDED', ended_on = ?, end_reason = ?, next_follow_up = null,
                            version = version + 1, modified_at = ?, modified_by = ?
                        where municipality_id = ? and id = ? and status <> 'ENDED' and version = ?""")
                .params(on, reason, Timestamp.from(at), by, municipalityId, id, version).update() == 1;
    }

    public boolean nextFollowUp(int municipalityId, long id, LocalDate next, int version, String by, Instant at) {
        return jdbc.sql("""
                        update special_case set next_follow_up = ?, version = version + 1, modified_at = ?, modified_by = ?
                        where municipality_id = ? and id = ? and status <> 'ENDED' and version = ?""")
                .params(next, Timestamp.from(at), by, municipalityId, id, version).update() == 1;
    }

    public void addEvent(int municipalityId, long caseId, String kind, String text, String by, Instant at) {
        jdbc.sql("""
                        insert into special_case_event (municipality_id, special_case_id, happened_at, happened_by, kind, text)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(municipalityId, caseId, Timestamp.from(at), by, kind, text).update();
    }

    /** How many lines of the kind the case's history has. */
    public int countEvents(int municipalityId, long caseId, String kind) {
        return jdbc.sql("select count(*) from special_case_event where municipality_id = ? and special_case_id = ? and kind = ?")
                .params(municipalityId, caseId, kind).query(Integer.class).single();
    }

    /** The case's history, newest first. */
    public List<SpecialCaseEvent> events(int municipalityId, long caseId) {
        return jdbc.sql("""
                        select id, special_case_id, happened_at, happened_by, kind, text from special_case_event
                        where municipality_id = ? and special_case_id = ? order by happened_at desc, id desc""")
                .params(municipalityId, caseId)
                .query((rs, i) -> new SpecialCaseEvent(rs.getLong("id"), rs.getLong("special_case_id"),
                        rs.getTimestamp("happened_at").toInstant(), rs.getString("happened_by"), rs.getString("kind"),
                        rs.getString("text"))).list();
    }

    private static SpecialCase map(ResultSet rs) throws SQLException {
        Set<Shift> shifts = EnumSet.noneOf(Shift.class);
        if (rs.getBoolean("watch_day")) {
            shifts.add(Shift.DAY);
        }
        if (rs.getBoolean("watch_evening")) {
            shifts.add(Shift.EVENING);
        }
        if (rs.getBoolean("watch_night")) {
            shifts.add(Shift.NIGHT);
        }
        return new SpecialCase(rs.getLong("id"), rs.getInt("municipality_id"), rs.getLong("citizen_id"),
                rs.getObject("inquiry_id", Long.class), SpecialCaseSetting.valueOf(rs.getString("setting")),
                SpecialCaseStatus.valueOf(rs.getString("status")), shifts, rs.getString("need"),
                rs.getBoolean("package_criteria_met"), rs.getObject("informed_on", LocalDate.class),
                rs.getObject("informed_contact_id", Long.class), rs.getObject("opened_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class), rs.getString("end_reason"),
                rs.getObject("next_follow_up", LocalDate.class), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), rs.getInt("version"));
    }
}
