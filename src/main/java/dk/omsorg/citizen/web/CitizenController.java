package dk.omsorg.citizen.web;

import dk.omsorg.citizen.Citizens;
import dk.omsorg.security.RequireCitizenAccess;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

/**
 * Citizen search and the citizen page. The page composes the other modules' parts (inquiries,
 * assessments) by loading their fragments with htmx, so this module depends on none of them.
 */
@Controller
class CitizenController {

    private final Citizens citizens;
    private final Clock clock;

    CitizenController(Citizens citizens, Clock clock) {
        this.citizens = citizens;
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

    @GetMapping("/citizens/{citizenId}")
    @RequireCitizenAccess
    String show(@PathVariable long citizenId, Model model) {
        var citizen = citizens.read(citizenId);
        model.addAttribute("citizen", citizen);
        model.addAttribute("age", Period.between(citizen.birthDate(), LocalDate.now(clock)).getYears());
        model.addAttribute("district", citizens.district(citizen.municipalityId(), citizen.district())
                .map(dk.omsorg.citizen.District::name).orElse(null));
        return "citizen/show";
    }
}
