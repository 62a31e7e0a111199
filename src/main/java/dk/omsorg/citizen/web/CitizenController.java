package dk.omsorg.citizen.web;

import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseResponsibility;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.security.Role;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.web.Messages;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

/**
 * Citizen search and the citizen overview. The overview's summary and sections come from the other modules
 * (grants, providers, absences, notices, inquiries …) as fragments loaded with htmx, so this module depends on none
 * of them: it renders only what it owns (name, CPR number, address, district, the contact caseworker) and the slots.
 */
@Controller
class CitizenController {

    private final Citizens citizens;
    private final StaffDirectory staff;
    private final CurrentUsers users;
    private final Messages messages;
    private final Clock clock;

    CitizenController(Citizens citizens, StaffDirectory staff, CurrentUsers users, Messages messages, Clock clock) {
        this.citizens = citizens;
        this.staff = staff;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/citizens")
    @RequireCitizenAccess
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", citizens.search(q));
        return "citizen/search";
    }

    /** The same search, as the results fragment for htmx's live search. */
    @HxRequest
    @GetMapping("/citizens")
    @RequireCitizenAccess
    String searchResults(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", citizens.search(q));
        return "citizen/search :: results";
    }

    /**
     * The overview: the summary, and the section asked for ({@code ?section=journal}; the assessments without one)
     * loaded into the panel; the other sections load when their tab is chosen.
     */
    @GetMapping("/citizens/{citizenId}")
    @RequireCitizenAccess
    String show(@PathVariable long citizenId, @RequestParam(required = false) String section, Model model) {
        Citizen citizen = citizens.read(citizenId);
        model.addAttribute("citizen", citizen);
        model.addAttribute("age", Period.between(citizen.birthDate(), LocalDate.now(clock)).getYears());
        model.addAttribute("district", citizens.district(citizen.municipalityId(), citizen.district())
                .map(dk.omsorg.citizen.District::name).orElse(null));
        model.addAttribute("sections", CitizenSection.ALL);
        model.addAttribute("section", CitizenSection.of(section));
        Role role = users.current().role();
        if (role == Role.CASEWORKER || role == Role.COORDINATOR || role == Role.LEADER) {
            // the choices of the contact caseworker form (RequireCaseResponsibility)
            model.addAttribute("caseworkers", staff.withRole(citizen.municipalityId(), Role.CASEWORKER));
        }
        return "citizen/show";
    }

    /** The contact caseworker chosen on the summary; a choice made on an older version of the citizen is refused (409). */
    @PostMapping("/citizens/{citizenId}/contact-caseworker")
    @RequireCaseResponsibility
    String chooseContactCaseworker(@PathVariable long citizenId, @RequestParam(required = false) String contactCaseworker,
                                   @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        try {
            Citizen saved = citizens.chooseContactCaseworker(citizenId, contactCaseworker, version);
            redirect.addFlashAttribute("success", messages.text("citizen.contactCaseworker.saved",
                    staff.find(saved.contactCaseworker()).map(u -> u.displayName()).orElse(saved.contactCaseworker())));
        } catch (InvalidInputException e) {
            var v = e.violations().get(0);
            redirect.addFlashAttribute("contactCaseworkerError", messages.text(v.messageKey(), v.args()));
        }
        return "redirect:/citizens/" + citizenId;
    }
}
