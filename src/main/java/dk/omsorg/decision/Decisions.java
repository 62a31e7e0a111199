package dk.omsorg.decision;

import dk.omsorg.assessment.Assessment;
import dk.omsorg.assessment.Assessments;
import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.catalog.Catalogs;
import dk.omsorg.catalog.CheckingGrants;
import dk.omsorg.catalog.CitizenScores;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.decision.internal.DecisionRepository;
import dk.omsorg.decision.internal.LetterRenderer;
import dk.omsorg.inquiry.Inquiries;
import dk.omsorg.inquiry.Inquiry;
import dk.omsorg.municipality.Municipalities;
import dk.omsorg.provider.ChoosingProvider;
import dk.omsorg.provider.Providers;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Deciding on a citizen's application (GrantingHelp): checking proposed grants against the quality
 * standard and the citizen's latest assessment, making a decision with its letter, changing it into
 * a new version, and reading decisions and letters. A user reaches only the own municipality's
 * citizens (a refusal is audited by {@link Citizens#accessible}); every read and change is audited in
 * the same transaction, and nothing is stored when a rule is broken.
 */
@Service
public class Decisions {

    static final String RESOURCE = "decision";
    static final String OUTSIDE_STANDARD = "afgørelse truffet uden for kvalitetsstandarden";
    /** A sanity bound on the frequency, well above any real grant; keeps the weekly minutes in range. */
    static final int MAX_TIMES = 1000;

    private final DecisionRepository decisions;
    private final Citizens citizens;
    private final Inquiries inquiries;
    private final Assessments assessments;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DecisionProviders decisionProviders;
    private final EvaluatingProposals evaluating;
    private final WritingLetters writingLetters;
    private final ComplaintLink complaintLink;
    /** Bevillingskompetence; a field so that the constructor stays as it is. */
    @org.springframework.beans.factory.annotation.Autowired private DecisionAuthorityCheck authority;

    Decisions(DecisionRepository decisions, Citizens citizens, Inquiries inquiries, Assessments assessments,
              Catalogs catalogs, CheckingGrants checkingGrants, Municipalities municipalities, LetterRenderer letters,
              CurrentUsers users, AuditLog audit, ApplicationEventPublisher events, Clock clock,
              ChoosingProvider choosingProvider, Providers providers, HouseholdFacts households,
              org.springframework.beans.factory.ObjectProvider<GrantExplanation> explanations,
              org.springframework.beans.factory.ObjectProvider<ProviderChoiceRule> providerChoiceRules,
              ComplaintLink complaintLink) {
        this.complaintLink = complaintLink;
        this.decisionProviders = new DecisionProviders(choosingProvider, providerChoiceRules, events);
        this.decisions = decisions;
        this.citizens = citizens;
        this.inquiries = inquiries;
        this.assessments = assessments;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.evaluating = new EvaluatingProposals(catalogs, checkingGrants, decisions, households,
                new PlaceOffers(providers));
        this.writingLetters = new WritingLetters(decisions, catalogs, checkingGrants, choosingProvider, providers,
                municipalities, letters, explanations);
    }

    /**
     * Checks proposed grants for the citizen against the catalogue in force on each grant's start
     * date and the citizen's latest assessment, as if decided today. Stores nothing; reads the
     * citizen's assessments (audited).
     *
     * @throws InvalidInputException for malformed grants (no intervention, a frequency that is not a
     *                               positive number, minutes outside 1–1440, an end before the start …)
     */
    @RequireCitizenAccess
    @Transactional
    public DecisionCheck check(long citizenId, List<GrantInput> grants) {
        Citizen citizen = citizens.accessible(citizenId);
        List<Proposal> proposals = new ArrayList<>();
        for (int i = 0; i < (grants == null ? 0 : grants.size()); i++) {
            proposals.add(new Proposal(i, grants.get(i), null));
        }
        return evaluating.evaluate(citizen, today(), proposals, scores(citizenId));
    }

    /**
     * Checks the grants of a change to a current decision: the changed and new grants together with
     * those carried over unchanged.
     */
    @RequireCitizenAccess
    @Transactional
    public DecisionCheck checkChange(long decisionId, List<GrantInput> grants) {
        Decision current = accessible(decisionId);
        Citizen citizen = citizens.accessible(current.citizenId());
        return evaluating.evaluate(citizen, today(), ChangeRules.proposals(current, grants, true),
                scores(current.citizenId()));
    }

    /**
     * Makes a decision: grants (each checked) and refusals, with the letter. Closes the inquiry
     * decided on. Refused (nothing stored) on malformed input, an ERROR finding, a WARNING finding
     * without a reason, or an override without a reason.
     */
    @RequireDeciding
    @Transactional
    public Decision make(long citizenId, DecisionDraft draft) {
        Citizen citizen = citizens.accessible(citizenId);
        CurrentUser user = users.current();
        LocalDate today = today();
        Inquiry inquiry = null;
        if (draft.inquiryId() != null) {
            inquiry = inquiries.read(draft.inquiryId());
            if (inquiry.citizenId() != citizenId) {
                throw new InvalidInputException("inquiryId", "decision.inquiry.otherCitizen", draft.inquiryId());
            }
            if (inquiry.isClosed()) {
                throw new InvalidInputException("inquiryId", "decision.inquiry.closed", draft.inquiryId());
            }
        }
        String appliedFor = draft.appliedFor() != null ? draft.appliedFor() : inquiry != null ? inquiry.request() : null;
        List<Violation> violations = new ArrayList<>();
        if (appliedFor == null) {
            violations.add(new Violation("appliedFor", "decision.appliedForRequired"));
        }
        List<GrantInput> grantInputs = draft.grants().stream().filter(Objects::nonNull).toList();
        List<RefusalInput> refusalInputs = draft.refusals().stream().filter(r -> r != null && !r.isBlank()).toList();
        if (grantInputs.isEmpty() && refusalInputs.isEmpty()) {
            throw new InvalidInputException("grants", "decision.empty");
        }
        Map<java.util.UUID, Integer> scores = scores(citizenId);
        List<Refusal> refusals = evaluating.refusals(citizen, today, refusalInputs, scores,
                inquiry == null ? null : inquiry.legalBasis(), violations);
        List<Proposal> proposals = new ArrayList<>();
        for (int i = 0; i < draft.grants().size(); i++) {
            proposals.add(new Proposal(i, draft.grants().get(i), null));
        }
        DecisionCheck check = proposals.isEmpty() ? null
                : evaluating.evaluate(citizen, today, proposals, scores, violations);
        if (check != null) {
            violations.addAll(OverridePolicy.check(check, draft.override(), draft.overrideReason()));
            ChangeRules.requireGoalsForCourses(check, violations);
            violations.addAll(decisionProviders.rules(citizen, check, null));
        } else if (draft.override() && draft.overrideReason() == null) {
            violations.add(new Violation("overrideReason", "decision.override.decisionReasonRequired"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<Grant> grants = check == null ? List.of()
                : check.grants().stream().map(g -> evaluating.grant(g, UUID.randomUUID(), 1, DecisionProviders.choice(g, null), null)).toList();
        Decision decision = Decision.first(citizen.municipalityId(), citizenId, draft.inquiryId(), today, appliedFor,
                draft.reasoning(), draft.overrideReason(), grants, refusals,
                check == null ? List.of() : check.combinationFindings());
        authority.requireWithin(user, citizen.municipalityId(), grants, refusals, today); // above: a recommendation
        Instant now = Instant.now(clock);
        decision = decisions.insert(decision, user.username(), now);
        authority.recordOn(decision, draft);
        writingLetters.store(decision, citizen, user, inquiry, null, now);
        audit.changed(AuditAction.CREATE, citizenId, RESOURCE, decision.id(), "afgørelse truffet");
        if (decision.outsideStandard()) {
            audit.changed(AuditAction.CREATE, citizenId, RESOURCE, decision.id(), OUTSIDE_STANDARD);
        }
        if (inquiry != null) {
            inquiries.close(inquiry.id());
        }
        events.publishEvent(new DecisionMade(decision.id(), decision.municipalityId(), citizenId, 1, null, false));
        decisionProviders.publishAssignments(decision, null);
        return decisions.find(decision.id()).orElseThrow();
    }

    /**
     * Changes a current decision: a new version with the changed grants (new grant versions), new
     * grants and the unchanged ones carried over; the old version is kept and marked superseded. A
     * minor adjustment (only minutes or frequency of existing grants) is saved without a letter.
     *
     * @throws OptimisticLockingFailureException when the decision changed since {@code version} was read
     * @throws ConflictException                 when the decision has been superseded
     */
    @RequireDeciding
    @Transactional
    public Decision change(long decisionId, DecisionChange change) {
        Decision current = accessible(decisionId);
        Citizen citizen = citizens.accessible(current.citizenId());
        CurrentUser user = users.current();
        if (change.version() == null) {
            throw new InvalidInputException("version", "decision.version.required");
        }
        if (!current.isCurrent()) {
            throw new ConflictException("decision.superseded", current.supersededByDecisionId());
        }
        if (!Objects.equals(current.version(), change.version())) {
            throw new OptimisticLockingFailureException("Decision " + decisionId + " is at version "
                    + current.version() + ", the change was made to version " + change.version());
        }
        complaintLink.check(change, current);
        List<GrantInput> inputs = change.grants();
        if (inputs.isEmpty()) {
            throw new InvalidInputException("grants", "decision.change.nothing");
        }
        List<Violation> violations = new ArrayList<>();
        List<Proposal> proposals = ChangeRules.proposals(current, inputs, true);
        if (proposals.stream().allMatch(p -> p.carried() != null)) {
            throw new InvalidInputException("grants", "decision.change.nothing");
        }
        if (change.minorAdjustment()) {
            ChangeRules.minorAdjustmentRules(current, inputs, violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        LocalDate today = today();
        DecisionCheck check = evaluating.evaluate(citizen, today, proposals, scores(current.citizenId()), violations);
        violations.addAll(OverridePolicy.check(check, change.override(), change.overrideReason()));
        ChangeRules.requireGoalsForCourses(check, violations);
        violations.addAll(decisionProviders.rules(citizen, check, current));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        violations.addAll(ChangeRules.effectiveDateRules(check, current, today));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<Grant> grants = check.grants().stream().map(g -> {
            if (g.carriedOver()) {
                return g.carried().carryOver();
            }
            UUID key = g.input().grantKey();
            if (key == null) {
                return evaluating.grant(g, UUID.randomUUID(), 1, DecisionProviders.choice(g, current), null);
            }
            Grant previous = current.grant(key).orElseThrow();
            return evaluating.grant(g, key, previous.versionNo() + 1, DecisionProviders.choice(g, current), ChangeRules.effectiveFrom(g.input(), today));
        }).toList();
        // above the user's authority: a recommendation instead (Recommendations.change)
        authority.requireWithinForChange(user, citizen.municipalityId(), grants, check);
        Decision next = current.successor(today, change.reasoning(), change.overrideReason(), change.minorAdjustment(),
                grants, check.combinationFindings());
        Instant now = Instant.now(clock);
        Decision saved = decisions.insert(next, user.username(), now);
        decisions.markSuperseded(current.id(), current.version(), saved.id(), user.username(), now);
        authority.recordApprovalOn(saved);
        complaintLink.saved(change, saved);
        if (!change.minorAdjustment()) {
            Inquiry inquiry = current.inquiryId() == null ? null : inquiries.read(current.inquiryId());
            writingLetters.store(saved, citizen, user, inquiry, current, now);
        }
        audit.changed(AuditAction.UPDATE, current.citizenId(), RESOURCE, saved.id(),
                change.minorAdjustment() ? "afgørelse justeret (mindre justering)" : "afgørelse ændret");
        if (saved.outsideStandard() && (change.overrideReason() != null
                || change.grants().stream().anyMatch(GrantInput::claimsOverride))) {
            audit.changed(AuditAction.UPDATE, current.citizenId(), RESOURCE, saved.id(), OUTSIDE_STANDARD);
        }
        events.publishEvent(new DecisionMade(saved.id(), saved.municipalityId(), saved.citizenId(), saved.versionNo(),
                current.id(), change.minorAdjustment()));
        decisionProviders.publishAssignments(saved, current);
        return decisions.find(saved.id()).orElseThrow();
    }

    /** One decision version, for display. */
    @RequireCitizenAccess
    @Transactional
    public Decision read(long decisionId) {
        Decision decision = accessible(decisionId);
        audit.read(decision.citizenId(), RESOURCE, decisionId);
        return decision;
    }

    /** The citizen's decisions, every version, newest first. */
    @RequireCitizenAccess
    @Transactional
    public List<Decision> forCitizen(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        List<Decision> all = decisions.forCitizen(citizen.municipalityId(), citizenId);
        audit.read(citizenId, RESOURCE, null);
        return all;
    }

    /**
     * The grants in force or to come: those of current decision versions that have not ended by
     * {@code day}.
     */
    public static List<Grant> currentGrants(List<Decision> decisions, LocalDate day) {
        return decisions.stream().filter(Decision::isCurrent).flatMap(d -> d.grants().stream())
                .filter(g -> g.notEndedOn(day)).toList();
    }

    /**
     * A decision version as stored, with its grants; read {@link Decision#supersedesDecisionId()} for
     * the grants before a change. For other modules' event listeners (notices to providers), which run
     * after the decision's transaction without a logged-in user: no access check and not audited, so
     * the caller checks who may see it and audits what it shows.
     */
    @Transactional(readOnly = true)
    public Optional<Decision> stored(long decisionId) {
        return decisions.find(decisionId);
    }

    /**
     * The citizen's decisions, every version, newest first, as {@link #stored}: for use cases that
     * check access their own way (a provider sees only the grants it delivers) and audit it.
     */
    @Transactional(readOnly = true)
    public List<Decision> storedForCitizen(int municipalityId, long citizenId) {
        return decisions.forCitizen(municipalityId, citizenId);
    }

    /** The decision letter as stored; never rendered again. */
    @RequireCitizenAccess
    @Transactional
    public Letter letter(long decisionId) {
        Decision decision = accessible(decisionId);
        Letter letter = decisions.letter(decisionId)
                .orElseThrow(() -> new NotFoundException("decision.letter.none"));
        audit.read(decision.citizenId(), "decision-letter", decisionId);
        return letter;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Decision accessible(long decisionId) {
        Decision decision = decisions.find(decisionId).orElseThrow(() -> new NotFoundException("decision.notFound"));
        // refuses (and audits) when the citizen belongs to another municipality
        citizens.accessibleFor(decision.citizenId(), "decision.notFound");
        return decision;
    }

    /** The latest assessment's scores; none when the citizen is not assessed. */
    private Map<UUID, Integer> scores(long citizenId) {
        return assessments.overview(citizenId).latest().map(Assessment::abilityScores).map(CitizenScores::of)
                .orElse(Map.of());
    }
}
