package dk.omsorg.hospital;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.provider.CitizenProviders;
import dk.omsorg.provider.Provider;
import dk.omsorg.provider.Providers;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.security.RequireProvider;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskWorkDone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The genoptræningsplaner archived on the citizen (journaltype "genoptræningsplaner", seed 002) for the authority, and
 * the order they become: the caseworker forwards a plan to the provider who is to deliver the training, which then
 * sees it among its orders and downloads it — only its own. Every read is audited per citizen.
 */
@Service
@Transactional
public class RetrainingPlans {

    private final JdbcClient jdbc;
    private final Citizens citizens;
    private final Providers providers;
    private final CitizenProviders citizenProviders;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RetrainingPlans(JdbcClient jdbc, Citizens citizens, Providers providers, CitizenProviders citizenProviders,
                        CurrentUsers users, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.citizenProviders = citizenProviders;
        this.jdbc = jdbc;
        this.citizens = citizens;
        this.providers = providers;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    static String taskKey(long planId) {
        return "retraining-plan:" + planId;
    }

    /** A plan as people read it: from which ward, when, what kind of training, and whom it was forwarded to. */
    public record Line(long id, long citizenId, String citizenName, String ward, RetrainingKind kind,
                       Instant writtenAt, Instant receivedAt, String title, String contentType, Long providerId,
                       String providerName, Instant forwardedAt, String forwardedBy) {
        public boolean forwarded() {
            return providerId != null;
        }

        public java.time.LocalDate receivedOn() {
            return receivedAt.atZone(dk.omsorg.shared.DanishTime.ZONE).toLocalDate();
        }

        public java.time.LocalDate forwardedOn() {
            return forwardedAt == null ? null : forwardedAt.atZone(dk.omsorg.shared.DanishTime.ZONE).toLocalDate();
        }
    }

    /** The plan's file to download. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    private static final String SELECT = """
            select r.id, r.citizen_id, c.name as citizen_name, r.ward, r.kind, r.written_at, r.received_at, r.title,
                   r.content_type, r.provider_id, p.name as provider_name, r.forwarded_at, r.forwarded_by
            from retraining_plan r join citizen c on c.id = r.citizen_id left join provider p on p.id = r.provider_id
            """;

    /** The citizen's plans, newest first. */
    @RequireCitizenAccess
    public List<Line> ofCitizen(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        List<Line> lines = jdbc.sql(SELECT + " where r.municipality_id = ? and r.citizen_id = ? order by r.received_at desc, r.id desc")
                .params(citizen.municipalityId(), citizenId).query(RetrainingPlans::line).list();
        audit.read(citizenId, RetrainingPlanInbox.RESOURCE, null);
        return lines;
    }

    /** The municipality's providers to forward to. */
    @RequireCitizenAccess
    @Transactional(readOnly = true)
    public List<Provider> providers() {
        return providers.inMunicipality(users.current().municipalityId());
    }

    /**
     * The provider to order the training from unless the caseworker chooses another: the one coordinating the help in
     * the citizen's home — seed 002: the provider of the personal care and/or nursing/training coordinates — else the
     * first one serving the citizen; null when no provider serves the citizen.
     */
    @RequireCitizenAccess
    public Long suggestedProvider(long citizenId) {
        return citizenProviders.overview(citizenId).serving().stream().findFirst().map(s -> s.provider().id()).orElse(null);
    }

    @RequireCitizenAccess
    public Attachment attachment(long citizenId, long planId) {
        Citizen citizen = citizens.accessible(citizenId);
        Attachment file = file("r.municipality_id = ? and r.citizen_id = ? and r.id = ?", citizen.municipalityId(), citizenId, planId);
        audit.read(citizenId, RetrainingPlanInbox.RESOURCE, planId);
        return file;
    }

    /**
     * Forwards the plan as an order to the provider who is to deliver the training (one of the municipality's);
     * forwarding again sends it to another provider instead. Closes the visitation's task.
     */
    @RequireCaseworker
    public void forward(long citizenId, long planId, Long providerId) {
        CurrentUser user = users.current();
        Citizen citizen = citizens.accessible(citizenId);
        if (providerId == null || providers.inMunicipality(user.municipalityId()).stream().noneMatch(p -> p.id() == providerId)) {
            throw new InvalidInputException("providerId", "retraining.forward.provider");
        }
        int changed = jdbc.sql("""
                        update retraining_plan set provider_id = ?, forwarded_at = ?, forwarded_by = ?
                        where municipality_id = ? and citizen_id = ? and id = ?""")
                .params(providerId, Timestamp.from(Instant.now(clock)), user.username(), citizen.municipalityId(), citizenId, planId)
                .update();
        if (changed == 0) {
            throw new NotFoundException("retraining.notFound");
        }
        audit.changed(AuditAction.UPDATE, citizenId, RetrainingPlanInbox.RESOURCE, planId, "genoptræningsplan videresendt til leverandør");
        events.publishEvent(new TaskWorkDone(citizen.municipalityId(), TaskKind.RETRAINING_PLAN, taskKey(planId), user.username()));
    }

    /** The plans forwarded to the provider user's provider (its orders), newest first. */
    @RequireProvider
    public List<Line> orders() {
        CurrentUser user = users.current();
        List<Line> lines = jdbc.sql(SELECT + " where r.municipality_id = ? and r.provider_id = ? order by r.forwarded_at desc, r.id desc")
                .params(user.municipalityId(), user.providerId()).query(RetrainingPlans::line).list();
        audit.readAll(lines.stream().map(Line::citizenId).distinct().toList(), RetrainingPlanInbox.RESOURCE, null);
        return lines;
    }

    /** @throws NotFoundException unless the plan was forwarded to the provider user's provider */
    @RequireProvider
    public Attachment orderAttachment(long planId) {
        CurrentUser user = users.current();
        Attachment file = file("r.municipality_id = ? and r.provider_id = ? and r.id = ?", user.municipalityId(), user.providerId(), planId);
        long citizenId = jdbc.sql("select citizen_id from retraining_plan where id = ?").param(planId).query(Long.class).single();
        audit.read(citizenId, RetrainingPlanInbox.RESOURCE, planId);
        return file;
    }

    private Attachment file(String where, Object... params) {
        return jdbc.sql("select r.id, r.content_type, r.content from retraining_plan r where " + where).params(params)
                .query((rs, n) -> new Attachment(fileName(rs.getLong("id"), rs.getString("content_type")),
                        rs.getString("content_type"), rs.getBytes("content")))
                .optional().orElseThrow(() -> new NotFoundException("retraining.notFound"));
    }

    private static String fileName(long id, String contentType) {
        return "genoptraeningsplan-" + id + ("application/pdf".equals(contentType) ? ".pdf" : ".txt");
    }

    private static Line line(ResultSet rs, int n) throws SQLException {
        return new Line(rs.getLong("id"), rs.getLong("citizen_id"), rs.getString("citizen_name"), rs.getString("ward"),
                RetrainingKind.valueOf(rs.getString("kind")), instant(rs.getTimestamp("written_at")),
                instant(rs.getTimestamp("received_at")), rs.getString("title"), rs.getString("content_type"),
                (Long) rs.getObject("provider_id"), rs.getString("provider_name"), instant(rs.getTimestamp("forwarded_at")),
                rs.getString("forwarded_by"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
