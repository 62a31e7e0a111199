package dk.omsorg.complaint.api;

import dk.omsorg.complaint.AppealOutcomes;
import dk.omsorg.complaint.AppealOutcomes.Recorded;
import dk.omsorg.complaint.Forwarding;
import dk.omsorg.complaint.Forwarding.ForwardingView;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseworker;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** Forwarding a maintained complaint to Ankestyrelsen and recording Ankestyrelsen's decision, over REST. */
@RestController
@RequireCaseworker
@Tag(name = "Klager: Ankestyrelsen", description = "Statement, documents, the forwarded bundle and Ankestyrelsen's decision")
class ForwardingApi {

    record DraftBody(String statement, List<String> documents, Integer version) {
    }

    record ForwardBody(Integer version) {
    }

    record OutcomeBody(String outcome, LocalDate decidedOn, String text, Integer version) {
    }

    private final Forwarding forwarding;
    private final AppealOutcomes outcomes;
    private final CurrentUsers users;

    ForwardingApi(Forwarding forwarding, AppealOutcomes outcomes, CurrentUsers users) {
        this.forwarding = forwarding;
        this.outcomes = outcomes;
        this.users = users;
    }

    @GetMapping("/api/v1/complaints/{id}/forwarding")
    ForwardingView view(@PathVariable long id) {
        CurrentUser u = users.current();
        return forwarding.view(u.municipalityId(), id, u.username());
    }

    @PutMapping("/api/v1/complaints/{id}/forwarding")
    ForwardingView save(@PathVariable long id, @RequestBody DraftBody body) {
        CurrentUser u = users.current();
        return forwarding.saveDraft(u.municipalityId(), id, body.statement(), body.documents(),
                body.version() == null ? -1 : body.version(), u.username());
    }

    @PostMapping("/api/v1/complaints/{id}/forwarding")
    ForwardingView forward(@PathVariable long id, @RequestBody ForwardBody body) {
        CurrentUser u = users.current();
        return forwarding.forward(u.municipalityId(), id, body.version() == null ? -1 : body.version(), u.username());
    }

    @GetMapping("/api/v1/complaints/{id}/forwarding/bundle")
    ResponseEntity<byte[]> bundle(@PathVariable long id) {
        CurrentUser u = users.current();
        byte[] pdf = forwarding.bundle(u.municipalityId(), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("klage-" + id + "-ankestyrelsen.pdf").build().toString())
                .body(pdf);
    }

    @PostMapping("/api/v1/complaints/{id}/appeal-outcome")
    Recorded outcome(@PathVariable long id, @RequestBody OutcomeBody body) {
        CurrentUser u = users.current();
        return outcomes.record(u.municipalityId(), id, body.outcome(), body.decidedOn(), body.text(),
                body.version() == null ? -1 : body.version(), u.username());
    }
}
