package dk.omsorg.complaint.api;

import dk.omsorg.complaint.Complaint;
import dk.omsorg.complaint.ComplaintAcknowledgements;
import dk.omsorg.complaint.ComplaintInput;
import dk.omsorg.complaint.Complaints;
import dk.omsorg.complaint.Reconsideration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Klager", description = "Complaints about decisions: registration, deadline, acknowledgement, reconsideration")
class ComplaintApi {

    private final Complaints complaints;
    private final Reconsideration reconsideration;
    private final ComplaintAcknowledgements acknowledgements;

    ComplaintApi(Complaints complaints, Reconsideration reconsideration, ComplaintAcknowledgements acknowledgements) {
        this.acknowledgements = acknowledgements;
        this.complaints = complaints;
        this.reconsideration = reconsideration;
    }

    @PostMapping("/complaints")
    @Operation(summary = "Register a complaint on a current decision version (visitator, koordinator, leder)")
    ResponseEntity<ComplaintDto> register(@RequestBody ComplaintBody body) {
        Complaint complaint = complaints.register(body.input());
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + complaint.id())).body(ComplaintDto.of(complaint));
    }

    @GetMapping("/complaints/{id}")
    @Operation(summary = "One complaint")
    ComplaintDto read(@PathVariable long id) {
        return ComplaintDto.of(complaints.read(id));
    }

    @GetMapping("/citizens/{citizenId}/complaints")
    @Operation(summary = "The citizen's complaints, newest first")
    List<ComplaintDto> forCitizen(@PathVariable long citizenId) {
        return complaints.forCitizen(citizenId).stream().map(ComplaintDto::of).toList();
    }

    @GetMapping(value = "/complaints/{id}/acknowledgement", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The acknowledgement letter (kvittering) to the complainant, PDF, with the expected dates")
    ResponseEntity<byte[]> acknowledgement(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("kvittering-klage-" + id + ".pdf").build().toString())
                .body(acknowledgements.pdf(id));
    }

    @PostMapping("/complaints/{id}/outcome")
    @Operation(summary = "Record the reconsideration's outcome once: FULL (medhold) and PARTIAL need the decision changed "
            + "first with afterComplaintId (POST /api/v1/decisions/{id}/changes); 409 when the complaint changed since `version`")
    ComplaintDto outcome(@PathVariable long id, @RequestBody OutcomeBody body) {
        return ComplaintDto.of(reconsideration.recordOutcome(id, body.version(), body.outcome(), body.reason()));
    }

    @Schema(description = "A complaint: ORAL with oralNote, WRITTEN with documentReference; wholeDecision or named parts")
    record ComplaintBody(Long decisionId, LocalDate receivedOn, Complaint.Channel channel, String oralNote,
                         String documentReference,
                         @Schema(description = "The citizen's contact who complains; empty when the citizen does")
                         Long complainantContactId, Boolean wholeDecision, List<UUID> grantKeys,
                         @Schema(description = "Refusals by number in the version, 1 = the first") List<Integer> refusalPositions,
                         String text) {

        ComplaintInput input() {
            return new ComplaintInput(decisionId, receivedOn, channel, oralNote, documentReference, complainantContactId,
                    wholeDecision, grantKeys, refusalPositions, text);
        }
    }

    record OutcomeBody(Integer version, Complaint.Outcome outcome, String reason) {
    }

    record ComplaintDto(long id, long citizenId, long decisionId, LocalDate receivedOn, Complaint.Channel channel,
                        String oralNote, String documentReference, Long complainantContactId, boolean wholeDecision,
                        List<UUID> grantKeys, List<Integer> refusalPositions, String text, LocalDate complaintDeadline,
                        boolean late, boolean appealable, String status, LocalDate reconsiderationDue,
                        Complaint.Outcome outcome, LocalDate outcomeOn, String outcomeReason, Long changedDecisionId,
                        int version) {

        static ComplaintDto of(Complaint c) {
            return new ComplaintDto(c.id(), c.citizenId(), c.decisionId(), c.receivedOn(), c.channel(), c.oralNote(),
                    c.documentReference(), c.complainantContactId(), c.wholeDecision(), c.grantKeys(),
                    c.refusalPositions(), c.text(), c.complaintDeadline(), c.late(), c.appealable(), c.status().name(),
                    c.reconsiderationDue(), c.outcome(), c.outcomeOn(), c.outcomeReason(), c.changedDecisionId(),
                    c.version());
        }
    }
}
