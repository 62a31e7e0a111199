package dk.omsorg.decision;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.catalog.DecisionAuthority;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.decision.internal.RecommendationRepository;
import dk.omsorg.inquiry.Inquiries;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import dk.omsorg.task.TaskWorkDone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Deciding with decision authority (bevillingskompetence, seed 001 "Tildeling af hjælp og støtte"): a decision within
 * the user's authority is made at once; one above it is saved as a recommendation (indstilling) and goes to the
 * leader's work queue as an approval task. Approval makes the recommended decision (its letter, notices and events
 * then) with who approved it recorded on it; a return sends it back to the caseworker with the reason, as a task.
 */
@Service
public class Recommendations {

    static final String RESOURCE = "decision-recommendation";

    /** A decision made, or a recommendation saved for approval. */
    public sealed interface Outcome {
        record Decided(Decision decision) implements Outcome {
        }

        record Recommended(Recommendation recommendation) implements Outcome {
        }
    }

    private final Decisions decisions;
    private final RecommendationRepository repository;
    private final Citizens citizens;
    private final Inquiries inquiries;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Recommendations(Decisions decisions, RecommendationRepository repository, Citizens citizens, Inquiries inquiries,
                    CurrentUsers users, AuditLog audit, ApplicationEventPublisher events, Clock clock,
                    PlatformTransactionManager transactionManager) {
        this.decisions = decisions;
        this.repository = repository;
        this.citizens = citizens;
        this.inquiries = inquiries;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Makes the decision, or — when it is above the user's authority — saves it as a recommendation. Every rule of a
     * decision is checked first either way (nothing is stored when one is broken). Not transactional itself: the
     * attempt's transaction is rolled back before the recommendation is saved in its own.
     */
    @RequireDeciding
    public Outcome decide(long citizenId, DecisionDraft draft) {
        try {
            return new Outcome.Decided(decisions.make(citizenId, draft));
        } catch (AboveAuthority above) {
            return new Outcome.Recommended(transactions.execute(s -> recommend(citizenId, draft, above.required())));
        }
    }

    private Recommendation recommend(long citizenId, DecisionDraft draft, DecisionAuthority required) {
        Citizen citizen = citizens.accessible(citizenId);
        CurrentUser user = users.current();
        Instant now = Instant.now(clock);
        String appliedFor = draft.appliedFor() != null ? draft.appliedFor()
                : inquiries.read(draft.inquiryId()).request(); // make() refused a draft with neither
        long id = repository.insert(citizen.municipalityId(), citizenId, draft, appliedFor, required, user.username(), now);
        audit.changed(AuditAction.CREATE, citizenId, RESOURCE, id, required.level() == DecisionAuthority.Level.COMMITTEE
                ? "indstilling til " + required.committee() : "indstilling til leder af myndighed");
        LocalDate due = draft.inquiryId() == null ? LocalDate.now(clock)
                : inquiries.read(draft.inquiryId()).effectiveDeadline();
        events.publishEvent(new TaskRequested(citizen.municipalityId(), citizenId, TaskKind.DECISION_APPROVAL,
                approvalKey(id), "Godkend indstilling: " + appliedFor, "/recommendations/" + id, null, "LEADER", due));
        return repository.find(id).orElseThrow();
    }

    /**
     * Changes the decision into a new version, or — when a new or changed grant is above the user's authority (a
     * committee's BPA or botilbud, say) — saves the change as a recommendation, as {@link #decide} does for a new one.
     * A change after a complaint keeps its complaint reference through approval.
     */
    @RequireDeciding
    public Outcome change(long decisionId, DecisionChange change) {
        try {
            return new Outcome.Decided(decisions.change(decisionId, change));
        } catch (AboveAuthority above) {
            return new Outcome.Recommended(transactions.execute(s -> recommendChange(decisionId, change, above.required())));
        }
    }

    private Recommendation recommendChange(long decisionId, DecisionChange change, DecisionAuthority required) {
        Decision current = decisions.read(decisionId);
        Citizen citizen = citizens.accessible(current.citizenId());
        Instant now = Instant.now(clock);
        DecisionDraft shown = new DecisionDraft(current.inquiryId(), current.appliedFor(), change.reasoning(),
                change.override(), change.overrideReason(), change.grants(), List.of());
        long id = repository.insertChange(citizen.municipalityId(), citizen.id(), decisionId, change, shown, required,
                users.current().username(), now);
        audit.changed(AuditAction.CREATE, citizen.id(), RESOURCE, id, required.level() == DecisionAuthority.Level.COMMITTEE
                ? "indstilling om ændring til " + required.committee() : "indstilling om ændring til leder af myndighed");
        events.publishEvent(new TaskRequested(citizen.municipalityId(), citizen.id(), TaskKind.DECISION_APPROVAL,
                approvalKey(id), "Godkend indstilling om ændring: " + current.appliedFor(), "/recommendations/" + id,
                null, "LEADER", LocalDate.now(clock)));
        return repository.find(id).orElseThrow();
    }

    /** One recommendation, for display. */
    @RequireCitizenAccess
    @Transactional
    public Recommendation read(long id) {
        Recommendation r = accessible(id);
        audit.read(r.citizenId(), RESOURCE, id);
        return r;
    }

    /** The citizen's recommendations, newest first. */
    @RequireCitizenAccess
    @Transactional
    public List<Recommendation> forCitizen(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        audit.read(citizenId, RESOURCE, null);
        return repository.forCitizen(citizen.municipalityId(), citizenId);
    }

    /**
     * Approves a pending recommendation: makes its decision (letter, notices) as the approver, for the committee when
     * the committee holds the authority.
     *
     * @throws ConflictException                 when it was already approved or returned
     * @throws OptimisticLockingFailureException when it changed since {@code version} was read
     * @throws InvalidInputException             when the approver recommended it, or the decision now breaks a rule
     */
    @RequireApproving
    @Transactional
    public Decision approve(long id, Integer version) {
        Recommendation r = handleable(id, version);
        CurrentUser user = users.current();
        Instant now = Instant.now(clock);
        Decision decision = DecisionAuthorityCheck.approving(new DecisionAuthorityCheck.Approving(id, r.recommendedBy(),
                user.username(), now, r.required().committee()), () -> r.isChange()
                        ? decisions.change(r.changeOf(), r.change()) : decisions.make(r.citizenId(), r.draft()));
        repository.handle(id, version, Recommendation.Status.APPROVED, user.username(), now, decision.id(), null);
        audit.changed(AuditAction.UPDATE, r.citizenId(), RESOURCE, id, r.required().committee() == null
                ? "indstilling godkendt af leder af myndighed" : "indstilling godkendt for " + r.required().committee());
        events.publishEvent(new TaskWorkDone(r.municipalityId(), TaskKind.DECISION_APPROVAL, approvalKey(id), user.username()));
        return decision;
    }

    /** Returns a pending recommendation to the caseworker who made it, with the reason (a task in their queue). */
    @RequireApproving
    @Transactional
    public Recommendation returnToCaseworker(long id, Integer version, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null) {
            throw new InvalidInputException("reason", "decision.recommendation.reasonRequired");
        }
        if (why.length() > 10_000) {
            throw new InvalidInputException("reason", "decision.recommendation.reasonTooLong");
        }
        Recommendation r = handleable(id, version);
        CurrentUser user = users.current();
        repository.handle(id, version, Recommendation.Status.RETURNED, user.username(), Instant.now(clock), null, why);
        audit.changed(AuditAction.UPDATE, r.citizenId(), RESOURCE, id, "indstilling returneret til sagsbehandler");
        events.publishEvent(new TaskWorkDone(r.municipalityId(), TaskKind.DECISION_APPROVAL, approvalKey(id), user.username()));
        events.publishEvent(new TaskRequested(r.municipalityId(), r.citizenId(), TaskKind.RECOMMENDATION_RETURNED,
                "recommendation-returned:" + id, "Indstilling returneret: " + r.appliedFor(), "/recommendations/" + id,
                r.recommendedBy(), null, LocalDate.now(clock)));
        return repository.find(id).orElseThrow();
    }

    private Recommendation handleable(long id, Integer version) {
        Recommendation r = accessible(id);
        if (version == null) {
            throw new InvalidInputException("version", "decision.recommendation.versionRequired");
        }
        if (!r.pending()) {
            throw new ConflictException(r.status() == Recommendation.Status.APPROVED
                    ? "decision.recommendation.alreadyApproved" : "decision.recommendation.alreadyReturned");
        }
        if (!Objects.equals(r.version(), version)) {
            throw new OptimisticLockingFailureException("Recommendation " + id + " is at version " + r.version());
        }
        if (r.recommendedBy().equals(users.current().username())) {
            throw new InvalidInputException("version", "decision.recommendation.ownApproval");
        }
        return r;
    }

    private Recommendation accessible(long id) {
        Recommendation r = repository.find(id).orElseThrow(() -> new NotFoundException("decision.recommendation.notFound"));
        citizens.accessibleFor(r.citizenId(), "decision.recommendation.notFound");
        return r;
    }

    static String approvalKey(long id) {
        return "recommendation:" + id;
    }

    /**
     * How the decision's letter was sent and, when approval made it, who recommended and who approved it. For a
     * decision the caller has read (access checked and audited there).
     */
    public RecommendationRepository.Details details(long decisionId) {
        return repository.details(decisionId).orElseThrow(() -> new NotFoundException("decision.notFound"));
    }
}
