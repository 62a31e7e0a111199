package dk.omsorg.assessment;

import dk.omsorg.assessment.internal.AssessmentRepository;
import dk.omsorg.assessment.internal.InquiryLinks;
import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Recording, correcting and reading assessments. A user reaches only the assessments of their own
 * municipality's citizens (a refusal is audited by {@link Citizens#accessible}); every read and
 * change is audited in the same transaction.
 */
@Service
public class Assessments {

    private static final String RESOURCE = "assessment";

    private final AssessmentRepository assessments;
    private final FsiiiCatalog catalog;
    private final Citizens citizens;
    private final InquiryLinks inquiries;
    private final AuditLog audit;
    private final Clock clock;

    Assessments(AssessmentRepository assessments, FsiiiCatalog catalog, Citizens citizens, InquiryLinks inquiries,
                AuditLog audit, Clock clock) {
        this.assessments = assessments;
        this.catalog = catalog;
        this.citizens = citizens;
        this.inquiries = inquiries;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a new assessment of the citizen, optionally for one of the citizen's inquiries.
     * Every rule is checked before anything is stored.
     */
    @RequireCaseworker
    @Transactional
    public Assessment record(long citizenId, Long inquiryId, AssessmentDraft draft) {
        Citizen citizen = citizens.accessible(citizenId);
        if (inquiryId != null && !inquiries.citizenOf(inquiryId).map(c -> c == citizenId).orElse(false)) {
            throw new InvalidInputException("inquiryId", "assessment.inquiry.unknown", String.valueOf(inquiryId));
        }
        dk.omsorg.shared.InputLimits.beforeBirth("assessedOn", draft.assessedOn(), citizen.birthDate())
                .ifPresent(v -> { throw new InvalidInputException(List.of(v)); });
        Assessment assessment = Assessment.record(citizenId, citizen.municipalityId(), inquiryId, draft, catalog,
                today());
        assessment = assessments.save(assessment);
        audit.changed(AuditAction.CREATE, citizenId, RESOURCE, assessment.id(), "vurdering oprettet");
        return assessment;
    }

    /**
     * Corrects an assessment. {@code loadedVersion} is the version the caseworker saw; if someone
     * else has saved since, the correction is refused with {@link OptimisticLockingFailureException}
     * rather than silently overwriting their change.
     */
    @RequireCaseworker
    @Transactional
    public Assessment correct(long assessmentId, Integer loadedVersion, AssessmentDraft draft) {
        Assessment assessment = accessible(assessmentId);
        if (loadedVersion == null) {
            throw new InvalidInputException("version", "assessment.version.required");
        }
        if (!Objects.equals(assessment.version(), loadedVersion)) {
            throw new OptimisticLockingFailureException("Assessment " + assessmentId + " is at version "
                    + assessment.version() + ", the correction was made to version " + loadedVersion);
        }
        assessment.correct(draft, catalog, today());
        assessment = assessments.save(assessment);
        audit.changed(AuditAction.UPDATE, assessment.citizenId(), RESOURCE, assessment.id(), "vurdering rettet");
        return assessment;
    }

    /** One assessment, for display. */
    @RequireCitizenAccess
    @Transactional
    public Assessment read(long assessmentId) {
        Assessment assessment = accessible(assessmentId);
        audit.read(assessment.citizenId(), RESOURCE, assessment.id());
        return assessment;
    }

    /** The citizen's assessments, newest first. */
    @RequireCitizenAccess
    @Transactional
    public List<Assessment> history(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        List<Assessment> history = assessments
                .findByMunicipalityIdAndCitizenIdOrderByAssessedOnDescIdDesc(citizen.municipalityId(), citizenId);
        history.forEach(a -> audit.read(citizenId, RESOURCE, a.id()));
        return history;
    }

    /** The citizen's history with the latest assessment's scores compared to the previous one's. */
    @RequireCitizenAccess
    @Transactional
    public AssessmentOverview overview(long citizenId) {
        return AssessmentOverview.of(history(citizenId), catalog);
    }

    private Assessment accessible(long assessmentId) {
        Assessment assessment = assessments.findById(assessmentId)
                .orElseThrow(() -> new NotFoundException("assessment.notFound"));
        // Refuses (and audits) when the citizen belongs to another municipality.
        citizens.accessibleFor(assessment.citizenId(), "assessment.notFound");
        return assessment;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
