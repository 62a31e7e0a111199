package dk.omsorg.complaint.web;

import dk.omsorg.complaint.DeliveredHelpComplaints;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireProvider;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.web.Messages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Complaints about the help delivered on pages: the provider's list (only its own) where it answers with its
 * statement and may register one, and the authority's list where a caseworker registers one on a grant. A breach
 * (no statement by the deadline) is marked on both.
 */
@Controller
class DeliveredHelpComplaintController {

    private final DeliveredHelpComplaints complaints;
    private final CurrentUsers users;
    private final Messages messages;
    private final dk.omsorg.complaint.Complaints decisionComplaints;

    DeliveredHelpComplaintController(DeliveredHelpComplaints complaints, CurrentUsers users, Messages messages,
                                     dk.omsorg.complaint.Complaints decisionComplaints) {
        this.decisionComplaints = decisionComplaints;
        this.complaints = complaints;
        this.users = users;
        this.messages = messages;
    }

    @RequireProvider
    @GetMapping("/provider/complaints")
    String providerPage(Model model) {
        return page(model, true, null);
    }

    @RequireProvider
    @PostMapping("/provider/complaints/{id}/statement")
    String answer(@PathVariable long id, @RequestParam(required = false) String statement, @RequestParam int version, Model model) {
        return act(model, true, "deliveredHelpComplaint.web.answered",
                () -> complaints.answer(users.current(), id, statement, version));
    }

    @RequireProvider
    @PostMapping("/provider/complaints")
    String providerRegister(@RequestParam(required = false) UUID grantKey,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
                            @RequestParam(required = false) String text, Model model) {
        return act(model, true, "deliveredHelpComplaint.web.registered",
                () -> complaints.register(users.current(), grantKey, receivedOn, text));
    }

    /**
     * The provider forwards a complaint the citizen gave it about the decision on help it delivers (seed 002), naming
     * the help; the authority reconsiders it as any complaint.
     */
    @RequireProvider
    @PostMapping("/provider/complaints/decision")
    String providerForward(@RequestParam(required = false) UUID grantKey,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
                           @RequestParam(required = false) dk.omsorg.complaint.Complaint.Channel channel,
                           @RequestParam(required = false) String oralNote,
                           @RequestParam(required = false) String documentReference,
                           @RequestParam(required = false) String text, Model model) {
        return act(model, true, "complaint.web.providerForwarded", () -> decisionComplaints.forwardedByProviderForGrant(grantKey,
                new dk.omsorg.complaint.ComplaintInput(null, receivedOn, channel, oralNote, documentReference, null, true,
                        java.util.List.of(), java.util.List.of(), text)));
    }

    @RequireCaseworker
    @GetMapping("/delivered-help-complaints")
    String staffPage(@RequestParam(required = false) Long citizenId, Model model) {
        return page(model, false, citizenId);
    }

    @RequireCaseworker
    @PostMapping("/delivered-help-complaints")
    String register(@RequestParam(required = false) UUID grantKey,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
                    @RequestParam(required = false) String text, Model model) {
        return act(model, false, "deliveredHelpComplaint.web.registered",
                () -> complaints.register(users.current(), grantKey, receivedOn, text));
    }

    private String act(Model model, boolean provider, String doneKey, Runnable action) {
        try {
            action.run();
            model.addAttribute("done", messages.text(doneKey));
        } catch (DomainException e) {
            DomainException.Violation v = e.violations().get(0);
            model.addAttribute("error", messages.text(v.messageKey(), v.args()));
        }
        return page(model, provider, null);
    }

    private String page(Model model, boolean provider, Long citizenId) {
        model.addAttribute("grants", complaints.grants(users.current(), citizenId));
        model.addAttribute("complaints", complaints.list(users.current()));
        model.addAttribute("provider", provider);
        model.addAttribute("action", provider ? "/provider/complaints" : "/delivered-help-complaints");
        return "complaint/delivered-help";
    }
}
