package dk.omsorg.complaint.web;

import dk.omsorg.complaint.AppealOutcome;
import dk.omsorg.complaint.AppealOutcomes;
import dk.omsorg.complaint.Forwarding;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.web.Messages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.LocalDate;
import java.util.List;

/**
 * The caseworker's page for sending a complaint to Ankestyrelsen (the COMPLAINT_FORWARDING task links here): edit the
 * generated statement, choose the case's documents, save the draft or forward; then download the bundle and record
 * Ankestyrelsen's decision when it arrives. A refused action shows its Danish message on the page.
 */
@Controller
@RequireCaseworker
class ForwardingController {

    private final Forwarding forwarding;
    private final AppealOutcomes outcomes;
    private final CurrentUsers users;
    private final Messages messages;

    ForwardingController(Forwarding forwarding, AppealOutcomes outcomes, CurrentUsers users, Messages messages) {
        this.forwarding = forwarding;
        this.outcomes = outcomes;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/complaints/{id}/forwarding")
    String page(@PathVariable long id, Model model) {
        CurrentUser u = users.current();
        model.addAttribute("f", forwarding.view(u.municipalityId(), id, u.username()));
        model.addAttribute("outcome", outcomes.of(u.municipalityId(), id).orElse(null));
        model.addAttribute("outcomeKinds", AppealOutcome.values());
        model.addAttribute("complaintVersion", outcomes.complaintVersion(u.municipalityId(), id));
        return "complaint/forwarding";
    }

    @PostMapping("/complaints/{id}/forwarding/draft")
    String draft(@PathVariable long id, @RequestParam String statement,
                 @RequestParam(required = false) List<String> documents, @RequestParam int version, Model model) {
        CurrentUser u = users.current();
        return act(id, model, "complaintForwarding.web.saved",
                () -> forwarding.saveDraft(u.municipalityId(), id, statement, documents, version, u.username()));
    }

    @PostMapping("/complaints/{id}/forwarding/send")
    String send(@PathVariable long id, @RequestParam int version, Model model) {
        CurrentUser u = users.current();
        return act(id, model, "complaintForwarding.web.sent",
                () -> forwarding.forward(u.municipalityId(), id, version, u.username()));
    }

    @PostMapping("/complaints/{id}/appeal-outcome")
    String outcome(@PathVariable long id, @RequestParam(required = false) String outcome,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
                   @RequestParam(required = false) String text, @RequestParam int version, Model model) {
        CurrentUser u = users.current();
        return act(id, model, "appealOutcome.web.recorded",
                () -> outcomes.record(u.municipalityId(), id, outcome, decidedOn, text, version, u.username()));
    }

    @GetMapping("/complaints/{id}/forwarding/bundle")
    @ResponseBody
    ResponseEntity<byte[]> bundle(@PathVariable long id) {
        byte[] pdf = forwarding.bundle(users.current().municipalityId(), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("klage-" + id + "-ankestyrelsen.pdf").build().toString())
                .body(pdf);
    }

    private String act(long id, Model model, String doneKey, Runnable action) {
        try {
            action.run();
            model.addAttribute("done", messages.text(doneKey));
        } catch (DomainException e) {
            DomainException.Violation v = e.violations().get(0);
            model.addAttribute("error", messages.text(v.messageKey(), v.args()));
        }
        return page(id, model);
    }
}
