package dk.omsorg.inquiry.api;

import dk.omsorg.citizen.CprNumber;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.inquiry.Consent;
import dk.omsorg.inquiry.DeadlineExtension;
import dk.omsorg.inquiry.Inquiries;
import dk.omsorg.inquiry.Inquiry;
import dk.omsorg.inquiry.InquirySource;
import dk.omsorg.inquiry.Priority;
import dk.omsorg.inquiry.ProcessingDeadlines;
import dk.omsorg.inquiry.QueueEntry;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.security.RequireIntake;
import dk.omsorg.security.RequireQueueManagement;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Henvendelser", description = "Inquiries, processing deadlines and queues")
class InquiryApi {

    private final Inquiries inquiries;

    InquiryApi(Inquiries inquiries) {
        this.inquiries = inquiries;
    }

    @PostMapping("/inquiries")
    @RequireIntake
    @Operation(summary = "Register an inquiry; a new citizen is created from the CPR number")
    ResponseEntity<InquiryDto> register(@RequestBody RegisterInquiry body) {
        if (body.cprNumber() == null) {
            throw new InvalidInputException("cprNumber", "cpr.required");
        }
        Inquiry inquiry = inquiries.register(
                new Citizens.NewCitizen(CprNumber.of(body.cprNumber()), body.citizenName(), body.address(), body.phone(),
                        body.district()),
                new Inquiry.Intake(body.source(), body.sourceName(),
                        body.receivedAt() == null ? null : body.receivedAt().toInstant(), body.request(),
                        body.legalBasis(), body.consent() == null ? Consent.NOT_RECORDED : body.consent(), body.priority()),
                new dk.omsorg.inquiry.Applicant(body.applicantContactId(), Boolean.TRUE.equals(body.addApplicantAsContact()),
                        body.applicantRelation(), body.applicantPhone()));
        return ResponseEntity.created(URI.create("/api/v1/inquiries/" + inquiry.id())).body(InquiryDto.of(inquiry));
    }

    @GetMapping("/inquiries/{inquiryId}")
    @RequireCitizenAccess
    InquiryDto get(@PathVariable long inquiryId) {
        return InquiryDto.of(inquiries.read(inquiryId));
    }

    @GetMapping("/inquiries")
    @RequireCitizenAccess
    @Operation(summary = "A queue: 'unassigned' (coordinator), 'assigned', or 'mine' (the caseworker's own)")
    List<QueueEntry> queue(@RequestParam(defaultValue = "unassigned") String view) {
        return switch (view) {
            case "mine" -> inquiries.mine();
            case "assigned" -> inquiries.assigned();
            case "unassigned" -> inquiries.unassigned();
            default -> throw new InvalidInputException("view", "inquiry.unknownView", view);
        };
    }

    @GetMapping("/citizens/{citizenId}/inquiries")
    @RequireCitizenAccess
    List<QueueEntry> forCitizen(@PathVariable long citizenId) {
        return inquiries.forCitizen(citizenId);
    }

    @PostMapping("/inquiries/{inquiryId}/assignment")
    @RequireQueueManagement
    @Operation(summary = "Assign to a caseworker; without one, to the first free caseworker")
    InquiryDto assign(@PathVariable long inquiryId, @RequestBody Assignment body) {
        return InquiryDto.of(body.caseworker() == null || body.caseworker().isBlank()
                ? inquiries.assignToFirstFree(inquiryId)
                : inquiries.assign(inquiryId, body.caseworker()));
    }

    @PostMapping("/inquiries/{inquiryId}/postponements")
    @RequireCaseworker
    @Operation(summary = "Record a new expected decision date and the reason, when the deadline cannot be held")
    InquiryDto postpone(@PathVariable long inquiryId, @RequestBody Postponement body) {
        return InquiryDto.of(inquiries.postponeDecision(inquiryId, body.expectedDecisionOn(), body.reason()));
    }

    @GetMapping("/legal-bases")
    @RequireCitizenAccess
    @Operation(summary = "The legal bases of the caller's municipality in force today, with processing deadlines in weeks")
    List<ProcessingDeadlines.LegalBasisDeadline> legalBases() {
        return inquiries.legalBases();
    }

    record RegisterInquiry(String cprNumber, String citizenName, String address, String phone, InquirySource source,
                           String sourceName, OffsetDateTime receivedAt, String request, String legalBasis,
                           Consent consent, Priority priority,
                           @io.swagger.v3.oas.annotations.media.Schema(description = "The district (distrikt) code the citizen lives in, e.g. 'hundige' (optional; GET /api/v1/districts)")
                           String district,
                           @io.swagger.v3.oas.annotations.media.Schema(description = "A current contact of the citizen who applies (GET /api/v1/citizens/{id}/contacts); the source becomes RELATIVE and sourceName the contact's name")
                           Long applicantContactId,
                           @io.swagger.v3.oas.annotations.media.Schema(description = "Add the applicant named in sourceName as a new contact of the citizen, in the same transaction")
                           Boolean addApplicantAsContact,
                           dk.omsorg.citizen.ContactRelation applicantRelation, String applicantPhone) {
    }

    record Assignment(String caseworker) {
    }

    record Postponement(LocalDate expectedDecisionOn, String reason) {
    }

    record InquiryDto(long id, long citizenId, InquirySource source, String sourceName, OffsetDateTime receivedAt,
                      String request, String legalBasis, Consent consent, Priority priority, LocalDate deadline,
                      int deadlineWeeks, LocalDate expectedDecisionOn, LocalDate effectiveDeadline, String status,
                      String assignedTo, List<DeadlineExtension> postponements, int version, Long applicantContactId) {
        static InquiryDto of(Inquiry i) {
            return new InquiryDto(i.id(), i.citizenId(), i.source(), i.sourceName(),
                    i.receivedAt().atZone(DanishTime.ZONE).toOffsetDateTime(), i.request(), i.legalBasis(), i.consent(),
                    i.priority(), i.deadline(), i.deadlineWeeks(), i.expectedDecisionOn(), i.effectiveDeadline(),
                    i.status().name(), i.assignedTo(), i.extensions(), i.version(), i.applicantContactId());
        }
    }
}
