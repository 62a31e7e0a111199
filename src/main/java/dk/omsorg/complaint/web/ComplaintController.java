package dk.omsorg.complaint.web;

import dk.omsorg.citizen.Citizens;
import dk.omsorg.citizen.Contacts;
import dk.omsorg.complaint.Complaint;
import dk.omsorg.complaint.ComplaintAcknowledgements;
import dk.omsorg.complaint.ComplaintInput;
import dk.omsorg.complaint.Complaints;
import dk.omsorg.complaint.Reconsideration;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.Decisions;
import dk.omsorg.security.RequireCaseResponsibility;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The complaint form on a decision (who complains, how, about what) and the complaint's page with its dates, the
 * acknowledgement letter and the reconsideration's outcome. A refused form comes back with the Danish error by its
 * field and what was typed; nothing is stored.
 */
@Controller
class ComplaintController {

    private final Complaints complaints;
    private final Reconsideration reconsideration;
    private final ComplaintAcknowledgements acknowledgements;
    private final Decisions decisions;
    private final Citizens citizens;
    private final Contacts contacts;
    private final Messages messages;

    ComplaintController(Complaints complaints, Reconsideration reconsideration, ComplaintAcknowledgements acknowledgements,
                        Decisions decisions, Citizens citizens, Contacts contacts, Messages messages) {
        this.complaints = complaints;
        this.reconsideration = reconsideration;
        this.acknowledgements = acknowledgements;
        this.decisions = decisions;
        this.citizens = citizens;
        this.contacts = contacts;
        this.messages = messages;
    }

    @GetMapping("/decisions/{id}/complaints/new")
    @RequireCaseResponsibility
    String form(@PathVariable long id, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("receivedOn", decisions.today().toString());
        values.put("wholeDecision", "true");
        return formPage(model, decisions.read(id), values, List.of(), Map.of());
    }

    @PostMapping("/decisions/{id}/complaints")
    @RequireCaseResponsibility
    String register(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
                    HttpServletResponse response) {
        Map<String, String> values = params.toSingleValueMap();
        List<String> parts = params.getOrDefault("parts", List.of());
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate receivedOn = date(values.get("receivedOn"), errors);
        Complaint.Channel channel = "ORAL".equals(values.get("channel")) ? Complaint.Channel.ORAL
                : "WRITTEN".equals(values.get("channel")) ? Complaint.Channel.WRITTEN : null;
        String contact = values.getOrDefault("complainantContactId", "");
        List<UUID> grantKeys = new ArrayList<>();
        List<Integer> refusals = new ArrayList<>();
        try {
            for (String part : parts) {
                if (part.startsWith("grant:")) {
                    grantKeys.add(UUID.fromString(part.substring("grant:".length())));
                } else if (part.startsWith("refusal:")) {
                    refusals.add(Integer.valueOf(part.substring("refusal:".length())));
                }
            }
        } catch (IllegalArgumentException e) { // not a value the form offers
            errors.put("wholeDecision", messages.text("complaint.parts.required"));
        }
        if (errors.isEmpty()) {
            try {
                Complaint saved = complaints.register(new ComplaintInput(id, receivedOn, channel, values.get("oralNote"),
                        values.get("documentReference"), contact.isBlank() ? null : Long.valueOf(contact),
                        "true".equals(values.get("wholeDecision")), grantKeys, refusals, values.get("text")));
                return "redirect:/complaints/" + saved.id();
            } catch (InvalidInputException e) {
                for (DomainException.Violation v : e.violations()) {
                    errors.putIfAbsent(v.field() == null ? "form" : v.field().replaceAll("\\[\\d+]$", ""),
                            messages.text(v.messageKey(), v.args()));
                }
            }
        }
        response.setStatus(400);
        return formPage(model, decisions.read(id), values, parts, errors);
    }

    @GetMapping("/complaints/{id}")
    @RequireCitizenAccess
    String show(@PathVariable long id, Model model) {
        return showPage(model, complaints.read(id), Map.of());
    }

    @GetMapping("/complaints/{id}/acknowledgement")
    @RequireCitizenAccess
    ResponseEntity<byte[]> acknowledgement(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("kvittering-klage-" + id + ".pdf").build().toString())
                .body(acknowledgements.pdf(id));
    }

    @PostMapping("/complaints/{id}/outcome")
    @RequireCaseResponsibility
    String outcome(@PathVariable long id, @RequestParam Map<String, String> values, Model model,
                   HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            Complaint.Outcome outcome = values.getOrDefault("outcome", "").isBlank() ? null : Complaint.Outcome.valueOf(values.get("outcome"));
            Integer version = values.getOrDefault("version", "").isBlank() ? null : Integer.valueOf(values.get("version"));
            reconsideration.recordOutcome(id, version, outcome, values.get("reason"));
            return "redirect:/complaints/" + id;
        } catch (IllegalArgumentException e) { // not a value the form offers
            errors.put("outcome", messages.text("complaint.outcome.required"));
            response.setStatus(400);
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.putIfAbsent(v.field(), messages.text(v.messageKey(), v.args())));
            response.setStatus(400);
        } catch (OptimisticLockingFailureException e) {
            errors.put("version", messages.text("complaint.web.stale"));
            response.setStatus(409);
        }
        model.addAttribute("values", values);
        return showPage(model, complaints.read(id), errors);
    }

    private String formPage(Model model, Decision decision, Map<String, String> values, List<String> parts,
                            Map<String, String> errors) {
        model.addAttribute("decision", decision);
        model.addAttribute("citizen", citizens.read(decision.citizenId()));
        model.addAttribute("contacts", contacts.forCitizen(decision.citizenId()).stream().filter(c -> c.current()).toList());
        model.addAttribute("values", values);
        model.addAttribute("parts", parts);
        model.addAttribute("errors", errors);
        return "complaint/form";
    }

    private String showPage(Model model, Complaint complaint, Map<String, String> errors) {
        var citizen = citizens.read(complaint.citizenId());
        model.addAttribute("complaint", complaint);
        model.addAttribute("citizen", citizen);
        model.addAttribute("complainant", complaints.complainantName(complaint, citizen));
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", Map.of());
        }
        return "complaint/show";
    }

    private LocalDate date(String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put("receivedOn", messages.text("complaint.web.date"));
            return null;
        }
    }
}
