package dk.omsorg.catalog.api;

import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.catalog.Catalog;
import dk.omsorg.catalog.Catalogs;
import dk.omsorg.catalog.CitizenScores;
import dk.omsorg.catalog.CriterionCheck;
import dk.omsorg.catalog.Eligibility;
import dk.omsorg.catalog.EligibleInterventions;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The municipalities' quality standards. A catalogue is public, politically adopted reference
 * data, not citizen data: any municipality's may be read, and reads are not audited.
 */
@RestController
@RequestMapping("/api/v1/catalogs")
@Tag(name = "Kvalitetsstandarder", description = "Quality-standard catalogues: areas, interventions, criteria, limits")
class CatalogApi {

    private final Catalogs catalogs;
    private final EligibleInterventions eligibleInterventions;
    private final FsiiiCatalog fsiii;
    private final Clock clock;

    CatalogApi(Catalogs catalogs, EligibleInterventions eligibleInterventions, FsiiiCatalog fsiii, Clock clock) {
        this.catalogs = catalogs;
        this.eligibleInterventions = eligibleInterventions;
        this.fsiii = fsiii;
        this.clock = clock;
    }

    @GetMapping("/{municipalityCode}")
    @RequireCitizenAccess
    @Operation(summary = "The catalogue in force on a day (default today)")
    CatalogDto inForce(@PathVariable int municipalityCode,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        LocalDate day = on != null ? on : LocalDate.now(clock);
        return catalogs.inForce(municipalityCode, day).map(CatalogDto::of)
                .orElseThrow(() -> new NotFoundException("catalog.notInForce", municipalityCode, day));
    }

    @GetMapping("/{municipalityCode}/versions")
    @RequireCitizenAccess
    @Operation(summary = "All versions of the municipality's catalogue, oldest first (empty when it has none)")
    List<VersionDto> versions(@PathVariable int municipalityCode) {
        LocalDate today = LocalDate.now(clock);
        return catalogs.versions(municipalityCode).stream().map(c -> VersionDto.of(c, today)).toList();
    }

    @PostMapping("/{municipalityCode}/eligibility")
    @RequireCitizenAccess
    @Operation(summary = "Which interventions' criteria the scores meet: scores by FSIII state UUID, 0–4 or 9")
    EligibilityDto eligibility(@PathVariable int municipalityCode, @RequestBody EligibilityRequest body) {
        LocalDate day = body.on() != null ? body.on() : LocalDate.now(clock);
        Eligibility eligibility = eligibleInterventions.forScores(municipalityCode, day,
                CitizenScores.parse(body.scores(), fsiii, "scores"));
        return EligibilityDto.of(eligibility, day);
    }

    record VersionDto(String version, LocalDate validFrom, LocalDate validTo, String source, String shape, boolean inForceToday) {
        static VersionDto of(Catalog c, LocalDate today) {
            return new VersionDto(c.version(), c.validFrom(), c.validTo(), c.source(), c.shape().name(), c.covers(today));
        }
    }

    /**
     * @param on     the day whose catalogue applies; today when left out
     * @param scores FSIII functional-ability state UUID → score 0–4 or 9; a state left out (or null) is not assessed
     */
    record EligibilityRequest(LocalDate on, Map<String, Integer> scores) {
    }

    record EligibilityDto(int municipalityCode, String version, LocalDate on, List<AreaDto> areas) {
        static EligibilityDto of(Eligibility e, LocalDate on) {
            return new EligibilityDto(e.catalog().municipalityId(), e.catalog().version(), on, e.areas().stream()
                    .filter(a -> !a.eligible().isEmpty() || !a.needingAssessment().isEmpty())
                    .map(a -> new AreaDto(a.area().code(), a.area().name(),
                            a.eligible().stream().map(InterventionDto::of).toList(),
                            a.needingAssessment().stream().map(InterventionDto::of).toList()))
                    .toList());
        }
    }

    /**
     * @param eligible        the interventions whose FSIII criteria the scores meet
     * @param needsAssessment those that need a concrete assessment: no criteria on scores, or an
     *                        alternative route when the scores do not meet them
     */
    record AreaDto(String code, String name, List<InterventionDto> eligible, List<InterventionDto> needsAssessment) {
    }

    /**
     * @param outcome MET, NOT_MET or NOT_SCORED (the standard states no criteria on FSIII scores)
     * @param checks  each criterion read against the scores, in Danish
     */
    record InterventionDto(String code, String name, String outcome, String criteriaText, String alternative,
                           List<String> checks) {
        static InterventionDto of(Eligibility.InterventionEligibility i) {
            var criteria = i.intervention().criteria();
            return new InterventionDto(i.intervention().code(), i.intervention().name(), i.evaluation().outcome().name(),
                    criteria == null ? null : criteria.text(), criteria == null ? null : criteria.alternative(),
                    i.evaluation().checks().stream().map(CriterionCheck::explain).toList());
        }
    }
}
