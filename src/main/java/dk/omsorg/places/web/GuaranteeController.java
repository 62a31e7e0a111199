package dk.omsorg.places.web;

import dk.omsorg.places.NursingHomeGuarantee;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.DanishTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.LocalDate;

/** The page "Plejeboliggaranti": the general list's deadlines, the breaches of the last year and the specific list. */
@Controller
class GuaranteeController {

    private final NursingHomeGuarantee guarantee;
    private final CurrentUsers users;
    private final Clock clock;

    GuaranteeController(NursingHomeGuarantee guarantee, CurrentUsers users, Clock clock) {
        this.guarantee = guarantee;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/places/guarantee")
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER','LEADER','SUPERVISOR')")
    String page(Model model) {
        int municipality = users.current().municipalityId();
        LocalDate today = LocalDate.now(clock.withZone(DanishTime.ZONE));
        model.addAttribute("guarantee", guarantee.guarantee(municipality));
        model.addAttribute("overview", guarantee.overview(municipality, today));
        model.addAttribute("breaches", guarantee.breaches(municipality, today, today.minusDays(365), today));
        return "places/guarantee";
    }
}
