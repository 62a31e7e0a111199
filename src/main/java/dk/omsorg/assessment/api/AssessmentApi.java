package dk.omsorg.assessment.api;

import dk.omsorg.assessment.Assessment;
import dk.omsorg.assessment.AssessmentDraft;
import dk.omsorg.assessment.Assessments;
import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.assessment.HealthConditionStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Assessments over REST. Errors are problem details with a Danish {@code detail} and the fields
 * in error ({@code abilityScores[<code>]}, {@code healthConditions[<code>].note}, …); a
 * correction made to an outdated version is answered with 409.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Vurderinger", description = "FSIII assessments of the caller's municipality's citizens")
class AssessmentApi {

    private final Assessments assessments;
    private final FsiiiCatalog catalog;

    AssessmentApi(Assessments assessments, FsiiiCatalog catalog) {
        this.assessments = assessments;
        this.catalog = catalog;
    }

    @GetMapping("/citizens/{citizenId}/assessments")
    @Operation(summary = "The citizen's assessments, newest first; 403 for a citizen of another municipality")
    List<AssessmentDto> history(@PathVariable long citizenId) {
        return assessments.history(citizenId).stream().map(this::dto).toList();
    }

    @PostMapping("/citizens/{citizenId}/assessments")
    @Operation(summary = "Record a new assessment (visitator)")
    ResponseEntity<AssessmentDto> record(@PathVariable long citizenId, @RequestBody NewAssessment body) {
        Assessment assessment = assessments.record(citizenId, body.inquiryId(), body.draft());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/assessments/{id}").buildAndExpand(assessment.id()).toUri();
        return ResponseEntity.created(location).body(dto(assessment));
    }

    @GetMapping("/assessments/{id}")
    @Operation(summary = "One assessment")
    AssessmentDto get(@PathVariable long id) {
        return dto(assessments.read(id));
    }

    @PutMapping("/assessments/{id}")
    @Operation(summary = "Correct an assessment (visitator); 409 when it changed since `version` was read")
    AssessmentDto correct(@PathVariable long id, @RequestBody AssessmentCorrection body) {
        return dto(assessments.correct(id, body.version(), body.draft()));
    }

    private AssessmentDto dto(Assessment a) {
        Map<UUID, Integer> scores = new LinkedHashMap<>();
        a.abilityScores().stream()
                .sorted((x, y) -> compare(x.stateCode(), y.stateCode()))
                .forEach(s -> scores.put(s.stateCode(), s.score()));
        Map<UUID, Integer> expected = new LinkedHashMap<>();
        a.abilityScores().stream()
                .filter(s -> s.expectedLevel() != null)
                .sorted((x, y) -> compare(x.stateCode(), y.stateCode()))
                .forEach(s -> expected.put(s.stateCode(), s.expectedLevel()));
        Map<UUID, HealthCondition> conditions = new LinkedHashMap<>();
        a.healthConditions().stream()
                .sorted((x, y) -> compare(x.conditionCode(), y.conditionCode()))
                .forEach(c -> conditions.put(c.conditionCode(), new HealthCondition(c.status(), c.note())));
        return new AssessmentDto(a.id(), a.citizenId(), a.inquiryId().orElse(null), a.assessedOn(),
                a.overallAssessment(), scores, conditions, expected, a.createdAt(), a.createdBy(), a.modifiedAt(),
                a.modifiedBy(), a.version());
    }

    private int compare(UUID x, UUID y) {
        return catalog.order().compare(catalog.find(x).orElseThrow(), catalog.find(y).orElseThrow());
    }

    @Schema(description = "A new assessment")
    record NewAssessment(
            @Schema(description = "The inquiry the assessment was made for (optional); must concern the same citizen")
            Long inquiryId,
            @Schema(description = "The day of the assessment; not in the future", example = "2025-03-14")
            LocalDate assessedOn,
            @Schema(description = "Helhedsvurdering (required)")
            String overallAssessment,
            @Schema(description = "Current FSIII functional-ability state code → score 0–4, or 9 (ikke relevant); states not assessed are left out")
            Map<String, Integer> abilityScores,
            @Schema(description = "Current FSIII health condition code → status and note; a note is required when NOTED")
            Map<String, HealthCondition> healthConditions,
            @Schema(description = "FSIII functional-ability state code → expected level 0–4 (forventet tilstand); only for "
                    + "states scored 0–4 in abilityScores; optional")
            Map<String, Integer> expectedLevels) {

        AssessmentDraft draft() {
            return AssessmentApi.draft(assessedOn, overallAssessment, abilityScores, healthConditions, expectedLevels);
        }
    }

    @Schema(description = "A corrected assessment; replaces scores, conditions and texts. The inquiry link is kept.")
    record AssessmentCorrection(
            @Schema(description = "The version the correction was made to, as read; 409 if it has changed since")
            Integer version,
            LocalDate assessedOn,
            String overallAssessment,
            Map<String, Integer> abilityScores,
            Map<String, HealthCondition> healthConditions,
            Map<String, Integer> expectedLevels) {

        AssessmentDraft draft() {
            return AssessmentApi.draft(assessedOn, overallAssessment, abilityScores, healthConditions, expectedLevels);
        }
    }

    record HealthCondition(HealthConditionStatus status, String note) {
    }

    record AssessmentDto(long id, long citizenId, Long inquiryId, LocalDate assessedOn, String overallAssessment,
                         Map<UUID, Integer> abilityScores, Map<UUID, HealthCondition> healthConditions,
                         Map<UUID, Integer> expectedLevels, Instant createdAt, String createdBy, Instant modifiedAt, String modifiedBy, int version) {
    }

    private static AssessmentDraft draft(LocalDate assessedOn, String overallAssessment, Map<String, Integer> scores,
                                         Map<String, HealthCondition> conditions, Map<String, Integer> expected) {
        Map<String, AssessmentDraft.HealthConditionInput> inputs = new LinkedHashMap<>();
        if (conditions != null) {
            conditions.forEach((code, c) -> inputs.put(code,
                    c == null ? null : new AssessmentDraft.HealthConditionInput(c.status(), c.note())));
        }
        return new AssessmentDraft(assessedOn, overallAssessment, scores, inputs, expected);
    }
}
