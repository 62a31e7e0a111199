package dk.omsorg.vum.api;

import dk.omsorg.vum.ActionPlan;
import dk.omsorg.vum.ActionPlans;
import dk.omsorg.vum.VumAssessment;
import dk.omsorg.vum.VumAssessments;
import dk.omsorg.vum.VumReference;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * VUM 2.0 assessments and handleplans over REST. Errors are problem details with a Danish {@code detail} and the
 * fields in error ({@code themes[0].limitation}, {@code goals}, …); another municipality's citizen answers 404; a
 * correction to an outdated version 409.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Voksenudredning", description = "VUM 2.0 assessments and handleplans (serviceloven § 141)")
class VumApi {

    private final VumAssessments assessments;
    private final ActionPlans plans;
    private final VumReference reference;

    VumApi(VumAssessments assessments, ActionPlans plans, VumReference reference) {
        this.assessments = assessments;
        this.plans = plans;
        this.reference = reference;
    }

    @GetMapping("/vum/reference")
    @Operation(summary = "VUM 2.0's categories, themes with sub-themes, and the scale of limitation")
    Reference reference() {
        return new Reference(reference.version(), reference.categories(), reference.themes(), reference.scale());
    }

    @GetMapping("/citizens/{citizenId}/vum-assessments")
    @Operation(summary = "The citizen's VUM assessments, newest first")
    List<VumAssessment> history(@PathVariable long citizenId) {
        return assessments.history(citizenId);
    }

    @PostMapping("/citizens/{citizenId}/vum-assessments")
    @Operation(summary = "Record a VUM assessment, as a draft or completed (`complete: true`)")
    ResponseEntity<VumAssessment> record(@PathVariable long citizenId, @RequestBody VumAssessment.Draft body) {
        VumAssessment a = assessments.record(citizenId, body);
        return ResponseEntity.created(URI.create("/api/v1/vum-assessments/" + a.id())).body(a);
    }

    @GetMapping("/vum-assessments/{id}")
    @Operation(summary = "One VUM assessment")
    VumAssessment get(@PathVariable long id) {
        return assessments.read(id);
    }

    @PutMapping("/vum-assessments/{id}")
    @Operation(summary = "Correct (and possibly complete) a draft; 409 when it changed since `version` was read")
    VumAssessment correct(@PathVariable long id, @RequestBody Correction body) {
        return assessments.correct(id, body.version(),
                new VumAssessment.Draft(body.assessedOn(), body.themes(), body.statements(), body.overallAssessment(),
                        body.complete()));
    }

    @GetMapping("/citizens/{citizenId}/action-plans")
    @Operation(summary = "The citizen's handleplans with all their versions")
    List<ActionPlan> plans(@PathVariable long citizenId) {
        return plans.ofCitizen(citizenId);
    }

    @PostMapping("/citizens/{citizenId}/action-plans")
    @Operation(summary = "Create a handleplan: a course with 1–2 goals, review dates, offer and the citizen's answer")
    ResponseEntity<ActionPlan> create(@PathVariable long citizenId, @RequestBody ActionPlan.Draft body) {
        ActionPlan plan = plans.create(citizenId, body);
        return ResponseEntity.created(URI.create("/api/v1/action-plans/" + plan.id())).body(plan);
    }

    @GetMapping("/action-plans/{id}")
    @Operation(summary = "One handleplan with all its versions, oldest first")
    ActionPlan plan(@PathVariable long id) {
        return plans.read(id);
    }

    @PutMapping("/action-plans/{id}")
    @Operation(summary = "A new version of the handleplan; 409 when `version` is not the current version")
    ActionPlan revise(@PathVariable long id, @RequestBody Revision body) {
        return plans.revise(id, body.version(), new ActionPlan.Draft(null, body.course(), body.goals(),
                body.reviewDates(), body.offeredOn(), body.response(), body.respondedOn()));
    }

    record Reference(String version, List<VumReference.Category> categories, List<VumReference.Theme> themes,
                     List<VumReference.ScaleStep> scale) {
    }

    record Correction(Integer version, LocalDate assessedOn, List<VumAssessment.ThemeAssessment> themes,
                      List<VumAssessment.Statement> statements, String overallAssessment, boolean complete) {
    }

    record Revision(Integer version, String course, List<ActionPlan.Goal> goals, List<LocalDate> reviewDates,
                    LocalDate offeredOn, ActionPlan.Response response, LocalDate respondedOn) {
    }
}
