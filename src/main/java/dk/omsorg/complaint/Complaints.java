package dk.omsorg.complaint;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.citizen.Contact;
import dk.omsorg.citizen.Contacts;
import dk.omsorg.complaint.ComplaintDeadlineRule.LetterChannel;
import dk.omsorg.complaint.internal.ComplaintRepository;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.Decisions;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseResponsibility;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.security.RequireProvider;
import dk.omsorg.provider.Providers;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * Registering complaints about decisions and recording the reconsideration (seed 001 "Klagevejledning", seed 002
 * "Behandling af klagesager"). A user reaches only the own municipality's decisions (another's is not found); every
 * read and change is audited; bad input is refused by field with nothing stored.
 */
@Service
public class Complaints {

    static final String RESOURCE = "complaint";
    static final int MAX_TEXT = 10000;
    static final int MAX_REFERENCE = 300;

    private final ComplaintRepository complaints;
    private final Decisions decisions;
    private final Citizens citizens;
    private final Contacts contacts;
    private final ComplaintDeadlines deadlines;
    private final Providers providers;
    private final ReconsiderationTasks tasks;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    Complaints(ComplaintRepository complaints, Decisions decisions, Citizens citizens, Contacts contacts,
               ComplaintDeadlines deadlines, ReconsiderationTasks tasks, CurrentUsers users, AuditLog audit, Clock clock,
               Providers providers) {
        this.providers = providers;
        this.complaints = complaints;
        this.decisions = decisions;
        this.citizens = citizens;
        this.contacts = contacts;
        this.deadlines = deadlines;
        this.tasks = tasks;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Registers a complaint on a decision version, computes its deadline (late = "for sent", and it still goes on) and
     * whether the parts complained about can be appealed. An appealable complaint gets a reconsideration task; one
     * that cannot be appealed is NOT_APPEALABLE and is answered so in the acknowledgement.
     *
     * @throws NotFoundException     for a decision of another municipality or none
     * @throws InvalidInputException by field; for a superseded version the message names the current one
     */
    @RequireCaseResponsibility
    @Transactional
    public Complaint register(ComplaintInput in) {
        if (in.decisionId() == null) {
            throw new InvalidInputException("decisionId", "complaint.decision.required");
        }
        Decision decision = decisions.read(in.decisionId());
        return store(decision, citizens.accessibleFor(decision.citizenId(), "decision.notFound"), in, false);
    }

    /**
     * A provider forwards the complaint it received about the decision on help it delivers, naming the help (the
     * grant) rather than the decision: the complaint is on the grant's current decision version. A grant that is
     * no current decision's is answered as not found.
     */
    @RequireProvider
    @Transactional
    public Complaint forwardedByProviderForGrant(UUID grantKey, ComplaintInput in) {
        if (grantKey == null) {
            throw new InvalidInputException("grantKey", "complaint.provider.grant.required");
        }
        long decisionId = complaints.currentDecisionOfGrant(users.current().municipalityId(), grantKey)
                .orElseThrow(() -> new NotFoundException("decision.notFound"));
        return forwardedByProvider(new ComplaintInput(decisionId, in.receivedOn(), in.channel(), in.oralNote(),
                in.documentReference(), null, true, List.of(), List.of(), in.text()));
    }

    /**
     * A complaint the citizen gave to the provider, forwarded by the provider (seed 002 "Behandling af klagesager").
     * The provider reaches only decisions with a grant it delivers (any other is not found) and cannot name the
     * citizen's contacts (it does not see them): the citizen is the complainant. Otherwise as {@link #register}.
     */
    @RequireProvider
    @Transactional
    public Complaint forwardedByProvider(ComplaintInput in) {
        if (in.decisionId() == null) {
            throw new InvalidInputException("decisionId", "complaint.decision.required");
        }
        CurrentUser user = users.current();
        LocalDate today = today();
        Decision decision = decisions.stored(in.decisionId())
                .filter(d -> d.municipalityId() == user.municipalityId() && d.isCurrent())
                .filter(d -> d.grants().stream().anyMatch(g -> providers.deliveringGrant(g.grantKey(),
                                g.start().isAfter(today) ? g.start() : today)
                        .map(p -> user.providerId() != null && p.id() == user.providerId()).orElse(false)))
                .orElseThrow(() -> new NotFoundException("decision.notFound"));
        if (in.complainantContactId() != null) {
            throw new InvalidInputException("complainantContactId", "complaint.provider.complainant");
        }
        return store(decision, citizens.accessible(decision.citizenId()), in, true);
    }

    private Complaint store(Decision decision, Citizen citizen, ComplaintInput in, boolean byProvider) {
        if (!decision.isCurrent()) {
            throw new InvalidInputException("decisionId", "complaint.decision.superseded", decision.versionNo(),
                    current(decision).versionNo(), current(decision).id());
        }
        LocalDate today = LocalDate.now(clock);
        List<Violation> violations = new ArrayList<>();
        if (in.receivedOn() == null) {
            violations.add(new Violation("receivedOn", "complaint.receivedOn.required"));
        } else if (in.receivedOn().isAfter(today)) {
            violations.add(new Violation("receivedOn", "complaint.receivedOn.future"));
        } else if (in.receivedOn().isBefore(decision.decidedOn())) {
            violations.add(new Violation("receivedOn", "complaint.receivedOn.beforeDecision", decision.decidedOn()));
        }
        if (in.channel() == null) {
            violations.add(new Violation("channel", "complaint.channel.required"));
        } else if (in.channel() == Complaint.Channel.ORAL && in.oralNote() == null) {
            violations.add(new Violation("oralNote", "complaint.oralNote.required"));
        } else if (in.channel() == Complaint.Channel.WRITTEN && in.documentReference() == null) {
            violations.add(new Violation("documentReference", "complaint.documentReference.required"));
        }
        if (in.oralNote() != null && in.oralNote().length() > MAX_TEXT) {
            violations.add(new Violation("oralNote", "complaint.text.tooLong", MAX_TEXT));
        }
        if (in.documentReference() != null && in.documentReference().length() > MAX_REFERENCE) {
            violations.add(new Violation("documentReference", "complaint.text.tooLong", MAX_REFERENCE));
        }
        if (in.text() == null) {
            violations.add(new Violation("text", "complaint.text.required"));
        } else if (in.text().length() > MAX_TEXT) {
            violations.add(new Violation("text", "complaint.text.tooLong", MAX_TEXT));
        }
        if (in.complainantContactId() != null && contacts.forCitizen(citizen.id()).stream()
                .noneMatch(c -> c.id() == in.complainantContactId() && c.current())) {
            violations.add(new Violation("complainantContactId", "complaint.complainant.notContact"));
        }
        boolean whole = Boolean.TRUE.equals(in.wholeDecision());
        // only when no part complained about can be appealed is the complaint answered so; the rest is reconsidered
        boolean appealable = whole ? anyAppealable(decision) : partsAppealable(decision, in, violations);
        if (!whole && in.grantKeys().isEmpty() && in.refusalPositions().isEmpty()) {
            violations.add(new Violation("wholeDecision", "complaint.parts.required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ComplaintDeadlineRule rule = deadlines.on(decision.decidedOn());
        LetterChannel channel = LetterChannel.valueOf(complaints.letterChannel(decision.id()));
        LocalDate deadline = rule.deadline(decision.decidedOn(), channel);
        ComplaintStatus status = appealable ? ComplaintStatus.RECONSIDERING : ComplaintStatus.NOT_APPEALABLE;
        CurrentUser user = users.current();
        Complaint draft = new Complaint(0, citizen.municipalityId(), citizen.id(), decision.id(), in.receivedOn(),
                in.channel(), in.oralNote(), in.documentReference(), in.complainantContactId(), whole,
                whole ? List.of() : in.grantKeys(), whole ? List.of() : in.refusalPositions(), in.text(), deadline,
                in.receivedOn().isAfter(deadline), appealable, status,
                deadlines.on(in.receivedOn()).reconsiderationDue(in.receivedOn()), null, null, null, null, null,
                user.username(), 0);
        long id = complaints.insert(draft, user.username(), Instant.now(clock));
        Complaint saved = complaints.find(id).orElseThrow();
        audit.changed(AuditAction.CREATE, citizen.id(), RESOURCE, id,
                (byProvider ? "klage videresendt af leverandøren" : "klage registreret")
                        + (appealable ? "" : "; afgørelsen kan ikke påklages"));
        if (appealable) {
            tasks.requested(saved, citizen);
        }
        return saved;
    }

    /** One complaint, audited. */
    @RequireCitizenAccess
    @Transactional
    public Complaint read(long complaintId) {
        Complaint complaint = accessible(complaintId);
        audit.read(complaint.citizenId(), RESOURCE, complaintId);
        return complaint;
    }

    /** The citizen's complaints, newest first, audited. */
    @RequireCitizenAccess
    @Transactional
    public List<Complaint> forCitizen(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        audit.read(citizenId, RESOURCE, null);
        return complaints.forCitizen(citizen.municipalityId(), citizenId);
    }

    /** The complainant's name as the letter and the page show it: the citizen's or the contact's. */
    @Transactional(readOnly = true)
    public String complainantName(Complaint complaint, Citizen citizen) {
        if (complaint.complainantContactId() == null) {
            return citizen.name();
        }
        return contacts.forCitizen(citizen.id()).stream().filter(c -> c.id() == complaint.complainantContactId())
                .map(Contact::name).findFirst().orElse(citizen.name());
    }

    Complaint accessible(long complaintId) {
        Complaint complaint = complaints.find(complaintId)
                .orElseThrow(() -> new NotFoundException("complaint.notFound"));
        citizens.accessibleFor(complaint.citizenId(), "complaint.notFound");
        return complaint;
    }

    private static boolean anyAppealable(Decision decision) {
        return decision.grants().stream().anyMatch(g -> g.appealable())
                || decision.refusals().stream().anyMatch(r -> r.appealable());
    }

    /** Whether any named part can be appealed; unknown parts are violations. */
    private static boolean partsAppealable(Decision decision, ComplaintInput in, List<Violation> violations) {
        boolean appealable = false;
        for (int i = 0; i < in.grantKeys().size(); i++) {
            UUID key = in.grantKeys().get(i);
            var grant = decision.grant(key);
            if (grant.isEmpty()) {
                violations.add(new Violation("grantKeys[" + i + "]", "complaint.parts.unknownGrant"));
            } else {
                appealable |= grant.get().appealable();
            }
        }
        if (new HashSet<>(in.grantKeys()).size() != in.grantKeys().size()) {
            violations.add(new Violation("grantKeys", "complaint.parts.twice"));
        }
        for (int i = 0; i < in.refusalPositions().size(); i++) {
            int position = in.refusalPositions().get(i);
            if (position < 1 || position > decision.refusals().size()) {
                violations.add(new Violation("refusalPositions[" + i + "]", "complaint.parts.unknownRefusal", position));
            } else {
                appealable |= decision.refusals().get(position - 1).appealable();
            }
        }
        if (new HashSet<>(in.refusalPositions()).size() != in.refusalPositions().size()) {
            violations.add(new Violation("refusalPositions", "complaint.parts.twice"));
        }
        return appealable;
    }

    private Decision current(Decision decision) {
        Decision at = decision;
        while (at.supersededByDecisionId() != null) {
            at = decisions.stored(at.supersededByDecisionId()).orElseThrow();
        }
        return at;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    CurrentUser user() {
        return users.current();
    }

    ComplaintRepository repository() {
        return complaints;
    }

    Clock clock() {
        return clock;
    }
}
