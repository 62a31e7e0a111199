package dk.omsorg.vum;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import dk.omsorg.vum.internal.VumRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Handleplans (serviceloven § 141): created with 1–2 goals per course, offered to the citizen, and changed only by
 * adding a new version — the old versions are kept, so what the citizen was offered and accepted can always be
 * shown. Audited and limited to the user's municipality like the assessments.
 */
@Service
public class ActionPlans {

    static final String RESOURCE = "handleplan";

    private final VumRepository repository;
    private final Citizens citizens;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    ActionPlans(VumRepository repository, Citizens citizens, CurrentUsers users, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.citizens = citizens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @RequireCaseworker
    @Transactional
    public ActionPlan create(long citizenId, ActionPlan.Draft draft) {
        Citizen citizen = citizens.accessible(citizenId);
        VumRules.check(draft, LocalDate.now(clock));
        if (draft.vumAssessmentId() != null && repository.find(draft.vumAssessmentId())
                .filter(a -> a.citizenId() == citizenId).isEmpty()) {
            throw new InvalidInputException("vumAssessmentId", "actionPlan.assessment.unknown");
        }
        long id = repository.insertPlan(citizen.municipalityId(), citizenId, draft.vumAssessmentId());
        repository.insertVersion(id, version(0, draft));
        audit.changed(AuditAction.CREATE, citizenId, RESOURCE, id, "handleplan oprettet");
        return repository.findPlan(id).orElseThrow();
    }

    /** A new version of the plan; refused with 409 when {@code loadedVersion} is no longer the current one. */
    @RequireCaseworker
    @Transactional
    public ActionPlan revise(long id, Integer loadedVersion, ActionPlan.Draft draft) {
        ActionPlan plan = accessible(id);
        if (loadedVersion == null) {
            throw new InvalidInputException("version", "actionPlan.version.required");
        }
        VumRules.check(draft, LocalDate.now(clock));
        if (!repository.advance(id, loadedVersion)) {
            throw new OptimisticLockingFailureException("Action plan " + id + " is no longer at version " + loadedVersion);
        }
        repository.insertVersion(id, version(loadedVersion + 1, draft));
        audit.changed(AuditAction.UPDATE, plan.citizenId(), RESOURCE, id, "handleplan ændret, version " + (loadedVersion + 1));
        return repository.findPlan(id).orElseThrow();
    }

    @RequireCitizenAccess
    @Transactional
    public ActionPlan read(long id) {
        ActionPlan plan = accessible(id);
        audit.read(plan.citizenId(), RESOURCE, id);
        return plan;
    }

    @RequireCitizenAccess
    @Transactional
    public List<ActionPlan> ofCitizen(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        List<ActionPlan> plans = repository.plansOf(citizen.municipalityId(), citizenId);
        plans.forEach(p -> audit.read(citizenId, RESOURCE, p.id()));
        return plans;
    }

    private ActionPlan accessible(long id) {
        ActionPlan plan = repository.findPlan(id).orElseThrow(() -> new NotFoundException("actionPlan.notFound"));
        citizens.accessibleFor(plan.citizenId(), "actionPlan.notFound");
        return plan;
    }

    private ActionPlan.Version version(int number, ActionPlan.Draft d) {
        return new ActionPlan.Version(number, d.course().strip(), List.copyOf(d.goals()),
                d.reviewDates() == null ? List.of() : d.reviewDates().stream().sorted().toList(), d.offeredOn(),
                d.response(), d.respondedOn(), clock.instant(), users.current().username());
    }
}
