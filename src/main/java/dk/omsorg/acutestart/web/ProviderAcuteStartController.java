package dk.omsorg.acutestart.web;

import dk.omsorg.acutestart.AcuteStart.CalledBy;
import dk.omsorg.acutestart.AcuteStarts;
import dk.omsorg.acutestart.AcuteStarts.NewAcuteStart;
import dk.omsorg.security.RequireProvider;
import dk.omsorg.shared.DanishTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;

/** The provider's page "Akut opstart": register help started before a decision, and follow what was decided. */
@Controller
@RequireProvider
class ProviderAcuteStartController {

    private final AcuteStarts starts;
    private final Clock clock;

    ProviderAcuteStartController(AcuteStarts starts, Clock clock) {
        this.starts = starts;
        this.clock = clock;
    }

    @GetMapping("/provider/acute-starts")
    String list(Model model) {
        model.addAttribute("starts", starts.mine());
        model.addAttribute("citizens", starts.servedCitizens());
        model.addAttribute("today", LocalDate.now(clock.withZone(DanishTime.ZONE)));
        return "acutestart/provider";
    }

    @PostMapping("/provider/acute-starts")
    String register(@RequestParam(required = false) Long citizenId, @RequestParam(required = false) String cpr,
                    @RequestParam(required = false) String name, @RequestParam(required = false) String address,
                    @RequestParam(required = false) String phone,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
                    @RequestParam(required = false) String help, @RequestParam(required = false) CalledBy calledBy,
                    @RequestParam(required = false) String caller) {
        starts.register(new NewAcuteStart(citizenId, blankToNull(cpr), name, address, phone, startedOn, help, calledBy, caller));
        return "redirect:/provider/acute-starts";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
