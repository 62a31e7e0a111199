package dk.omsorg.places.web;

import dk.omsorg.citizen.Citizens;
import dk.omsorg.places.Stay;
import dk.omsorg.places.Stays;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.web.Messages;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** The page "Ophold i pladser" of a citizen: the stays, with move-in, move-out and cancel. */
@Controller
class StaysController {

    private final Stays stays;
    private final Citizens citizens;
    private final Messages messages;

    private final dk.omsorg.places.PlaceLists lists;

    StaysController(Stays stays, Citizens citizens, Messages messages, dk.omsorg.places.PlaceLists lists) {
        this.lists = lists;
        this.stays = stays;
        this.citizens = citizens;
        this.messages = messages;
    }

    @GetMapping("/citizens/{citizenId}/stays")
    @RequireCitizenAccess
    String list(@PathVariable long citizenId,
                @org.springframework.web.bind.annotation.RequestHeader(value = "HX-Request", required = false) String htmx,
                Model model) {
        model.addAttribute("citizen", citizens.accessible(citizenId));
        model.addAttribute("stays", stays.forCitizen(citizenId));
        model.addAttribute("entries", lists.forCitizen(citizenId));
        // the citizen overview's section "Pladser" loads the panel alone (htmx)
        return htmx != null ? "places/stays :: panel" : "places/stays";
    }

    @PostMapping("/citizens/{citizenId}/stays/{id}/move-in")
    @RequireCitizenAccess
    String moveIn(@PathVariable long citizenId, @PathVariable long id, @RequestParam Integer version,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                  Model model, RedirectAttributes redirect) {
        return change(citizenId, model, redirect, () -> stays.moveIn(id, version, on));
    }

    @PostMapping("/citizens/{citizenId}/stays/{id}/move-out")
    @RequireCitizenAccess
    String moveOut(@PathVariable long citizenId, @PathVariable long id, @RequestParam Integer version,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                   Model model, RedirectAttributes redirect) {
        return change(citizenId, model, redirect, () -> stays.moveOut(id, version, on));
    }

    @PostMapping("/citizens/{citizenId}/stays/{id}/cancel")
    @RequireCitizenAccess
    String cancel(@PathVariable long citizenId, @PathVariable long id, @RequestParam Integer version,
                  @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        return change(citizenId, model, redirect, () -> stays.cancel(id, version, reason));
    }

    private String change(long citizenId, Model model, RedirectAttributes redirect, Supplier<Stay> change) {
        try {
            change.get();
            redirect.addFlashAttribute("success", messages.text("places.stays.saved"));
            return "redirect:/citizens/" + citizenId + "/stays";
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("errors", List.of(messages.text("error.stale")));
        } catch (DomainException e) {
            model.addAttribute("errors", e.violations().stream().map(v -> messages.text(v.messageKey(), v.args())).toList());
        }
        return list(citizenId, null, model);
    }
}
