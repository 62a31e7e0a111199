package dk.omsorg.complaint;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.complaint.Complaint.Outcome;
import dk.omsorg.complaint.internal.ComplaintRepository;
import dk.omsorg.decision.AfterComplaint;
import dk.omsorg.decision.Decision;
import dk.omsorg.security.RequireCaseResponsibility;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The authority's reconsideration of a complaint (genvurdering, seed 001 "Klagevejledning", seed 002 "Behandling af
 * klagesager"): medhold changes the decision — a new version made with the decision's own change, carrying the
 * complaint reference, so every check of a decision applies — delvist medhold changes it in part and forwards the
 * rest, fastholdt forwards it. An outcome is recorded once.
 */
@Service
public class Reconsideration implements AfterComplaint {

    private final Complaints complaints;
    private final ComplaintRepository repository;
    private final ReconsiderationTasks tasks;
    private final AuditLog audit;
    private final Forwarding forwarding;

    Reconsideration(Complaints complaints, ComplaintRepository repository, ReconsiderationTasks tasks, AuditLog audit,
                    Forwarding forwarding) {
        this.forwarding = forwarding;
        this.complaints = complaints;
        this.repository = repository;
        this.tasks = tasks;
        this.audit = audit;
    }

    /**
     * Records the outcome and closes the reconsideration task. Full or partial agreement needs the changed decision
     * (made first, with the complaint reference); a maintained decision must not have one.
     *
     * @throws InvalidInputException             by field: an outcome already recorded, no reason, …; nothing changed
     * @throws OptimisticLockingFailureException when the complaint changed since {@code version} was read
     */
    @RequireCaseResponsibility
    @Transactional
    public Complaint recordOutcome(long complaintId, Integer version, Outcome outcome, String reason) {
        Complaint complaint = complaints.accessible(complaintId);
        if (complaint.outcome() != null) {
            throw new InvalidInputException("outcome", "complaint.outcome.already", complaint.outcomeOn());
        }
        if (complaint.status() == ComplaintStatus.NOT_APPEALABLE) {
            throw new InvalidInputException("outcome", "complaint.outcome.notAppealable");
        }
        List<Violation> violations = new ArrayList<>();
        if (version == null) {
            violations.add(new Violation("version", "complaint.version.required"));
        }
        if (outcome == null) {
            violations.add(new Violation("outcome", "complaint.outcome.required"));
        } else if (outcome != Outcome.MAINTAINED && complaint.changedDecisionId() == null) {
            violations.add(new Violation("outcome", "complaint.outcome.changeFirst"));
        } else if (outcome == Outcome.MAINTAINED && complaint.changedDecisionId() != null) {
            violations.add(new Violation("outcome", "complaint.outcome.changedNotMaintained"));
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null) {
            violations.add(new Violation("reason", "complaint.reason.required"));
        } else if (why.length() > Complaints.MAX_TEXT) {
            violations.add(new Violation("reason", "complaint.text.tooLong", Complaints.MAX_TEXT));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (version != complaint.version()) {
            throw new OptimisticLockingFailureException("Complaint " + complaintId + " is at version "
                    + complaint.version() + ", not " + version);
        }
        ComplaintStatus next = outcome == Outcome.FULL ? ComplaintStatus.AGREED : ComplaintStatus.FORWARDING;
        String by = complaints.user().username();
        if (!repository.recordOutcome(complaintId, version, outcome, complaints.today(), by, why, next,
                Instant.now(complaints.clock()))) {
            throw new OptimisticLockingFailureException("Complaint " + complaintId + " changed meanwhile");
        }
        audit.changed(AuditAction.UPDATE, complaint.citizenId(), Complaints.RESOURCE, complaintId, switch (outcome) {
            case FULL -> "klage genvurderet: medhold";
            case PARTIAL -> "klage genvurderet: delvist medhold";
            case MAINTAINED -> "klage genvurderet: afgørelsen fastholdt";
        });
        tasks.done(complaint, by);
        if (next == ComplaintStatus.FORWARDING) {
            // the forwarding deadline runs from receipt, so its draft and task must exist the moment it is maintained
            forwarding.open(complaint.municipalityId(), complaintId, by);
        }
        return repository.find(complaintId).orElseThrow();
    }

    /**
     * The complaint was sent to Ankestyrelsen, without the bundle (the browser and REST forward with
     * {@link Forwarding#forward}; both write the status with {@link ComplaintRepository#move}). Refused unless it is
     * waiting to be forwarded (a complaint with full agreement, or one that cannot be appealed, is never forwarded).
     */
    @Transactional
    public Complaint markForwarded(long complaintId) {
        Complaint complaint = complaints.accessible(complaintId);
        if (complaint.status() != ComplaintStatus.FORWARDING || !repository.move(complaintId,
                ComplaintStatus.FORWARDING, ComplaintStatus.FORWARDED, complaints.user().username(),
                Instant.now(complaints.clock()))) {
            throw new InvalidInputException("status", "complaint.forward.notForwarding");
        }
        audit.changed(AuditAction.UPDATE, complaint.citizenId(), Complaints.RESOURCE, complaintId,
                "klage videresendt til Ankestyrelsen");
        return repository.find(complaintId).orElseThrow();
    }

    @Override
    public void checkChange(long complaintId, Decision current, boolean minorAdjustment) {
        Complaint complaint = repository.find(complaintId)
                .filter(c -> c.municipalityId() == current.municipalityId())
                .orElseThrow(() -> new InvalidInputException("afterComplaintId", "complaint.notFound"));
        if (complaint.decisionId() != current.id()) {
            throw new InvalidInputException("afterComplaintId", "complaint.change.otherDecision");
        }
        if (complaint.status() != ComplaintStatus.RECONSIDERING || complaint.changedDecisionId() != null) {
            throw new InvalidInputException("afterComplaintId", "complaint.change.notReconsidering");
        }
        if (minorAdjustment) {
            throw new InvalidInputException("minorAdjustment", "complaint.change.minorAdjustment");
        }
    }

    @Override
    public void changed(long complaintId, Decision changed) {
        repository.changedDecision(complaintId, changed.id(), complaints.user().username(), Instant.now(complaints.clock()));
        audit.changed(AuditAction.UPDATE, changed.citizenId(), Complaints.RESOURCE, complaintId,
                "afgørelse ændret efter klage");
    }
}
