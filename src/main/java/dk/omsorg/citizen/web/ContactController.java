package dk.omsorg.citizen.web;

import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.citizen.Contact;
import dk.omsorg.citizen.ContactConsent;
import dk.omsorg.citizen.ContactRelation;
import dk.omsorg.citizen.Contacts;
import dk.omsorg.citizen.Households;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.function.Supplier;

/**
 * The citizen page's section on relatives, representatives and the household, and its compact summary. Loaded by
 * htmx into the citizen page; the same URL without htmx is a page of its own, so everything works without
 * JavaScript (forms post and redirect back). With htmx a form's answer is the section itself, errors included.
 */
@Controller
class ContactController {

    private static final String SECTION = "citizen/contacts :: section";

    private final Citizens citizens;
    private final Contacts contacts;
    private final Households households;
    private final Messages messages;

    ContactController(Citizens citizens, Contacts contacts, Households households, Messages messages) {
        this.citizens = citizens;
        this.contacts = contacts;
        this.households = households;
        this.messages = messages;
    }

    /** The form as typed: {@code id} and {@code version} when a contact is being changed. */
    public static class ContactForm {
        private Long id;
        private Integer version;
        private String name;
        private ContactRelation relation = ContactRelation.RELATIVE;
        private String phone;
        private String email;
        private boolean contactMe;
        private ContactConsent consent = ContactConsent.NONE;
        private String note;

        public Long getId() { return id; }
        public void setId(Long id) { this.id = id; }
        public Integer getVersion() { return version; }
        public void setVersion(Integer version) { this.version = version; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public ContactRelation getRelation() { return relation; }
        public void setRelation(ContactRelation relation) { this.relation = relation; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public boolean isContactMe() { return contactMe; }
        public void setContactMe(boolean contactMe) { this.contactMe = contactMe; }
        public ContactConsent getConsent() { return consent; }
        public void setConsent(ContactConsent consent) { this.consent = consent; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }

        Contacts.ContactInput input() {
            return new Contacts.ContactInput(name, relation, phone, email, contactMe, consent, note);
        }

        static ContactForm of(Contact c) {
            ContactForm f = new ContactForm();
            f.id = c.id();
            f.version = c.version();
            f.name = c.name();
            f.relation = c.relation();
            f.phone = c.phone();
            f.email = c.email();
            f.contactMe = c.contactMe();
            f.consent = c.consent();
            f.note = c.note();
            return f;
        }
    }

    @GetMapping("/citizens/{citizenId}/contacts")
    @RequireCitizenAccess
    String section(@PathVariable long citizenId, @RequestParam(required = false) Long edit,
                   @RequestParam(required = false) String householdQuery,
                   @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        ContactForm form = new ContactForm();
        if (edit != null) {
            form = contacts.forCitizen(citizenId).stream().filter(c -> c.id() == edit && c.current()).findFirst()
                    .map(ContactForm::of).orElse(form);
        }
        return show(citizenId, form, householdQuery, List.of(), null, htmx, model);
    }

    @GetMapping("/citizens/{citizenId}/contacts/summary")
    @RequireCitizenAccess
    String summary(@PathVariable long citizenId, Model model) {
        model.addAttribute("citizenId", citizenId);
        model.addAttribute("toContact", contacts.toContact(citizenId));
        return "citizen/contact-summary :: summary";
    }

    @PostMapping("/citizens/{citizenId}/contacts")
    @RequireCitizenAccess
    String save(@PathVariable long citizenId, @ModelAttribute("form") ContactForm form,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        return act(citizenId, form, htmx, model, redirect, response, () -> {
            Contact saved = form.getId() == null
                    ? contacts.add(citizenId, form.input())
                    : contacts.change(citizenId, form.getId(), form.getVersion(), form.input());
            return messages.text(form.getId() == null ? "contact.added" : "contact.changed", saved.name());
        });
    }

    @PostMapping("/citizens/{citizenId}/contacts/{contactId}/end")
    @RequireCitizenAccess
    String end(@PathVariable long citizenId, @PathVariable long contactId, @RequestParam(required = false) Integer version,
               @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
               RedirectAttributes redirect, HttpServletResponse response) {
        return act(citizenId, new ContactForm(), htmx, model, redirect, response,
                () -> messages.text("contact.endedDone", contacts.end(citizenId, contactId, version).name()));
    }

    @PostMapping("/citizens/{citizenId}/household")
    @RequireCitizenAccess
    String link(@PathVariable long citizenId, @RequestParam(required = false) Long memberId,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        return act(citizenId, new ContactForm(), htmx, model, redirect, response, () -> {
            households.link(citizenId, memberId);
            return messages.text("household.linked");
        });
    }

    @PostMapping("/citizens/{citizenId}/household/{memberId}/unlink")
    @RequireCitizenAccess
    String unlink(@PathVariable long citizenId, @PathVariable long memberId,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        return act(citizenId, new ContactForm(), htmx, model, redirect, response, () -> {
            households.unlink(citizenId, memberId);
            return messages.text("household.unlinked");
        });
    }

    /**
     * Does the change; then, with htmx, the section with the outcome; without, a redirect to the page (or the page with
     * the errors and the form as typed). A refusal leaves everything as it was.
     */
    private String act(long citizenId, ContactForm form, String htmx, Model model, RedirectAttributes redirect,
                       HttpServletResponse response, Supplier<String> change) {
        try {
            String success = change.get();
            if (htmx == null) {
                redirect.addFlashAttribute("success", success);
                return "redirect:/citizens/" + citizenId + "/contacts";
            }
            return show(citizenId, new ContactForm(), null, List.of(), success, htmx, model);
        } catch (DomainException e) {
            if (e instanceof dk.omsorg.shared.NotFoundException && htmx == null) {
                throw e;
            }
            List<String> errors = e.violations().stream().map(v -> messages.text(v.messageKey(), v.args())).toList();
            java.util.Map<String, String> byField = new java.util.LinkedHashMap<>();
            e.violations().stream().filter(v -> v.field() != null)
                    .forEach(v -> byField.putIfAbsent(v.field(), messages.text(v.messageKey(), v.args())));
            model.addAttribute("fieldErrors", byField);
            if (htmx == null) {
                response.setStatus(400);
            }
            return show(citizenId, form, null, errors, null, htmx, model);
        } catch (OptimisticLockingFailureException e) {
            if (htmx == null) {
                response.setStatus(409);
            }
            return show(citizenId, form, null, List.of(messages.text("error.stale")), null, htmx, model);
        }
    }

    private String show(long citizenId, ContactForm form, String householdQuery, List<String> errors, String success,
                        String htmx, Model model) {
        Citizen citizen = citizens.read(citizenId);
        model.addAttribute("citizen", citizen);
        model.addAttribute("contacts", contacts.forCitizen(citizenId));
        model.addAttribute("form", form);
        model.addAttribute("relations", ContactRelation.values());
        model.addAttribute("consents", ContactConsent.values());
        model.addAttribute("members", households.othersOf(citizenId));
        model.addAttribute("householdQuery", householdQuery);
        model.addAttribute("hits", householdQuery == null || householdQuery.isBlank() ? List.of()
                : citizens.search(householdQuery).stream().filter(c -> c.id() != citizenId).toList());
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", java.util.Map.of());
        }
        if (success != null) {
            model.addAttribute("success", success);
        }
        return htmx == null ? "citizen/contacts" : SECTION;
    }
}
