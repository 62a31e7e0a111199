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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Recording, correcting, completing and reading VUM 2.0 assessments. As with FSIII assessments a user reaches only
 * their own municipality's citizens (another municipality's answers as not found, audited), and every read and
 * change is audited in the same transaction.
 */
@Service
public class VumAssessments {

    static final String RESOURCE = "vum-udredning";

    private final VumRepository repository;
    private final VumReference reference;
    private final Citizens citizens;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    VumAssessments(VumRepository repository, VumReference reference, Citizens citizens, CurrentUsers users,
                   AuditLog audit, Clock clock) {
        this.repository = repository;
        this.reference = reference;
        this.citizens = citizens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @RequireCaseworker
    @Transactional
    public VumAssessment record(long citizenId, VumAssessment.Draft draft) {
        Citizen citizen = citizens.accessible(citizenId);
        VumRules.check(draft, reference, today(), citizen.birthDate());
        Instant now = clock.instant();
        String user = users.current().username();
        VumAssessment a = new VumAssessment(0, citizenId, citizen.municipalityId(), draft.assessedOn(),
                draft.complete() ? VumAssessment.Status.COMPLETED : VumAssessment.Status.DRAFT, list(draft.themes()),
                list(draft.statements()), draft.overallAssessment(), draft.complete() ? now : null,
                draft.complete() ? user : null, now, user, now, user, 0);
        long id = repository.insert(a);
        audit.changed(AuditAction.CREATE, citizenId, RESOURCE, id,
                draft.complete() ? "udredning oprettet og afsluttet" : "udredning oprettet som kladde");
        return repository.find(id).orElseThrow();
    }

    /**
     * Corrects a draft, and completes it when {@code draft.complete()}. A completed assessment is not changed; a
     * correction to an outdated version is refused with {@link OptimisticLockingFailureException} (409).
     */
    @RequireCaseworker
    @Transactional
    public VumAssessment correct(long id, Integer loadedVersion, VumAssessment.Draft draft) {
        VumAssessment old = accessible(id);
        if (loadedVersion == null) {
            throw new InvalidInputException("version", "vum.version.required");
        }
        if (old.version() != loadedVersion) {
            throw new OptimisticLockingFailureException("VUM assessment " + id + " is at version " + old.version());
        }
        if (old.status() == VumAssessment.Status.COMPLETED) {
            throw new InvalidInputException("status", "vum.completed");
        }
        Citizen citizen = citizens.accessible(old.citizenId());
        VumRules.check(draft, reference, today(), citizen.birthDate());
        Instant now = clock.instant();
        String user = users.current().username();
        VumAssessment a = new VumAssessment(id, old.citizenId(), old.municipalityId(), draft.assessedOn(),
                draft.complete() ? VumAssessment.Status.COMPLETED : VumAssessment.Status.DRAFT, list(draft.themes()),
                list(draft.statements()), draft.overallAssessment(), draft.complete() ? now : null,
                draft.complete() ? user : null, old.createdAt(), old.createdBy(), now, user, old.version());
        if (!repository.update(a, loadedVersion)) {
            throw new OptimisticLockingFailureException("VUM assessment " + id + " changed while being corrected");
        }
        audit.changed(AuditAction.UPDATE, old.citizenId(), RESOURCE, id,
                draft.complete() ? "udredning afsluttet" : "udredning rettet");
        return repository.find(id).orElseThrow();
    }

    @RequireCitizenAccess
    @Transactional
    public VumAssessment read(long id) {
        VumAssessment a = accessible(id);
        audit.read(a.citizenId(), RESOURCE, id);
        return a;
    }

    /** The citizen's VUM assessments, newest first. */
    @RequireCitizenAccess
    @Transactional
    public List<VumAssessment> history(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        List<VumAssessment> all = repository.ofCitizen(citizen.municipalityId(), citizenId);
        all.forEach(a -> audit.read(citizenId, RESOURCE, a.id()));
        return all;
    }

    private VumAssessment accessible(long id) {
        VumAssessment a = repository.find(id).orElseThrow(() -> new NotFoundException("vum.notFound"));
        citizens.accessibleFor(a.citizenId(), "vum.notFound");
        return a;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static <T> List<T> list(List<T> in) {
        return in == null ? List.of() : List.copyOf(in);
    }
}
