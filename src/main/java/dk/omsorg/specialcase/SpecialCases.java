package dk.omsorg.specialcase;

import dk.omsorg.assessment.Assessment;
import dk.omsorg.assessment.Assessments;
import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.citizen.Contacts;
import dk.omsorg.inquiry.Inquiries;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import dk.omsorg.shared.web.Messages;
import dk.omsorg.specialcase.internal.SpecialCaseStore;
import dk.omsorg.specialcase.internal.SpecialCaseTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Special 1:1 cases (seed 000 "Særlige borgere"): opened by a caseworker when the municipality's criteria are met,
 * with the citizen's contact caseworker, a status, a history and a follow-up task every few months. Reads and changes
 * are audited; another municipality's citizen or case is answered as not found; a stale version is 409.
 *
 * <p>For the offers and contract (same module): {@link #moveTo} and {@link #recordEvent} move the status and add to
 * the history; {@link #openCaseOf} tells whether a citizen has an open case.
 */
@Service
@Transactional
public class SpecialCases {

    static final String RESOURCE = "special-case";
    static final String FOLLOW_UP = "FOLLOW_UP";
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final SpecialCaseStore store;
    private final SpecialCasePolicies policies;
    private final SpecialCaseTasks tasks;
    private final Citizens citizens;
    private final Contacts contacts;
    private final Inquiries inquiries;
    private final Assessments assessments;
    private final FsiiiCatalog fsiii;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;

    SpecialCases(SpecialCaseStore store, SpecialCasePolicies policies, SpecialCaseTasks tasks, Citizens citizens,
                 Contacts contacts, Inquiries inquiries, Assessments assessments, FsiiiCatalog fsiii,
                 CurrentUsers users, AuditLog audit, Messages messages, Clock clock) {
        this.store = store;
        this.policies = policies;
        this.tasks = tasks;
        this.citizens = citizens;
        this.contacts = contacts;
        this.inquiries = inquiries;
        this.assessments = assessments;
        this.fsiii = fsiii;
        this.users = users;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** What opening gave: the case, or — for a need caused by respiration monitoring — a task for the coordinator. */
    public sealed interface Outcome {
    }

    public record Opened(SpecialCase specialCase) implements Outcome {
    }

    /** @param criterion the municipality's criterion, quoted to the caseworker */
    public record ReferredToCoordinator(String criterion) implements Outcome {
    }

    /**
     * A case with what its page shows.
     *
     * @param contactCaseworker the citizen's contact caseworker (username), or null
     * @param assessment        the citizen's latest FSIII assessment, or null when none
     */
    public record View(SpecialCase specialCase, String contactCaseworker, List<SpecialCaseEvent> history,
                       SpecialCasePolicy.Rules rules, SpecialCaseAssessment assessment) {
    }

    @RequireCaseworker
    public Outcome open(long citizenId, SpecialCaseOpening opening) {
        Citizen citizen = citizens.accessible(citizenId);
        LocalDate today = today();
        SpecialCasePolicy.Rules rules = rules(citizen.municipalityId(), today);
        List<Violation> violations = new ArrayList<>();
        if (opening.setting() == null) {
            violations.add(new Violation("setting", "specialCase.setting.required"));
        }
        if (opening.need() == null) {
            violations.add(new Violation("need", "specialCase.need.required"));
        } else if (opening.need().length() > 10000) {
            violations.add(new Violation("need", "specialCase.need.tooLong"));
        }
        if (opening.respirationCaused() == null) {
            violations.add(new Violation("respirationCaused", "specialCase.respiration.required"));
        }
        if (opening.informedOn() == null) {
            violations.add(new Violation("informedOn", "specialCase.informedOn.required"));
        } else if (opening.informedOn().isAfter(today)) {
            violations.add(new Violation("informedOn", "specialCase.informedOn.future"));
        }
        if (opening.inquiryId() != null) {
            try {
                if (inquiries.read(opening.inquiryId()).citizenId() != citizenId) {
                    violations.add(new Violation("inquiryId", "specialCase.inquiry.otherCitizen"));
                }
            } catch (NotFoundException e) {
                violations.add(new Violation("inquiryId", "specialCase.inquiry.otherCitizen"));
            }
        }
        if (opening.informedContactId() != null) {
            try {
                contacts.current(citizenId, opening.informedContactId());
            } catch (DomainException e) {
                violations.add(new Violation("informedContactId", "specialCase.informedContact.unknown"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        SpecialCaseCriteria.Result result = SpecialCaseCriteria.check(rules, opening);
        if (result instanceof SpecialCaseCriteria.Refused refused) {
            throw new InvalidInputException(refused.violations());
        }
        if (result instanceof SpecialCaseCriteria.ToCoordinator coordinator) {
            // seed 000: not a special case; the faglig koordinator is contacted. Nothing of the case is stored.
            tasks.respiration(citizen.municipalityId(), citizenId, today);
            audit.changed(AuditAction.CREATE, citizenId, RESOURCE, citizenId,
                    "særlig borgersag ikke oprettet: behovet skyldes respirationsovervågning, faglig koordinator orienteret");
            return new ReferredToCoordinator(coordinator.criterion());
        }
        String contactCaseworker = opening.contactCaseworker() != null ? opening.contactCaseworker()
                : users.current().username();
        if (!contactCaseworker.equals(citizen.contactCaseworker())) {
            // the citizen's contact caseworker is the case's: one fact (seed 000 "*skal fremgå … hvem det er")
            citizens.chooseContactCaseworker(citizenId, contactCaseworker, citizen.version());
        }
        String by = users.current().username();
        LocalDate next = today.plusMonths(rules.followUpMonths());
        long id = store.insert(citizen.municipalityId(), citizenId, opening, today, next, by, clock.instant())
                .orElseThrow(() -> new ConflictException("specialCase.alreadyOpen"));
        SpecialCase opened = store.find(citizen.municipalityId(), id).orElseThrow();
        store.addEvent(citizen.municipalityId(), id, "OPENED", messages.text("specialCase.event.opened",
                messages.text("specialCase.setting." + opening.setting()), shifts(opened),
                opening.informedContactId() == null ? messages.text("specialCase.informed.citizen")
                        : contacts.current(citizenId, opening.informedContactId()).name(),
                DAY.format(opening.informedOn())), by, clock.instant());
        tasks.followUp(opened, 1, contactCaseworker, next);
        audit.changed(AuditAction.CREATE, citizenId, RESOURCE, id, "særlig borgersag oprettet");
        return new Opened(opened);
    }

    /** The citizen's open case with its page's content, audited; empty when none is open. */
    @RequireCitizenAccess
    public Optional<View> openOf(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        audit.read(citizenId, RESOURCE, citizenId);
        return store.openOf(citizen.municipalityId(), citizenId).map(c -> view(c, citizen));
    }

    /** A case of the user's municipality, audited; another municipality's is not found. */
    @RequireCitizenAccess
    public View find(long caseId) {
        SpecialCase c = accessible(caseId);
        Citizen citizen = citizens.accessibleFor(c.citizenId(), "specialCase.notFound");
        audit.read(c.citizenId(), RESOURCE, caseId);
        return view(c, citizen);
    }

    /**
     * The citizen's open case, unaudited, for other modules' checks (the decision's warnings and provider rule, the
     * offers); the caller has checked access to the citizen.
     */
    @Transactional(readOnly = true)
    public Optional<SpecialCase> openCaseOf(int municipalityId, long citizenId) {
        return store.openOf(municipalityId, citizenId);
    }

    /** The case's rules in force today: its interventions, criteria and follow-up interval. */
    @Transactional(readOnly = true)
    public Optional<SpecialCasePolicy.Rules> rulesOn(int municipalityId, LocalDate day) {
        return policies.forMunicipality(municipalityId).flatMap(p -> p.on(day));
    }

    /**
     * Moves an open case forward (ASSESSMENT → OFFERS → CONTRACTED) and writes the history line, for the offers
     * and contract. To end a case use {@link #end}.
     *
     * @param version the version seen, or null when the caller holds no version (in its own checked transaction)
     * @param text    the history's Danish line, e.g. "Kontrakt indgået med …"; null for the standard line
     */
    public SpecialCase moveTo(long caseId, SpecialCaseStatus next, Integer version, String text) {
        SpecialCase c = accessible(caseId);
        if (next == SpecialCaseStatus.ENDED || !c.status().mayMoveTo(next)) {
            throw new InvalidInputException("status", "specialCase.status.notAllowed",
                    messages.text("specialCase.status." + c.status()), messages.text("specialCase.status." + next));
        }
        String by = users.current().username();
        if (!store.moveTo(c.municipalityId(), caseId, next, version, by, clock.instant())) {
            throw new ConflictException("specialCase.stale");
        }
        store.addEvent(c.municipalityId(), caseId, "STATUS", text != null && !text.isBlank() ? text.strip()
                : messages.text("specialCase.event.status", messages.text("specialCase.status." + next)), by, clock.instant());
        audit.changed(AuditAction.UPDATE, c.citizenId(), RESOURCE, caseId, "særlig borgersag: status " + next);
        return accessible(caseId);
    }

    /** Adds a Danish line to the case's history (kind in English, for filtering; the text is what is shown). */
    public void recordEvent(long caseId, String kind, String text) {
        SpecialCase c = accessible(caseId);
        if (text == null || text.isBlank() || text.length() > 10000) {
            throw new InvalidInputException("text", "specialCase.event.text");
        }
        store.addEvent(c.municipalityId(), caseId, kind, text.strip(), users.current().username(), clock.instant());
        audit.changed(AuditAction.UPDATE, c.citizenId(), RESOURCE, caseId, "særlig borgersag: historik");
    }

    /** Ends the case with a reason; the open follow-up task is cancelled. */
    @RequireCaseworker
    public SpecialCase end(long caseId, String reason, Integer version) {
        SpecialCase c = accessible(caseId);
        citizens.accessibleFor(c.citizenId(), "specialCase.notFound");
        if (reason == null || reason.isBlank() || reason.length() > 10000) {
            throw new InvalidInputException("reason", "specialCase.end.reason");
        }
        String by = users.current().username();
        if (version == null || !store.end(c.municipalityId(), caseId, today(), reason.strip(), version, by, clock.instant())) {
            throw new ConflictException("specialCase.stale");
        }
        store.addEvent(c.municipalityId(), caseId, "ENDED", messages.text("specialCase.event.ended", reason.strip()),
                by, clock.instant());
        tasks.followUpCancelled(c, followUpRound(c), by);
        audit.changed(AuditAction.UPDATE, c.citizenId(), RESOURCE, caseId, "særlig borgersag afsluttet");
        return accessible(caseId);
    }

    /**
     * Records the contact caseworker's follow-up (seed 000: "Visitator følger op på sagerne hver 3. måned"): its task
     * closes as done and the next, the policy's months later, opens.
     */
    @RequireCaseworker
    public SpecialCase recordFollowUp(long caseId, String note, Integer version) {
        SpecialCase c = accessible(caseId);
        Citizen citizen = citizens.accessibleFor(c.citizenId(), "specialCase.notFound");
        if (note == null || note.isBlank() || note.length() > 10000) {
            throw new InvalidInputException("note", "specialCase.followUp.note");
        }
        LocalDate today = today();
        LocalDate next = today.plusMonths(rules(c.municipalityId(), today).followUpMonths());
        String by = users.current().username();
        if (version == null || !store.nextFollowUp(c.municipalityId(), caseId, next, version, by, clock.instant())) {
            throw new ConflictException("specialCase.stale");
        }
        int round = followUpRound(c);
        store.addEvent(c.municipalityId(), caseId, FOLLOW_UP,
                messages.text("specialCase.event.followUp", note.strip(), DAY.format(next)), by, clock.instant());
        tasks.followUpDone(c, round, by);
        tasks.followUp(c, round + 1, citizen.contactCaseworker(), next);
        audit.changed(AuditAction.UPDATE, c.citizenId(), RESOURCE, caseId, "opfølgning på særlig borgersag");
        return accessible(caseId);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DanishTime.ZONE);
    }

    /** The open follow-up's round: one more than the follow-ups recorded (the first is opened with the case). */
    private int followUpRound(SpecialCase c) {
        return store.countEvents(c.municipalityId(), c.id(), FOLLOW_UP) + 1;
    }

    private SpecialCase accessible(long caseId) {
        return store.find(users.current().municipalityId(), caseId)
                .orElseThrow(() -> new NotFoundException("specialCase.notFound"));
    }

    private SpecialCasePolicy.Rules rules(int municipalityId, LocalDate day) {
        return rulesOn(municipalityId, day).orElseThrow(() -> new InvalidInputException(null, "specialCase.policy.missing"));
    }

    private View view(SpecialCase c, Citizen citizen) {
        SpecialCaseAssessment assessment = assessments.history(c.citizenId()).stream().findFirst()
                .map((Assessment a) -> SpecialCaseAssessment.of(a, fsiii)).orElse(null);
        return new View(c, citizen.contactCaseworker(), store.events(c.municipalityId(), c.id()),
                rulesOn(c.municipalityId(), c.openedOn()).orElse(null), assessment);
    }

    private String shifts(SpecialCase c) {
        return c.shifts().stream().sorted().map(s -> messages.text("specialCase.shift." + s))
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
