package dk.omsorg.complaint.api;

import dk.omsorg.complaint.Complaint;
import dk.omsorg.complaint.ComplaintInput;
import dk.omsorg.complaint.Complaints;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import dk.omsorg.security.RequireProvider;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A provider forwards a complaint it received about a decision on help it delivers (seed 002). */
@RestController
@Tag(name = "Leverandør: klager", description = "A provider forwards a citizen's complaint about a decision to the authority")
class ProviderComplaintApi {

    private final Complaints complaints;

    ProviderComplaintApi(Complaints complaints) {
        this.complaints = complaints;
    }

    @PostMapping("/api/v1/provider/complaints")
    @RequireProvider
    @Operation(summary = "Forward a complaint about a current decision with a grant the provider delivers; the citizen complains")
    ResponseEntity<ForwardedDto> forward(@RequestBody ForwardBody body) {
        Complaint c = complaints.forwardedByProvider(new ComplaintInput(body.decisionId(), body.receivedOn(),
                body.channel(), body.oralNote(), body.documentReference(), body.complainantContactId(),
                body.wholeDecision(), body.grantKeys(), List.of(), body.text()));
        return ResponseEntity.created(URI.create("/api/v1/provider/complaints/" + c.id()))
                .body(new ForwardedDto(c.id(), c.decisionId(), c.receivedOn(), c.complaintDeadline(), c.late()));
    }

    record ForwardBody(Long decisionId, LocalDate receivedOn, Complaint.Channel channel, String oralNote,
                       String documentReference, Long complainantContactId, Boolean wholeDecision,
                       List<UUID> grantKeys, String text) {
    }

    /** What the provider may see of it: not the authority's reconsideration. */
    record ForwardedDto(long id, long decisionId, LocalDate receivedOn, LocalDate complaintDeadline, boolean late) {
    }
}
