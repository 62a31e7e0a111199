package dk.omsorg.complaint;

import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Records Ankestyrelsen's decision when it arrives (FORWARDED → APPEAL_DECIDED). A changed or remanded decision
 * gives the caseworkers a task to carry it out: a new decision version with after_complaint_id = the complaint.
 */
@Service
public class AppealOutcomes {

    /** The recorded decision. */
    public record Recorded(long complaintId, AppealOutcome outcome, LocalDate decidedOn, String text, String recordedBy) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final dk.omsorg.audit.AuditLog audit;

    AppealOutcomes(JdbcClient jdbc, ApplicationEventPublisher events, MessageSource messages, Clock clock,
                   dk.omsorg.audit.AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public Recorded record(int municipalityId, long complaintId, String outcome, LocalDate decidedOn, String text,
                           int version, String user) {
        record Head(long citizenId, long decisionId, String status, int version, String citizenName) {
        }
        Head head = jdbc.sql("""
                select k.citizen_id, k.decision_id, k.status, k.version, c.name from complaint k
                  join citizen c on c.id = k.citizen_id where k.municipality_id = ? and k.id = ? for update of k""")
                .params(municipalityId, complaintId)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5)))
                .optional().orElseThrow(() -> new NotFoundException("complaint.notFound"));
        switch (head.status()) {
            case "FORWARDED" -> { }
            case "APPEAL_DECIDED" -> throw new InvalidInputException(null, "appealOutcome.alreadyRecorded");
            default -> throw new InvalidInputException(null, "appealOutcome.notForwarded");
        }
        if (head.version() != version) {
            throw new dk.omsorg.shared.ConflictException("appealOutcome.stale");
        }
        AppealOutcome kind = parse(outcome);
        LocalDate today = LocalDate.now(clock.withZone(DanishTime.ZONE));
        LocalDate forwardedOn = jdbc.sql("select forwarded_on from complaint_forwarding where complaint_id = ?")
                .param(complaintId).query(LocalDate.class).single();
        if (decidedOn == null) {
            throw new InvalidInputException("decidedOn", "appealOutcome.decidedOn.required");
        }
        if (decidedOn.isAfter(today) || decidedOn.isBefore(forwardedOn)) {
            throw new InvalidInputException("decidedOn", "appealOutcome.decidedOn.outside");
        }
        if (text == null || text.isBlank() || text.length() > 10000) {
            throw new InvalidInputException("text", "appealOutcome.text.required");
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into appeal_outcome (municipality_id, complaint_id, outcome, decided_on, text, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(municipalityId, complaintId, kind.name(), decidedOn, text.strip(), now, user).update();
        jdbc.sql("""
                update complaint set status = 'APPEAL_DECIDED', modified_at = ?, modified_by = ?, version = version + 1
                 where municipality_id = ? and id = ?""").params(now, user, municipalityId, complaintId).update();
        if (kind.needsFollowUp()) {
            String title = messages.getMessage("appealOutcome.task.title." + kind.name(),
                    new Object[]{head.citizenName()}, ForwardingDocuments.DA);
            events.publishEvent(new TaskRequested(municipalityId, head.citizenId(), TaskKind.APPEAL_FOLLOW_UP,
                    "appeal-follow-up:" + complaintId, title, "/decisions/" + head.decisionId(), null, "CASEWORKER", today));
        }
        audit.changed(dk.omsorg.audit.AuditAction.UPDATE, head.citizenId(), Forwarding.RESOURCE, complaintId,
                "Ankestyrelsens afgørelse registreret");
        return new Recorded(complaintId, kind, decidedOn, text.strip(), user);
    }

    public Optional<Recorded> of(int municipalityId, long complaintId) {
        return jdbc.sql("""
                select outcome, decided_on, text, recorded_by from appeal_outcome where municipality_id = ? and complaint_id = ?""")
                .params(municipalityId, complaintId)
                .query((rs, n) -> new Recorded(complaintId, AppealOutcome.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4))).optional();
    }

    /** The complaint's version, which recording the outcome checks. */
    public int complaintVersion(int municipalityId, long complaintId) {
        return jdbc.sql("select version from complaint where municipality_id = ? and id = ?").params(municipalityId, complaintId)
                .query(Integer.class).optional().orElseThrow(() -> new NotFoundException("complaint.notFound"));
    }

    private static AppealOutcome parse(String outcome) {
        try {
            return AppealOutcome.valueOf(outcome == null ? "" : outcome);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("outcome", "appealOutcome.outcome.unknown");
        }
    }
}
