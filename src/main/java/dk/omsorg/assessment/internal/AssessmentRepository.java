package dk.omsorg.assessment.internal;

import dk.omsorg.assessment.Assessment;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

public interface AssessmentRepository extends ListCrudRepository<Assessment, Long> {

    /** Newest first; two assessments on the same day in the order they were recorded, latest first. */
    List<Assessment> findByMunicipalityIdAndCitizenIdOrderByAssessedOnDescIdDesc(int municipalityId, long citizenId);
}
