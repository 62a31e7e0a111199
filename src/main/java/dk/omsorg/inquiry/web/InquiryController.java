package dk.omsorg.inquiry.web;

import dk.omsorg.citizen.Citizens;
import dk.omsorg.citizen.CprNumber;
import dk.omsorg.inquiry.Consent;
import dk.omsorg.inquiry.Inquiries;
import dk.omsorg.inquiry.Inquiry;
import dk.omsorg.inquiry.InquirySource;
import dk.omsorg.inquiry.Priority;
import dk.omsorg.security.PersonNames;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.security.RequireIntake;
import dk.omsorg.security.RequireQueueManagement;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.web.Messages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

@Controller
class InquiryController {

    private final Inquiries inquiries;
    private final Citizens citizens;
    private final Messages messages;
    private final Clock clock;
    private final PersonNames people;

    private final dk.omsorg.citizen.Contacts contacts;

    InquiryController(Inquiries inquiries, Citizens citizens, Messages messages, Clock clock, PersonNames people,
                      dk.omsorg.citizen.Contacts contacts) {
        this.contacts = contacts;
        this.people = people;
        this.inquiries = inquiries;
        this.citizens = citizens;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The form; with the fields typed so far when the caseworker asks for the citizen's contacts without JavaScript
     * (the form's "Hent borgerens kontakter" button sends them here).
     */
    @GetMapping("/inquiries/new")
    @RequireIntake
    String form(@ModelAttribute("form") InquiryForm form, BindingResult binding, Model model) {
        if (form.getReceivedAt() == null) {
            form.setReceivedAt(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
        }
        return formPage(form, model);
    }

    /** htmx: the applicant choice for the CPR number typed, when the citizen is known and has contacts. */
    @GetMapping("/inquiries/new/applicants")
    @RequireIntake
    String applicants(@ModelAttribute("form") InquiryForm form, BindingResult binding, Model model) {
        model.addAttribute("applicants", applicantsFor(form.getCprNumber()));
        model.addAttribute("relations", dk.omsorg.citizen.ContactRelation.values());
        return "inquiry/new :: applicants";
    }

    /** The current contacts of the citizen with this CPR number in the user's municipality; empty when not known. */
    private java.util.List<dk.omsorg.citizen.Contact> applicantsFor(String cprNumber) {
        if (cprNumber == null || !cprNumber.strip().matches("[0-9]{6}-?[0-9]{4}")) {
            return java.util.List.of();
        }
        try {
            return citizens.search(cprNumber).stream().findFirst()
                    .map(c -> contacts.forCitizen(c.id()).stream().filter(dk.omsorg.citizen.Contact::current).toList())
                    .orElse(java.util.List.of());
        } catch (DomainException e) {
            return java.util.List.of(); // an impossible date: the form says so when it is sent
        }
    }

    @PostMapping("/inquiries")
    @RequireIntake
    String register(@ModelAttribute("form") InquiryForm form, BindingResult binding, Model model,
                    RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return formPage(form, model);
        }
        try {
            Inquiry inquiry = inquiries.register(
                    new Citizens.NewCitizen(CprNumber.of(form.getCprNumber()), form.getCitizenName(), form.getAddress(),
                            form.getPhone(), form.getDistrict()),
                    new Inquiry.Intake(form.getSource(), form.getSourceName(),
                            form.getReceivedAt() == null ? null : form.getReceivedAt().atZone(DanishTime.ZONE).toInstant(),
                            form.getRequest(), form.getLegalBasis(), form.getConsent(), form.getPriority()),
                    form.applicant());
            redirect.addFlashAttribute("success", messages.text("inquiry.registered", inquiry.deadline()));
            return "redirect:/inquiries/" + inquiry.id();
        } catch (DomainException e) {
            messages.reject(binding, e);
            return formPage(form, model);
        }
    }

    private String formPage(InquiryForm form, Model model) {
        model.addAttribute("applicants", applicantsFor(form.getCprNumber()));
        model.addAttribute("relations", dk.omsorg.citizen.ContactRelation.values());
        model.addAttribute("sources", InquirySource.values());
        model.addAttribute("consents", Consent.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("legalBases", inquiries.legalBases());
        model.addAttribute("districts", citizens.districts());
        return "inquiry/new";
    }

    @GetMapping("/inquiries/{inquiryId}")
    @RequireCitizenAccess
    String show(@PathVariable long inquiryId, Model model) {
        model.addAttribute("inquiry", inquiries.read(inquiryId));
        model.addAttribute("today", LocalDate.now(clock));
        return "inquiry/show";
    }

    @PostMapping("/inquiries/{inquiryId}/postponements")
    @RequireCaseworker
    String postpone(@PathVariable long inquiryId,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedDecisionOn,
                    @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            inquiries.postponeDecision(inquiryId, expectedDecisionOn, reason);
            redirect.addFlashAttribute("success", messages.text("inquiry.postponed", expectedDecisionOn));
        } catch (DomainException e) {
            flashError(redirect, e);
            redirect.addFlashAttribute("reason", reason);
        }
        return "redirect:/inquiries/" + inquiryId;
    }

    @GetMapping("/inquiries/queue")
    @RequireQueueManagement
    String coordinatorQueue(Model model) {
        model.addAttribute("unassigned", inquiries.unassigned());
        model.addAttribute("assigned", inquiries.assigned());
        model.addAttribute("caseworkers", inquiries.caseworkers());
        return "inquiry/queue";
    }

    @PostMapping("/inquiries/{inquiryId}/assignment")
    @RequireQueueManagement
    String assign(@PathVariable long inquiryId, @RequestParam(required = false) String caseworker,
                  RedirectAttributes redirect) {
        try {
            Inquiry inquiry = caseworker == null || caseworker.isBlank()
                    ? inquiries.assignToFirstFree(inquiryId)
                    : inquiries.assign(inquiryId, caseworker);
            redirect.addFlashAttribute("success", messages.text("inquiry.assigned", people.name(inquiry.assignedTo())));
        } catch (DomainException e) {
            flashError(redirect, e);
        }
        return "redirect:/inquiries/queue";
    }

    @GetMapping("/my-queue")
    @RequireCaseworker
    String myQueue(Model model) {
        model.addAttribute("entries", inquiries.mine());
        return "inquiry/my-queue";
    }

    /**
     * The citizen's inquiries: the fragment the citizen overview shows (htmx), or a page of its own for a browser
     * without JavaScript that follows the overview's tab.
     */
    @GetMapping("/citizens/{citizenId}/inquiries")
    @RequireCitizenAccess
    String forCitizen(@PathVariable long citizenId, @RequestHeader(value = "HX-Request", required = false) String htmx,
                      Model model) {
        model.addAttribute("entries", inquiries.forCitizen(citizenId));
        model.addAttribute("citizenId", citizenId);
        if ("true".equals(htmx)) {
            return "inquiry/citizen-inquiries :: inquiries";
        }
        model.addAttribute("citizen", citizens.accessible(citizenId));
        return "inquiry/citizen-inquiries";
    }

    private void flashError(RedirectAttributes redirect, DomainException e) {
        DomainException.Violation first = e.violations().get(0);
        redirect.addFlashAttribute("error", messages.text(first.messageKey(), first.args()));
    }
}
