package dk.omsorg.pools.web;

import dk.omsorg.pools.PoolLedger.EventKind;
import dk.omsorg.pools.Pools;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The citizen's pools (puljer): balance, hours about to lapse and the ledger, with a form to register a use. An htmx
 * request gets the section fragment; a plain request (no JavaScript) the page, and a form post redirects back.
 * A refused use shows the Danish error by the field with what was typed, and stores nothing.
 */
@Controller
class PoolController {

    private final Pools pools;
    private final Messages messages;

    PoolController(Pools pools, Messages messages) {
        this.pools = pools;
        this.messages = messages;
    }

    @GetMapping("/citizens/{citizenId}/pools")
    @RequireCitizenAccess
    String citizen(@PathVariable long citizenId, @RequestHeader(value = "HX-Request", required = false) String htmx,
                   Model model) {
        fill(citizenId, model);
        return htmx != null ? "pools/citizen :: pools" : "pools/citizen";
    }

    @PostMapping("/citizens/{citizenId}/pools/{id}/uses")
    @RequireCaseworker
    String use(@PathVariable long citizenId, @PathVariable long id, @RequestParam(required = false) String on,
               @RequestParam(required = false) String quantity, @RequestParam(required = false) String note,
               @RequestParam(required = false) Integer version,
               @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
               RedirectAttributes redirect, HttpServletResponse response) {
        try {
            pools.registerFor(citizenId, id, EventKind.USE, date(on), quantity(quantity), note, version);
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (Violation v : e.violations()) {
                errors.putIfAbsent(v.field(), messages.text(v.messageKey(), v.args()));
            }
            response.setStatus(400);
            model.addAttribute("errorPool", id);
            model.addAttribute("errors", errors);
            model.addAttribute("typed", Map.of("on", on == null ? "" : on, "quantity", quantity == null ? "" : quantity,
                    "note", note == null ? "" : note));
            fill(citizenId, model);
            return htmx != null ? "pools/citizen :: pools" : "pools/citizen";
        }
        String saved = messages.text("pool.use.saved");
        if (htmx != null) {
            model.addAttribute("success", saved);
            fill(citizenId, model);
            return "pools/citizen :: pools";
        }
        redirect.addFlashAttribute("success", saved);
        return "redirect:/citizens/" + citizenId + "/pools";
    }

    private void fill(long citizenId, Model model) {
        model.addAttribute("citizenId", citizenId);
        model.addAttribute("pools", pools.forCitizen(citizenId));
        model.addAttribute("today", pools.today());
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("on", "pool.use.dateInvalid");
        }
    }

    /** "2,5" or "2.5" hours (or days). */
    private static BigDecimal quantity(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("quantity", "pool.quantity.invalid");
        }
    }
}
