package dk.omsorg.specialcase.api;

import dk.omsorg.catalog.Shift;
import dk.omsorg.security.PersonNames;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.NotFoundException;
import dk.omsorg.shared.web.Messages;
import dk.omsorg.specialcase.SpecialCase;
import dk.omsorg.specialcase.SpecialCaseAssessment;
import dk.omsorg.specialcase.SpecialCaseOpening;
import dk.omsorg.specialcase.SpecialCaseSetting;
import dk.omsorg.specialcase.SpecialCases;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Special 1:1 cases over REST: open one (criteria checked), read it, record the follow-up, end it. */
@RestController
@RequireCitizenAccess
@Tag(name = "Særlige borgersager", description = "Særlige borgersager (1:1 overvågning/fast vagt): sagen, kriterier, opfølgning")
class SpecialCaseApi {

    private final SpecialCases specialCases;
    private final Messages messages;
    private final PersonNames people;

    SpecialCaseApi(SpecialCases specialCases, Messages messages, PersonNames people) {
        this.specialCases = specialCases;
        this.messages = messages;
        this.people = people;
    }

    /** @param informedContactId absent: the citizen was told; else the contact who was */
    record OpenRequest(Long inquiryId, SpecialCaseSetting setting, Set<Shift> shifts, String need,
                       Boolean packageCriteriaMet, Boolean respirationCaused, String contactCaseworker,
                       Long informedContactId, LocalDate informedOn) {
    }

    /** @param opened false when the need is caused by respiration monitoring: the coordinator got a task instead */
    record OpeningDto(boolean opened, String message, CaseDto specialCase) {
    }

    record EventDto(Instant at, String by, String kind, String text) {
    }

    record StateDto(String name, int score, String label) {
    }

    record AssessmentDto(long assessmentId, LocalDate assessedOn, List<StateDto> states, String result) {
        static AssessmentDto of(SpecialCaseAssessment a) {
            return a == null ? null : new AssessmentDto(a.assessmentId(), a.assessedOn(),
                    a.states().stream().map(s -> new StateDto(s.name(), s.score(), s.scoreLabel())).toList(), a.result());
        }
    }

    record CriteriaDto(String packageCriteria, String respirationCriterion, String shiftsCriterion, int minimumShifts,
                       int followUpMonths) {
    }

    record CaseDto(long id, long citizenId, Long inquiryId, SpecialCaseSetting setting, String status, String statusText,
                   Set<Shift> shifts, String need, LocalDate informedOn, Long informedContactId, LocalDate openedOn,
                   LocalDate endedOn, String endReason, LocalDate nextFollowUp, String contactCaseworker,
                   String contactCaseworkerName, int version, List<EventDto> history, AssessmentDto assessment,
                   CriteriaDto criteria) {
    }

    record NoteRequest(String note, Integer version) {
    }

    record EndRequest(String reason, Integer version) {
    }

    @PostMapping("/api/v1/citizens/{citizenId}/special-cases")
    @Operation(summary = "Open a special case (201); a need caused by respiration monitoring opens none and asks the coordinator (200)")
    ResponseEntity<OpeningDto> open(@PathVariable long citizenId, @RequestBody OpenRequest body) {
        SpecialCases.Outcome outcome = specialCases.open(citizenId, new SpecialCaseOpening(body.inquiryId(), body.setting(),
                body.shifts(), body.need(), body.packageCriteriaMet(), body.respirationCaused(), body.contactCaseworker(),
                body.informedContactId(), body.informedOn()));
        if (outcome instanceof SpecialCases.ReferredToCoordinator referred) {
            return ResponseEntity.ok(new OpeningDto(false, messages.text("specialCase.referred", referred.criterion()), null));
        }
        long id = ((SpecialCases.Opened) outcome).specialCase().id();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new OpeningDto(true, messages.text("specialCase.opened"), dto(specialCases.find(id))));
    }

    @GetMapping("/api/v1/citizens/{citizenId}/special-case")
    @Operation(summary = "The citizen's open special case, or 404 when none is open")
    CaseDto openOf(@PathVariable long citizenId) {
        return specialCases.openOf(citizenId).map(this::dto).orElseThrow(() -> new NotFoundException("specialCase.notFound"));
    }

    @GetMapping("/api/v1/special-cases/{caseId}")
    @Operation(summary = "A special case with its contact caseworker, history, criteria and holistic assessment")
    CaseDto find(@PathVariable long caseId) {
        return dto(specialCases.find(caseId));
    }

    @PostMapping("/api/v1/special-cases/{caseId}/follow-ups")
    @Operation(summary = "Record the contact caseworker's follow-up (the version seen, else 409); the next is due after the policy's months")
    CaseDto followUp(@PathVariable long caseId, @RequestBody NoteRequest body) {
        specialCases.recordFollowUp(caseId, body.note(), body.version());
        return dto(specialCases.find(caseId));
    }

    @PostMapping("/api/v1/special-cases/{caseId}/end")
    @Operation(summary = "End the case with a reason (the version seen, else 409)")
    CaseDto end(@PathVariable long caseId, @RequestBody EndRequest body) {
        specialCases.end(caseId, body.reason(), body.version());
        return dto(specialCases.find(caseId));
    }

    private CaseDto dto(SpecialCases.View v) {
        SpecialCase c = v.specialCase();
        var r = v.rules();
        return new CaseDto(c.id(), c.citizenId(), c.inquiryId(), c.setting(), c.status().name(),
                messages.text("specialCase.status." + c.status()), c.shifts(), c.need(), c.informedOn(),
                c.informedContactId(), c.openedOn(), c.endedOn(), c.endReason(), c.nextFollowUp(), v.contactCaseworker(),
                v.contactCaseworker() == null ? null : people.name(v.contactCaseworker()), c.version(),
                v.history().stream().map(e -> new EventDto(e.happenedAt(), people.name(e.happenedBy()), e.kind(), e.text()))
                        .toList(), AssessmentDto.of(v.assessment()),
                r == null ? null : new CriteriaDto(r.packageCriteria(), r.respirationCriterion(), r.shiftsCriterion(),
                        r.minimumShifts(), r.followUpMonths()));
    }
}
