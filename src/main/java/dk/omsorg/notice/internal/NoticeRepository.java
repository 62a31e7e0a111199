package dk.omsorg.notice.internal;

import dk.omsorg.notice.GrantSnapshot;
import dk.omsorg.notice.GrantStart;
import dk.omsorg.notice.Notice;
import dk.omsorg.notice.NoticeDirection;
import dk.omsorg.notice.NoticeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Notices and start deadlines in plain SQL. A notice to a provider is written at most once per
 * (source, provider, grant) — {@code on conflict do nothing} on a unique index — so a listener that
 * runs again after a failure never writes it twice; only the acknowledgement changes it afterwards.
 */
@Repository
public class NoticeRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NOTICE = """
            select id, municipality_id, citizen_id, provider_id, direction, kind, decision_id, grant_key,
                   grant_before::text as grant_before, grant_after::text as grant_after, effective_on, urgent,
                   after_complaint, minor_adjustment, text, caseworker, created_at, created_by, acknowledged_at,
                   acknowledged_by, version
            from notice\s""";
    private static final String START = """
            select id, municipality_id, citizen_id, provider_id, grant_key, notice_id, intervention_name,
                   grant_start_on, due_on, deadline_text, started_on, confirmed_at, confirmed_by, cancelled
            from grant_start\s""";

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A notice to a provider about a grant, as the listeners write it. */
    public record NewNotice(int municipalityId, long citizenId, long providerId, NoticeKind kind, String source,
                            Long decisionId, GrantSnapshot before, GrantSnapshot after, LocalDate effectiveOn,
                            boolean urgent, boolean afterComplaint, boolean minorAdjustment, String caseworker) {
    }

    /** Writes the notice unless it exists; its id when written now, empty when it was written before. */
    public Optional<Long> insertToProvider(NewNotice n, Instant now) {
        return jdbc.sql("""
                        insert into notice (municipality_id, citizen_id, provider_id, direction, kind, source, decision_id,
                            grant_key, grant_before, grant_after, effective_on, urgent, after_complaint, minor_adjustment,
                            caseworker, created_at, created_by)
                        values (?, ?, ?, 'TO_PROVIDER', ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?, 'system')
                        on conflict (source, provider_id, grant_key) where direction = 'TO_PROVIDER' do nothing
                        returning id""")
                .params(n.municipalityId(), n.citizenId(), n.providerId(), n.kind().name(), n.source(), n.decisionId(),
                        n.after().grantKey(), json(n.before()), json(n.after()), n.effectiveOn(), n.urgent(),
                        n.afterComplaint(), n.minorAdjustment(), n.caseworker(), utc(now))
                .query(Long.class).optional();
    }

    /** A provider's notice to the caseworker. */
    public long insertFromProvider(int municipalityId, long citizenId, long providerId, NoticeKind kind,
                                   GrantSnapshot grant, String text, String caseworker, String username, Instant now) {
        return jdbc.sql("""
                        insert into notice (municipality_id, citizen_id, provider_id, direction, kind, grant_key, grant_after,
                            text, caseworker, created_at, created_by)
                        values (?, ?, ?, 'FROM_PROVIDER', ?, ?, cast(? as jsonb), ?, ?, ?, ?)
                        returning id""")
                .params(municipalityId, citizenId, providerId, kind.name(), grant == null ? null : grant.grantKey(),
                        json(grant), text, caseworker, utc(now), username)
                .query(Long.class).single();
    }

    public Optional<Notice> find(long id) {
        return jdbc.sql(NOTICE + " where id = ?").param(id).query((rs, n) -> notice(rs)).optional();
    }

    /** The provider's notices (to it), unacknowledged first, newest first. */
    public List<Notice> toProvider(long providerId) {
        return jdbc.sql(NOTICE + """
                         where provider_id = ? and direction = 'TO_PROVIDER'
                         order by acknowledged_at is not null, urgent desc, created_at desc, id desc""")
                .param(providerId).query((rs, n) -> notice(rs)).list();
    }

    /** The notices the provider has sent, newest first. */
    public List<Notice> fromProvider(long providerId) {
        return jdbc.sql(NOTICE + " where provider_id = ? and direction = 'FROM_PROVIDER' order by created_at desc, id desc")
                .param(providerId).query((rs, n) -> notice(rs)).list();
    }

    public List<Notice> forCitizen(int municipalityId, long citizenId) {
        return jdbc.sql(NOTICE + " where municipality_id = ? and citizen_id = ? order by created_at desc, id desc")
                .params(municipalityId, citizenId).query((rs, n) -> notice(rs)).list();
    }

    public List<Notice> forDecision(long decisionId) {
        return jdbc.sql(NOTICE + " where decision_id = ? order by urgent desc, created_at, id").param(decisionId)
                .query((rs, n) -> notice(rs)).list();
    }

    /** Notices to providers not yet acknowledged in the municipality, oldest first. */
    public List<Notice> unacknowledgedToProviders(int municipalityId) {
        return jdbc.sql(NOTICE + """
                         where municipality_id = ? and direction = 'TO_PROVIDER' and acknowledged_at is null
                         order by urgent desc, created_at, id""")
                .param(municipalityId).query((rs, n) -> notice(rs)).list();
    }

    /** Notices from providers in the municipality, for one caseworker or (null) all; open first, oldest first. */
    public List<Notice> fromProviders(int municipalityId, String caseworker) {
        return jdbc.sql(NOTICE + """
                         where municipality_id = ? and direction = 'FROM_PROVIDER' and (cast(? as text) is null or caseworker = ?)
                         order by acknowledged_at is not null, kind = 'DEATH' desc, created_at, id""")
                .params(municipalityId, caseworker, caseworker).query((rs, n) -> notice(rs)).list();
    }

    /** Marks the notice acknowledged unless it is; whether it was marked now. */
    public boolean acknowledge(long id, String username, Instant now) {
        return jdbc.sql("""
                        update notice set acknowledged_at = ?, acknowledged_by = ?, version = version + 1
                        where id = ? and acknowledged_at is null""")
                .params(utc(now), username, id).update() == 1;
    }

    // --- start deadlines

    public void insertStart(Notice notice, String interventionName, LocalDate grantStart, LocalDate dueOn,
                            String deadlineText, Instant now) {
        jdbc.sql("""
                        insert into grant_start (municipality_id, citizen_id, provider_id, grant_key, notice_id,
                            intervention_name, grant_start_on, due_on, deadline_text, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (notice_id) do nothing""")
                .params(notice.municipalityId(), notice.citizenId(), notice.providerId(), notice.grantKey(), notice.id(),
                        interventionName, grantStart, dueOn, deadlineText, utc(now))
                .update();
    }

    /** The provider's start of the grant not yet confirmed or cancelled. */
    public Optional<GrantStart> openStart(UUID grantKey, long providerId) {
        return jdbc.sql(START + " where grant_key = ? and provider_id = ? and started_on is null and not cancelled order by id desc limit 1")
                .params(grantKey, providerId).query((rs, n) -> start(rs)).optional();
    }

    /** The provider's starts of the grant, newest first. */
    public List<GrantStart> starts(UUID grantKey, long providerId) {
        return jdbc.sql(START + " where grant_key = ? and provider_id = ? order by id desc")
                .params(grantKey, providerId).query((rs, n) -> start(rs)).list();
    }

    public List<GrantStart> startsOfProvider(long providerId) {
        return jdbc.sql(START + " where provider_id = ? order by started_on is not null, cancelled, due_on, id")
                .param(providerId).query((rs, n) -> start(rs)).list();
    }

    public List<GrantStart> startsInMunicipality(int municipalityId) {
        return jdbc.sql(START + " where municipality_id = ? order by started_on is not null, cancelled, due_on, id")
                .param(municipalityId).query((rs, n) -> start(rs)).list();
    }

    public List<GrantStart> startsOfCitizen(int municipalityId, long citizenId) {
        return jdbc.sql(START + " where municipality_id = ? and citizen_id = ? order by due_on desc, id desc")
                .params(municipalityId, citizenId).query((rs, n) -> start(rs)).list();
    }

    /** Records the start unless it is confirmed or cancelled; whether it was recorded now. */
    public boolean confirmStart(long id, LocalDate startedOn, String username, Instant now) {
        return jdbc.sql("""
                        update grant_start set started_on = ?, confirmed_at = ?, confirmed_by = ?
                        where id = ? and started_on is null and not cancelled""")
                .params(startedOn, utc(now), username, id).update() == 1;
    }

    public void moveStart(long id, LocalDate grantStart, LocalDate dueOn) {
        jdbc.sql("update grant_start set grant_start_on = ?, due_on = ? where id = ? and started_on is null")
                .params(grantStart, dueOn, id).update();
    }

    public void cancelStart(long id) {
        jdbc.sql("update grant_start set cancelled = true where id = ? and started_on is null").param(id).update();
    }

    // --- rows

    private static Notice notice(ResultSet rs) throws SQLException {
        return new Notice(rs.getLong("id"), rs.getInt("municipality_id"), rs.getLong("citizen_id"),
                rs.getLong("provider_id"), NoticeDirection.valueOf(rs.getString("direction")),
                NoticeKind.valueOf(rs.getString("kind")), (Long) rs.getObject("decision_id", Long.class),
                rs.getObject("grant_key", UUID.class), snapshot(rs.getString("grant_before")),
                snapshot(rs.getString("grant_after")), rs.getObject("effective_on", LocalDate.class),
                rs.getBoolean("urgent"), rs.getBoolean("after_complaint"), rs.getBoolean("minor_adjustment"),
                rs.getString("text"), rs.getString("caseworker"), instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "acknowledged_at"), rs.getString("acknowledged_by"), rs.getInt("version"));
    }

    private static GrantStart start(ResultSet rs) throws SQLException {
        return new GrantStart(rs.getLong("id"), rs.getInt("municipality_id"), rs.getLong("citizen_id"),
                rs.getLong("provider_id"), rs.getObject("grant_key", UUID.class), rs.getLong("notice_id"),
                rs.getString("intervention_name"), rs.getObject("grant_start_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getString("deadline_text"),
                rs.getObject("started_on", LocalDate.class), instant(rs, "confirmed_at"), rs.getString("confirmed_by"),
                rs.getBoolean("cancelled"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String json(GrantSnapshot snapshot) {
        return snapshot == null ? null : JSON.writeValueAsString(snapshot);
    }

    private static GrantSnapshot snapshot(String json) {
        return json == null ? null : JSON.readValue(json, GrantSnapshot.class);
    }
}
