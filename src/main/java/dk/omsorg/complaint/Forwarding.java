package dk.omsorg.complaint;

import dk.omsorg.complaint.ForwardingDocuments.CaseDocument;
import dk.omsorg.complaint.internal.ComplaintRepository;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import dk.omsorg.task.TaskWorkDone;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Forwarding a maintained (or partly agreed) complaint to Ankestyrelsen: status FORWARDING → FORWARDED. The statement
 * is generated from the case once and then edited by the caseworker (drafts with a version: a stale one is a 409);
 * the caseworker chooses the case's documents; forwarding stores one PDF bundle and the day. The deadline is the
 * complaint's receipt + the policy's weeks (complaint-appeal.yaml); not forwarded by then is a breach.
 */
@Service
public class Forwarding {

    static final String RESOURCE = "complaint-forwarding";

    static final TaskKind TASK = TaskKind.COMPLAINT_FORWARDING;

    /** The forwarding of one complaint as the caseworker sees it. */
    public record ForwardingView(long complaintId, long citizenId, String status, LocalDate receivedOn,
                                 LocalDate deadline, boolean breach, String statement, List<String> documents,
                                 LocalDate forwardedOn, String forwardedBy, int version, List<CaseDocument> available) {
    }

    private record Head(long citizenId, String citizenName, String status, LocalDate receivedOn) {
    }

    private final JdbcClient jdbc;
    private final ComplaintAppealPolicy policy;
    private final ForwardingStatement statements;
    private final ForwardingDocuments documents;
    private final ForwardingBundle bundles;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final AuditLog audit;
    private final ComplaintRepository complaints;

    Forwarding(JdbcClient jdbc, ComplaintAppealPolicy policy, ForwardingStatement statements, ForwardingDocuments documents,
               ForwardingBundle bundles, ApplicationEventPublisher events, MessageSource messages, Clock clock,
               AuditLog audit, ComplaintRepository complaints) {
        this.complaints = complaints;
        this.audit = audit;
        this.jdbc = jdbc;
        this.policy = policy;
        this.statements = statements;
        this.documents = documents;
        this.bundles = bundles;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(DanishTime.ZONE));
    }

    /**
     * Safety net: the reconsideration opens the forwarding in its own transaction; this catches complaints that reached
     * FORWARDING before it did (or by a direct write) so none waits without its draft and task.
     */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    @SchedulerLock(name = "complaint-forwarding-open", lockAtMostFor = "PT10M")
    @Transactional
    public void openWaiting() {
        jdbc.sql("""
                select k.municipality_id, k.id from complaint k
                 where k.status = 'FORWARDING' and not exists (select 1 from complaint_forwarding f where f.complaint_id = k.id)""")
                .query((rs, n) -> new long[]{rs.getInt(1), rs.getLong(2)}).list()
                .forEach(k -> open((int) k[0], k[1], "system"));
    }

    /** The forwarding of a complaint; its first draft is generated when it is first asked for. */
    @Transactional
    public ForwardingView view(int municipalityId, long complaintId, String user) {
        Head head = head(municipalityId, complaintId);
        audit.read(head.citizenId(), RESOURCE, complaintId);
        boolean exists = jdbc.sql("select count(*) from complaint_forwarding where complaint_id = ?").param(complaintId)
                .query(Long.class).single() > 0;
        if (!exists) {
            refuseUnlessForwarding(head.status());
            open(municipalityId, complaintId, user);
        }
        return jdbc.sql("""
                select deadline, statement, documents, forwarded_on, forwarded_by, version from complaint_forwarding
                 where municipality_id = ? and complaint_id = ?""").params(municipalityId, complaintId)
                .query((rs, n) -> {
                    LocalDate deadline = rs.getObject(1, LocalDate.class);
                    LocalDate forwardedOn = rs.getObject(4, LocalDate.class);
                    return new ForwardingView(complaintId, head.citizenId(), head.status(), head.receivedOn(), deadline,
                            breach(deadline, forwardedOn), rs.getString(2), strings(rs.getArray(3)), forwardedOn,
                            rs.getString(5), rs.getInt(6), documents.of(municipalityId, head.citizenId()));
                }).single();
    }

    boolean breach(LocalDate deadline, LocalDate forwardedOn) {
        return forwardedOn == null ? today().isAfter(deadline) : forwardedOn.isAfter(deadline);
    }

    /** Saves the caseworker's edited statement and chosen documents as the draft. */
    @Transactional
    public ForwardingView saveDraft(int municipalityId, long complaintId, String statement, List<String> chosen,
                                    int version, String user) {
        ForwardingView current = view(municipalityId, complaintId, user);
        if (current.forwardedOn() != null) {
            throw new InvalidInputException(null, "complaintForwarding.alreadyForwarded");
        }
        if (statement == null || statement.isBlank()) {
            throw new InvalidInputException("statement", "complaintForwarding.statement.required");
        }
        if (statement.length() > 50000) {
            throw new InvalidInputException("statement", "complaintForwarding.statement.tooLong");
        }
        List<String> keys = chosen == null ? List.of() : chosen.stream().distinct().toList();
        Set<String> known = current.available().stream().map(CaseDocument::key).collect(Collectors.toSet());
        for (String k : keys) {
            if (!known.contains(k)) {
                throw new InvalidInputException("documents", "complaintForwarding.documents.unknown");
            }
        }
        int updated = jdbc.sql("""
                update complaint_forwarding set statement = ?, documents = ?::text[], modified_at = ?, modified_by = ?,
                       version = version + 1
                 where municipality_id = ? and complaint_id = ? and version = ?""")
                .params(statement.strip(), "{" + String.join(",", keys) + "}", Timestamp.from(clock.instant()), user,
                        municipalityId, complaintId, version).update();
        if (updated == 0) {
            throw new ConflictException("complaintForwarding.stale");
        }
        audit.changed(AuditAction.UPDATE, head(municipalityId, complaintId).citizenId(), RESOURCE, complaintId,
                "redegørelse til Ankestyrelsen gemt");
        return view(municipalityId, complaintId, user);
    }

    /** Forwards: the bundle is rendered and stored, the day recorded, the complaint FORWARDED and the task done. */
    @Transactional
    public ForwardingView forward(int municipalityId, long complaintId, int version, String user) {
        Head head = head(municipalityId, complaintId);
        refuseUnlessForwarding(head.status());
        ForwardingView draft = view(municipalityId, complaintId, user);
        if (draft.version() != version) {
            throw new ConflictException("complaintForwarding.stale");
        }
        LocalDate today = today();
        List<CaseDocument> chosen = draft.available().stream().filter(d -> draft.documents().contains(d.key())).toList();
        byte[] pdf = bundles.render(head.citizenName(), head.receivedOn(), today, draft.statement(), chosen);
        int updated = jdbc.sql("""
                update complaint_forwarding set forwarded_on = ?, forwarded_by = ?, bundle = ?, bundle_sha256 = ?,
                       modified_at = ?, modified_by = ?, version = version + 1
                 where municipality_id = ? and complaint_id = ? and version = ? and forwarded_on is null""")
                .params(today, user, pdf, sha256(pdf), Timestamp.from(clock.instant()), user, municipalityId, complaintId,
                        version).update();
        if (updated == 0) {
            throw new ConflictException("complaintForwarding.stale");
        }
        // the one write of the complaint's status, shared with Reconsideration.markForwarded
        if (!complaints.move(complaintId, ComplaintStatus.FORWARDING, ComplaintStatus.FORWARDED, user, clock.instant())) {
            throw new ConflictException("complaintForwarding.stale");
        }
        events.publishEvent(new TaskWorkDone(municipalityId, TASK, subject(complaintId), user));
        audit.changed(AuditAction.UPDATE, head.citizenId(), RESOURCE, complaintId, "klagen videresendt til Ankestyrelsen");
        return view(municipalityId, complaintId, user);
    }

    /** The bundle as it was sent. */
    @Transactional
    public byte[] bundle(int municipalityId, long complaintId) {
        audit.read(head(municipalityId, complaintId).citizenId(), RESOURCE, complaintId);
        return jdbc.sql("select bundle from complaint_forwarding where municipality_id = ? and complaint_id = ? and bundle is not null")
                .params(municipalityId, complaintId).query(byte[].class).optional()
                .orElseThrow(() -> new NotFoundException("complaintForwarding.bundle.notFound"));
    }

    /** Opens the forwarding: deadline, generated statement and the task; a second call does nothing. */
    void open(int municipalityId, long complaintId, String user) {
        Head head = head(municipalityId, complaintId);
        LocalDate deadline = policy.forwardingDeadline(municipalityId, head.receivedOn());
        Timestamp now = Timestamp.from(clock.instant());
        int inserted = jdbc.sql("""
                insert into complaint_forwarding (municipality_id, complaint_id, deadline, statement, created_at, created_by,
                                                  modified_at, modified_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (complaint_id) do nothing""")
                .params(municipalityId, complaintId, deadline, statements.generate(municipalityId, complaintId), now, user,
                        now, user).update();
        if (inserted > 0) {
            String title = messages.getMessage("complaintForwarding.task.title", new Object[]{head.citizenName()},
                    ForwardingDocuments.DA);
            events.publishEvent(new TaskRequested(municipalityId, head.citizenId(), TASK, subject(complaintId), title,
                    "/complaints/" + complaintId + "/forwarding", null, "CASEWORKER", deadline));
        }
    }

    static String subject(long complaintId) {
        return "complaint-forwarding:" + complaintId;
    }

    private static void refuseUnlessForwarding(String status) {
        switch (status) {
            case "FORWARDING" -> { }
            case "AGREED" -> throw new InvalidInputException(null, "complaintForwarding.agreed");
            case "NOT_APPEALABLE" -> throw new InvalidInputException(null, "complaintForwarding.notAppealable");
            case "RECONSIDERING" -> throw new InvalidInputException(null, "complaintForwarding.notReconsidered");
            default -> throw new InvalidInputException(null, "complaintForwarding.alreadyForwarded");
        }
    }

    private Head head(int municipalityId, long complaintId) {
        return jdbc.sql("""
                select k.citizen_id, c.name, k.status, k.received_on from complaint k join citizen c on c.id = k.citizen_id
                 where k.municipality_id = ? and k.id = ?""").params(municipalityId, complaintId)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)))
                .optional().orElseThrow(() -> new NotFoundException("complaint.notFound"));
    }

    private static List<String> strings(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
