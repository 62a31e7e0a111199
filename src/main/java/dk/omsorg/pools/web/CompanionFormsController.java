package dk.omsorg.pools.web;

import dk.omsorg.pools.PoolLedger.EventKind;
import dk.omsorg.pools.Pools;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
 * The § 97 forms on the citizen's Puljer tab beside "Registrér forbrug": deducting companionship given by another
 * offer (seed 001 § 97: such hours are deducted) and paying the yearly allowance for the companion's expenses on
 * receipts (seed 001 § 97 stk. 7). Bad input comes back (400) as Danish errors by field with what was typed, and
 * nothing is stored; the domain ({@link Pools}) makes every check, these only read the typed text.
 */
@Controller
class CompanionFormsController {

    private final Pools pools;
    private final Messages messages;

    CompanionFormsController(Pools pools, Messages messages) {
        this.pools = pools;
        this.messages = messages;
    }

    @PostMapping("/citizens/{citizenId}/pools/{id}/deductions")
    @RequireCaseworker
    String deduct(@PathVariable long citizenId, @PathVariable long id, @RequestParam(required = false) String on,
                  @RequestParam(required = false) String quantity, @RequestParam(required = false) String note,
                  @RequestParam(required = false) Integer version,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> typed = typed("on", on, "quantity", quantity, "note", note);
        try {
            pools.registerFor(citizenId, id, EventKind.DEDUCTION, date(on, "on"), hours(quantity), note, version);
        } catch (InvalidInputException e) {
            return refused(citizenId, id, "deduction", e, typed, htmx, model, response);
        }
        return saved(citizenId, "pool.deduction.saved", htmx, model, redirect);
    }

    @PostMapping("/citizens/{citizenId}/pools/{id}/allowance")
    @RequireCaseworker
    String allowance(@PathVariable long citizenId, @PathVariable long id, @RequestParam(required = false) String paidOn,
                     @RequestParam(required = false) String amount,
                     @RequestParam(required = false) String receiptReference,
                     @RequestParam(required = false) Integer version,
                     @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                     RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> typed = typed("paidOn", paidOn, "amount", amount, "receiptReference", receiptReference);
        try {
            pools.payAllowanceFor(citizenId, id, date(paidOn, "paidOn"), kroner(amount), receiptReference, version);
        } catch (InvalidInputException e) {
            return refused(citizenId, id, "allowance", e, typed, htmx, model, response);
        }
        return saved(citizenId, "pool.allowance.saved", htmx, model, redirect);
    }

    private String refused(long citizenId, long id, String form, InvalidInputException e, Map<String, String> typed,
                           String htmx, Model model, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Violation v : e.violations()) {
            errors.putIfAbsent(v.field(), messages.text(v.messageKey(), v.args()));
        }
        response.setStatus(400);
        model.addAttribute("errorPool", id);
        model.addAttribute("errorForm", form);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        fill(citizenId, model);
        return htmx != null ? "pools/citizen :: pools" : "pools/citizen";
    }

    private String saved(long citizenId, String key, String htmx, Model model, RedirectAttributes redirect) {
        if (htmx != null) {
            model.addAttribute("success", messages.text(key));
            fill(citizenId, model);
            return "pools/citizen :: pools";
        }
        redirect.addFlashAttribute("success", messages.text(key));
        return "redirect:/citizens/" + citizenId + "/pools";
    }

    private void fill(long citizenId, Model model) {
        model.addAttribute("citizenId", citizenId);
        model.addAttribute("pools", pools.forCitizen(citizenId));
        model.addAttribute("today", pools.today());
    }

    private static Map<String, String> typed(String... pairs) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            typed.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return typed;
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "pool.use.dateInvalid");
        }
    }

    /** "2,5" or "2.5" hours. */
    private static BigDecimal hours(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("quantity", "pool.quantity.invalid");
        }
    }

    /** Kroner as a Danish person writes them: "850", "850,50", "1.005,00" or "1.005" (dots group thousands). */
    private static BigDecimal kroner(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace(" ", "");
        if (t.matches("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
            t = t.replace(".", "");
        }
        t = t.replace(',', '.');
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("amount", "pool.allowance.amountUnreadable");
        }
    }
}
