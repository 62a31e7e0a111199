package dk.omsorg.followup;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.catalog.DanishText;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.citizen.CprNumber;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.Decisions;
import dk.omsorg.followup.FollowUpRule.CaseworkerInterval;
import dk.omsorg.followup.FollowUpRule.LongWithoutFollowUp;
import dk.omsorg.followup.internal.FollowUpRepository;
import dk.omsorg.followup.internal.FollowUpRepository.NewFollowUp;
import dk.omsorg.followup.internal.FollowUpTasks;
import dk.omsorg.followup.internal.GrantFactsReader;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.security.RequireQueueManagement;
import dk.omsorg.security.Role;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.security.StaffUser;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The follow-up work (opfølgning): a caseworker's queue (a coordinator or leader may open anyone's in the
 * municipality), a citizen's follow-ups, completing one with its FSIII result (which schedules the next), the
 * caseworker's interval (½–3 years, seed 003) and reassigning. Only the user's own municipality: another's
 * follow-up is refused (403) and the attempt audited. Every citizen shown and every change is audited; a broken
 * rule changes nothing.
 */
@Service
@Transactional
public class FollowUps {

    static final String RESOURCE = "follow-up";
    static final int MAX_NOTE = 4000;

    private final FollowUpRepository followUps;
    private final FollowUpRules rules;
    private final GrantFactsReader facts;
    private final Decisions decisions;
    private final Citizens citizens;
    private final StaffDirectory staff;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;
    private final FollowUpTasks tasks;

    FollowUps(FollowUpRepository followUps, FollowUpRules rules, GrantFactsReader facts, Decisions decisions,
              Citizens citizens, StaffDirectory staff, CurrentUsers users, AuditLog audit, Clock clock,
              FollowUpTasks tasks) {
        this.followUps = followUps;
        this.rules = rules;
        this.facts = facts;
        this.decisions = decisions;
        this.citizens = citizens;
        this.staff = staff;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.tasks = tasks;
    }

    /** A queue and whose it is. */
    public record Queue(String caseworker, boolean all, int dueSoonDays, Integer longWithoutYears, List<QueueLine> lines) {
    }

    /**
     * The caseworker's open follow-ups: citizens not followed up for the rule's years (seed 001) first, then by due
     * day; unless {@code all}, only those overdue, due within the municipality's days, or long without. The user's
     * own queue when {@code caseworker} is empty; another's only for a coordinator or leader (else 403, audited).
     */
    @RequireCitizenAccess
    @Transactional
    public Queue queue(String caseworker, boolean all) {
        CurrentUser user = users.current();
        String whose = caseworker == null || caseworker.isBlank() ? user.username() : caseworker.strip();
        if (!whose.equals(user.username()) && !user.is(Role.COORDINATOR) && !user.is(Role.LEADER)) {
            audit.denied(null, "follow-up-queue", whose);
            throw new AccessDeniedException("Only a coordinator or leader sees another caseworker's follow-ups");
        }
        if (!whose.equals(user.username()) && staff.find(whose).filter(s -> s.role() == Role.CASEWORKER
                && s.municipalityId() == user.municipalityId()).isEmpty()) {
            // a caseworker of another municipality reads as one that does not exist: no empty queue that tells apart
            throw new NotFoundException("followUp.caseworker.unknown", whose);
        }
        LocalDate today = today();
        Optional<MunicipalityFollowUp> municipality = rules.forMunicipality(user.municipalityId());
        int dueSoonDays = municipality.map(MunicipalityFollowUp::dueSoonDays).orElse(14);
        Integer years = municipality.flatMap(m -> m.inForce(LongWithoutFollowUp.class, today))
                .map(LongWithoutFollowUp::years).orElse(null);
        List<QueueLine> lines = followUps.queue(user.municipalityId(), whose, today.plusDays(dueSoonDays),
                        years == null ? null : today.minusYears(years), all).stream()
                .map(r -> new QueueLine(r.followUp(), r.citizenName(), CprNumber.of(r.cprNumber()).formatted(),
                        r.lastFollowUpOn(), r.firstGrantOn(), r.longWithout(),
                        QueueLine.Urgency.of(r.followUp().dueOn(), today, dueSoonDays)))
                .toList();
        lines.forEach(l -> audit.read(l.followUp().citizenId(), RESOURCE, l.followUp().id()));
        return new Queue(whose, all, dueSoonDays, years, lines);
    }

    /** The caseworkers of the user's municipality, for choosing whose queue to see or to whom to reassign. */
    @RequireCitizenAccess
    @Transactional(readOnly = true)
    public List<StaffUser> caseworkers() {
        return staff.withRole(users.current().municipalityId(), Role.CASEWORKER);
    }

    /** The citizen's follow-ups: open ones by due day, then those completed, newest first. */
    @RequireCitizenAccess
    public List<FollowUp> forCitizen(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        List<FollowUp> all = followUps.forCitizen(citizen.municipalityId(), citizenId);
        audit.read(citizenId, RESOURCE, null);
        return all;
    }

    @RequireCitizenAccess
    public FollowUp read(long id) {
        FollowUp followUp = accessible(id);
        audit.read(followUp.citizenId(), RESOURCE, id);
        return followUp;
    }

    /** The completed follow-up and the next one it scheduled, if any. */
    public record Completion(FollowUp completed, FollowUp next) {
    }

    /**
     * Completes an open follow-up with its FSIII result ("CONTINUE" or KL's code "E1" …) and an optional note;
     * schedules the next by the rule ({@link FollowUpSchedule#next}).
     *
     * @throws InvalidInputException             unknown result, no version, a note too long
     * @throws ConflictException                 already completed, or cancelled
     * @throws OptimisticLockingFailureException changed since {@code version} was read
     */
    @RequireCaseworker
    public Completion complete(long id, String resultText, String note, Integer version) {
        FollowUp followUp = accessible(id);
        if (version == null) {
            throw new InvalidInputException("version", "followUp.version.required");
        }
        FollowUpResult result = resultText == null || resultText.isBlank()
                ? null : FollowUpResult.parse(resultText).orElse(null);
        if (result == null) {
            throw new InvalidInputException("result", resultText == null || resultText.isBlank()
                    ? "followUp.result.required" : "followUp.result.unknown", resultText);
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE) {
            throw new InvalidInputException("note", "followUp.note.tooLong", MAX_NOTE);
        }
        requireOpen(followUp);
        CurrentUser user = users.current();
        Instant now = Instant.now(clock);
        LocalDate today = today();
        if (!followUps.complete(id, version, result, text, today, now, user.username())) {
            throw stale(followUp, version);
        }
        audit.changed(AuditAction.UPDATE, followUp.citizenId(), RESOURCE, id,
                "opfølgning afsluttet: " + result.danishName() + " (" + result.code() + ")");
        tasks.done(followUp, user.username());
        FollowUp next = scheduleNext(followUp, result, today, now, user).orElse(null);
        return new Completion(followUps.find(id).orElseThrow(), next);
    }

    /**
     * Sets the caseworker's interval of a follow-up under {@link RuleKind#CASEWORKER_INTERVAL}: the due day moves
     * to {@code months} after the day the interval counts from. Seed 003: between ½ and 3 years (the rule's
     * months; exactly 6 and 36 are allowed).
     */
    @RequireCaseworker
    public FollowUp setInterval(long id, Integer months, Integer version) {
        FollowUp followUp = accessible(id);
        if (version == null) {
            throw new InvalidInputException("version", "followUp.version.required");
        }
        if (months == null) {
            throw new InvalidInputException("months", "followUp.interval.required");
        }
        if (followUp.rule() != RuleKind.CASEWORKER_INTERVAL) {
            throw new InvalidInputException("months", "followUp.interval.setByRule", ruleName(followUp.rule()));
        }
        CaseworkerInterval rule = rules.forMunicipality(followUp.municipalityId())
                .flatMap(m -> m.inForce(CaseworkerInterval.class, today()))
                .orElseThrow(() -> new InvalidInputException("months", "followUp.interval.noRule"));
        if (!rule.allows(months)) {
            throw new InvalidInputException("months", "followUp.interval.outOfRange", rule.minMonths(), rule.maxMonths(), months);
        }
        requireOpen(followUp);
        LocalDate dueOn = followUp.baseOn().plusMonths(months);
        if (!followUps.setInterval(id, version, months, dueOn, Instant.now(clock), users.current().username())) {
            throw stale(followUp, version);
        }
        audit.changed(AuditAction.UPDATE, followUp.citizenId(), RESOURCE, id, "opfølgningsinterval sat til " + months + " måneder");
        tasks.requested(List.of(id));
        return followUps.find(id).orElseThrow();
    }

    /** Gives an open follow-up to another caseworker of the municipality (coordinator, leader). */
    @RequireQueueManagement
    public FollowUp reassign(long id, String caseworker, Integer version) {
        FollowUp followUp = accessible(id);
        if (version == null) {
            throw new InvalidInputException("version", "followUp.version.required");
        }
        CurrentUser user = users.current();
        String username = caseworker == null ? "" : caseworker.strip();
        boolean known = staff.find(username).filter(s -> s.enabled() && s.role() == Role.CASEWORKER
                && s.municipalityId() == user.municipalityId()).isPresent();
        if (!known) {
            throw new InvalidInputException("caseworker", "followUp.caseworker.unknown", username);
        }
        requireOpen(followUp);
        if (!followUps.reassign(id, version, username, Instant.now(clock), user.username())) {
            throw stale(followUp, version);
        }
        audit.changed(AuditAction.UPDATE, followUp.citizenId(), RESOURCE, id, "opfølgning overdraget");
        tasks.requested(List.of(id));
        return followUps.find(id).orElseThrow();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(DanishTime.ZONE));
    }

    private Optional<FollowUp> scheduleNext(FollowUp done, FollowUpResult result, LocalDate today, Instant now,
                                            CurrentUser user) {
        MunicipalityFollowUp municipality = rules.forMunicipality(done.municipalityId()).orElse(null);
        if (municipality == null) {
            return Optional.empty();
        }
        List<Decision> all = decisions.storedForCitizen(done.municipalityId(), done.citizenId());
        Optional<Decision> current = all.stream().filter(Decision::isCurrent)
                .filter(d -> d.grant(done.grantKey()).isPresent()).findFirst();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Decision decision = current.get();
        GrantFacts grant = facts.facts(decision, decision.grant(done.grantKey()).orElseThrow(), all);
        return FollowUpSchedule.next(municipality, done.rule(), done.intervalMonths(), result, grant, today)
                .flatMap(due -> followUps.insert(new NewFollowUp(done.municipalityId(), done.citizenId(), decision.id(),
                        done.grantKey(), done.interventionName(), due.rule(), due.source(), due.baseOn(),
                        due.intervalMonths(), due.dueOn(), done.caseworker(), done.id()), now, user.username()))
                .map(nextId -> {
                    audit.changed(AuditAction.CREATE, done.citizenId(), RESOURCE, nextId, "næste opfølgning planlagt");
                    tasks.requested(List.of(nextId));
                    return followUps.find(nextId).orElseThrow();
                });
    }

    private FollowUp accessible(long id) {
        FollowUp followUp = followUps.find(id).orElseThrow(() -> new NotFoundException("followUp.notFound"));
        // refuses (403) and audits a follow-up of another municipality's citizen
        citizens.accessibleFor(followUp.citizenId(), "followUp.notFound");
        return followUp;
    }

    private static void requireOpen(FollowUp followUp) {
        if (followUp.status() == FollowUp.Status.COMPLETED) {
            throw new ConflictException("followUp.alreadyCompleted", DanishText.date(followUp.completedOn()), followUp.completedBy());
        }
        if (followUp.status() == FollowUp.Status.CANCELLED) {
            throw new ConflictException("followUp.cancelled");
        }
    }

    private static OptimisticLockingFailureException stale(FollowUp followUp, int version) {
        return new OptimisticLockingFailureException("Follow-up " + followUp.id() + " is at version "
                + followUp.version() + ", the change was made to version " + version);
    }

    private static String ruleName(RuleKind rule) {
        return switch (rule) {
            case AFTER_REHABILITATION -> "opfølgning efter rehabiliteringsforløb";
            case SPECIAL_CASE -> "særlig borgersag";
            case CASEWORKER_INTERVAL -> "visitators interval";
            case TEMPORARY_END -> "midlertidig bevilling udløber";
        };
    }
}
