package dk.omsorg.delivery.api;

import dk.omsorg.delivery.Absence;
import dk.omsorg.delivery.Absences;
import dk.omsorg.delivery.ReassessmentFlag;
import dk.omsorg.delivery.ReassessmentFlags;
import dk.omsorg.delivery.ReassessmentScan;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.DanishTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Reassessment flags (løbende justering/revisitation, seed 002), the scan on demand, and citizens' absences
 * (fravær) over REST for the authority. Bad input: 400 in Danish, nothing changed; a stale version: 409.
 */
@RestController
@Tag(name = "Revurdering", description = "Reassessment flags, the scan and absences")
class ReassessmentApi {

    private final ReassessmentFlags flags;
    private final ReassessmentScan scan;
    private final Absences absences;
    private final CurrentUsers users;
    private final Clock clock;

    ReassessmentApi(ReassessmentFlags flags, ReassessmentScan scan, Absences absences, CurrentUsers users, Clock clock) {
        this.flags = flags;
        this.scan = scan;
        this.absences = absences;
        this.users = users;
        this.clock = clock;
    }

    record FlagWithEvidence(ReassessmentFlag flag, List<ReassessmentFlag.Week> weeks) {
    }

    record AdjustBody(Integer version, Integer times, Integer minutesPerDelivery, LocalDate effectiveFrom,
                      String reasoning, Boolean minorAdjustment, String overrideReason) {
    }

    record KeepBody(Integer version, String reason) {
    }

    record VisitBody(Integer version, LocalDate visitOn, String note) {
    }

    record ScanBody(LocalDate asOf) {
    }

    record EndBody(Integer version, LocalDate to) {
    }

    record VersionBody(Integer version) {
    }

    @GetMapping("/api/v1/reassessment/flags")
    @Operation(summary = "Flags in the caller's municipality: mine=true for the caller's own (the caseworker who made the "
            + "grant's current decision), open=false to include resolved ones")
    List<ReassessmentFlag> queue(@RequestParam(defaultValue = "false") boolean mine,
                                 @RequestParam(defaultValue = "true") boolean open) {
        return flags.queue(mine ? users.current().username() : null, open);
    }

    @GetMapping("/api/v1/citizens/{citizenId}/reassessment-flags")
    List<ReassessmentFlag> forCitizen(@PathVariable long citizenId) {
        return flags.forCitizen(citizenId);
    }

    @GetMapping("/api/v1/reassessment/flags/{id}")
    @Operation(summary = "A flag with its evidence week by week: granted, planned and delivered minutes")
    FlagWithEvidence read(@PathVariable long id) {
        ReassessmentFlag flag = flags.read(id);
        return new FlagWithEvidence(flag, flags.evidence(flag));
    }

    @PostMapping("/api/v1/reassessment/flags/{id}/adjustment")
    @Operation(summary = "Adjust the grant: a new version of the decision with the new minutes per delivery and/or times, "
            + "from effectiveFrom (default: the deviation's first day — back-dated); the provider gets a notice")
    ReassessmentFlag adjust(@PathVariable long id, @RequestBody AdjustBody body) {
        return flags.adjust(id, new ReassessmentFlags.Adjustment(body.version(), body.times(), body.minutesPerDelivery(),
                body.effectiveFrom(), body.reasoning(), Boolean.TRUE.equals(body.minorAdjustment()), body.overrideReason()));
    }

    @PostMapping("/api/v1/reassessment/flags/{id}/keep")
    @Operation(summary = "Keep the grant as it is, with the reason")
    ReassessmentFlag keep(@PathVariable long id, @RequestBody KeepBody body) {
        return flags.keep(id, body.version(), body.reason());
    }

    @PostMapping("/api/v1/reassessment/flags/{id}/visit")
    @Operation(summary = "Plan a reassessment visit (revisitation) on visitOn")
    ReassessmentFlag visit(@PathVariable long id, @RequestBody VisitBody body) {
        return flags.planVisit(id, body.version(), body.visitOn(), body.note());
    }

    @PostMapping("/api/v1/reassessment/scans")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CASEWORKER','LEADER')")
    @Operation(summary = "Run the scan now for the caller's municipality, as of asOf (default today: yesterday and before are compared)")
    ReassessmentScan.ScanResult scan(@RequestBody(required = false) ScanBody body) {
        LocalDate asOf = body != null && body.asOf() != null ? body.asOf() : LocalDate.now(clock.withZone(DanishTime.ZONE));
        return scan.scan(asOf, users.current().municipalityId(), ReassessmentScan.Trigger.ON_DEMAND, users.current().username());
    }

    @GetMapping("/api/v1/citizens/{citizenId}/absences")
    List<Absence> absences(@PathVariable long citizenId) {
        return absences.forCitizen(citizenId);
    }

    @PostMapping("/api/v1/citizens/{citizenId}/absences")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an absence {kind: HOSPITAL|HOLIDAY|OTHER, from, to (optional: until further notice), note}")
    Absence register(@PathVariable long citizenId, @RequestBody Absences.NewAbsence body) {
        return absences.register(citizenId, body);
    }

    @PostMapping("/api/v1/citizens/{citizenId}/absences/{id}/end")
    Absence end(@PathVariable long citizenId, @PathVariable long id, @RequestBody EndBody body) {
        return absences.end(citizenId, id, body.version(), body.to());
    }

    @PostMapping("/api/v1/citizens/{citizenId}/absences/{id}/cancel")
    Absence cancel(@PathVariable long citizenId, @PathVariable long id, @RequestBody VersionBody body) {
        return absences.cancel(citizenId, id, body.version());
    }
}
