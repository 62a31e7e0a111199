package dk.omsorg.catalog;

import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.shared.NotFoundException;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * "What can a citizen with these scores get?": the interventions of the catalogue in force whose
 * allocation criteria the scores meet, and those that need a concrete assessment.
 */
@Service
public class EligibleInterventions {

    private final Catalogs catalogs;
    private final FsiiiCatalog fsiii;

    EligibleInterventions(Catalogs catalogs, FsiiiCatalog fsiii) {
        this.catalogs = catalogs;
        this.fsiii = fsiii;
    }

    /**
     * @throws NotFoundException     when the municipality has no catalogue in force on {@code on}
     * @throws dk.omsorg.shared.InvalidInputException when a score is not a state's score 0–4 or 9
     */
    public Eligibility forScores(int municipalityId, LocalDate on, Map<UUID, Integer> scores) {
        CitizenScores.check(scores, fsiii, "scores");
        Catalog catalog = catalogs.inForce(municipalityId, on)
                .orElseThrow(() -> new NotFoundException("catalog.notInForce", municipalityId, on));
        return of(catalog, scores == null ? Map.of() : scores);
    }

    /** The catalogue's interventions read against the scores; without Spring. */
    public static Eligibility of(Catalog catalog, Map<UUID, Integer> scores) {
        return new Eligibility(catalog, catalog.areas().stream()
                .map(area -> new Eligibility.AreaEligibility(area, area.interventions().stream()
                        .map(i -> new Eligibility.InterventionEligibility(i, CriteriaEvaluation.of(i, scores)))
                        .toList()))
                .toList());
    }
}
