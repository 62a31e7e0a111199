package dk.omsorg.specialcase.web;

import dk.omsorg.catalog.Shift;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.citizen.Contacts;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.security.Role;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.web.Messages;
import dk.omsorg.specialcase.SpecialCaseOpening;
import dk.omsorg.specialcase.SpecialCaseSetting;
import dk.omsorg.specialcase.SpecialCases;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The special case's screens: the form that opens one (from the inquiry "Særlig borgersag" or the citizen overview),
 * the case's page (contact caseworker, status, criteria, holistic assessment, history, follow-up, end) and the
 * overview's summary line. Errors are shown in Danish with what was typed; nothing is stored then.
 */
@Controller
@RequireCitizenAccess
class SpecialCaseController {

    private final SpecialCases specialCases;
    private final Citizens citizens;
    private final Contacts contacts;
    private final StaffDirectory staff;
    private final Messages messages;

    SpecialCaseController(SpecialCases specialCases, Citizens citizens, Contacts contacts, StaffDirectory staff,
                          Messages messages) {
        this.specialCases = specialCases;
        this.citizens = citizens;
        this.contacts = contacts;
        this.staff = staff;
        this.messages = messages;
    }

    /** The form, or the open case when the citizen has one. */
    @GetMapping("/citizens/{citizenId}/special-case")
    String form(@PathVariable long citizenId, @RequestParam(required = false) Long inquiryId, Model model) {
        var open = specialCases.openOf(citizenId);
        if (open.isPresent()) {
            return "redirect:/special-cases/" + open.get().specialCase().id();
        }
        Form form = new Form(inquiryId, null, EnumSet.noneOf(Shift.class), "", false, null, null, null,
                specialCases.today());
        return showForm(citizenId, form, model, List.of(), null);
    }

    @PostMapping("/citizens/{citizenId}/special-case")
    String open(@PathVariable long citizenId, @RequestParam(required = false) Long inquiryId,
                @RequestParam(required = false) SpecialCaseSetting setting,
                @RequestParam(required = false) Set<Shift> shifts, @RequestParam(required = false) String need,
                @RequestParam(required = false) boolean packageCriteriaMet,
                @RequestParam(required = false) Boolean respirationCaused,
                @RequestParam(required = false) String contactCaseworker,
                @RequestParam(required = false) Long informedContactId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate informedOn,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Form form = new Form(inquiryId, setting, shifts == null ? Set.of() : shifts, need, packageCriteriaMet,
                respirationCaused, contactCaseworker, informedContactId, informedOn);
        try {
            SpecialCases.Outcome outcome = specialCases.open(citizenId, new SpecialCaseOpening(inquiryId, setting,
                    form.shifts(), need, packageCriteriaMet, respirationCaused, contactCaseworker, informedContactId,
                    informedOn));
            if (outcome instanceof SpecialCases.ReferredToCoordinator referred) {
                return showForm(citizenId, form, model, List.of(), messages.text("specialCase.referred", referred.criterion()));
            }
            redirect.addFlashAttribute("success", messages.text("specialCase.opened"));
            return "redirect:/special-cases/" + ((SpecialCases.Opened) outcome).specialCase().id();
        } catch (DomainException e) {
            response.setStatus(e instanceof dk.omsorg.shared.ConflictException ? 409 : 400);
            return showForm(citizenId, form, model, errors(e), null);
        }
    }

    @GetMapping("/special-cases/{caseId}")
    String page(@PathVariable long caseId, Model model) {
        return showCase(caseId, model, List.of());
    }

    @PostMapping("/special-cases/{caseId}/follow-ups")
    String followUp(@PathVariable long caseId, @RequestParam(required = false) String note,
                    @RequestParam(required = false) Integer version, Model model, HttpServletResponse response) {
        try {
            specialCases.recordFollowUp(caseId, note, version);
            return "redirect:/special-cases/" + caseId;
        } catch (DomainException e) {
            response.setStatus(e instanceof dk.omsorg.shared.ConflictException ? 409 : 400);
            return showCase(caseId, model, errors(e));
        }
    }

    @PostMapping("/special-cases/{caseId}/end")
    String end(@PathVariable long caseId, @RequestParam(required = false) String reason,
               @RequestParam(required = false) Integer version, Model model, HttpServletResponse response) {
        try {
            specialCases.end(caseId, reason, version);
            return "redirect:/special-cases/" + caseId;
        } catch (DomainException e) {
            response.setStatus(e instanceof dk.omsorg.shared.ConflictException ? 409 : 400);
            return showCase(caseId, model, errors(e));
        }
    }

    /** The overview's summary: the open case in one line with a link, or a link to open one. */
    @GetMapping("/citizens/{citizenId}/special-case/summary")
    String summary(@PathVariable long citizenId, Model model) {
        model.addAttribute("citizenId", citizenId);
        model.addAttribute("open", specialCases.openOf(citizenId).orElse(null));
        return "specialcase/summary :: summary";
    }

    private String showForm(long citizenId, Form form, Model model, List<String> errors, String referred) {
        Citizen citizen = citizens.accessible(citizenId);
        model.addAttribute("citizen", citizen);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("referred", referred);
        model.addAttribute("rules", specialCases.rulesOn(citizen.municipalityId(), specialCases.today()).orElse(null));
        model.addAttribute("contacts", contacts.forCitizen(citizenId).stream().filter(c -> c.current()).toList());
        model.addAttribute("caseworkers", staff.withRole(citizen.municipalityId(), Role.CASEWORKER));
        model.addAttribute("currentCaseworker", form.contactCaseworker() != null ? form.contactCaseworker()
                : citizen.contactCaseworker());
        return "specialcase/new";
    }

    private String showCase(long caseId, Model model, List<String> errors) {
        SpecialCases.View view = specialCases.find(caseId);
        model.addAttribute("view", view);
        model.addAttribute("c", view.specialCase());
        // the heading names the citizen (the case's own read is audited by find)
        model.addAttribute("citizenName", citizens.accessible(view.specialCase().citizenId()).name());
        model.addAttribute("errors", errors);
        return "specialcase/page";
    }

    private List<String> errors(DomainException e) {
        List<String> errors = new ArrayList<>();
        e.violations().forEach(v -> errors.add(messages.text(v.messageKey(), v.args())));
        return errors;
    }

    /** What was typed, shown again with the errors. */
    record Form(Long inquiryId, SpecialCaseSetting setting, Set<Shift> shifts, String need, boolean packageCriteriaMet,
                Boolean respirationCaused, String contactCaseworker, Long informedContactId, LocalDate informedOn) {
    }
}
