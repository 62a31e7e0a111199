package dk.omsorg.settlement.web;

import dk.omsorg.provider.Providers;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireFinance;
import dk.omsorg.settlement.CaseRates;
import dk.omsorg.settlement.CaseRates.NewCaseRate;
import dk.omsorg.settlement.TimeBand;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Case-specific rates (særskilte takster) on screen: the municipality's rates, the form to enter one on a grant for a
 * provider, and ending one. Errors are shown in Danish beside the fields; nothing is stored when there is one.
 */
@Controller
@RequireFinance
class CaseRateController {

    private final CaseRates caseRates;
    private final Providers providers;
    private final CurrentUsers users;
    private final SettlementTexts texts;

    CaseRateController(CaseRates caseRates, Providers providers, CurrentUsers users, SettlementTexts texts) {
        this.caseRates = caseRates;
        this.providers = providers;
        this.users = users;
        this.texts = texts;
    }

    /** The form's values as typed. */
    public record Form(String grantKey, String providerId, String band, String amount, String validFrom, String validTo,
                       String reason) {
    }

    @GetMapping("/settlement/case-rates")
    String list(Model model) {
        return page(model, new Form("", "", "", "", "", "", ""), Map.of(), null, Map.of());
    }

    @PostMapping("/settlement/case-rates")
    String enter(@RequestParam(required = false) String grantKey, @RequestParam(required = false) String providerId,
                 @RequestParam(required = false) String band, @RequestParam(required = false) String amount,
                 @RequestParam(required = false) String validFrom, @RequestParam(required = false) String validTo,
                 @RequestParam(required = false) String reason, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        Form form = new Form(grantKey, providerId, band, amount, validFrom, validTo, reason);
        Map<String, String> errors = new LinkedHashMap<>();
        UUID key = parse(grantKey, "grantKey", "settlement.web.caseRate.grantKey.invalid", UUID::fromString, errors);
        Long provider = parse(providerId, "providerId", "settlement.caseRate.provider.unknown", Long::valueOf, errors);
        TimeBand timeBand = parse(band, "band", "settlement.caseRate.band.required", TimeBand::valueOf, errors);
        LocalDate from = parse(validFrom, "validFrom", "settlement.web.date.invalid", LocalDate::parse, errors);
        LocalDate to = parse(validTo, "validTo", "settlement.web.date.invalid", LocalDate::parse, errors);
        // With a malformed field the rate is not entered; the use case still checks the rest when a required field
        // is missing (so it cannot store anything), so that every error shows at once.
        boolean requiredMissing = key == null || provider == null || timeBand == null || from == null;
        if (errors.isEmpty() || requiredMissing) {
            try {
                caseRates.enter(new NewCaseRate(key, provider, timeBand, amount, from, to, reason));
                redirect.addFlashAttribute("saved", texts.text("settlement.web.caseRate.saved"));
                return "redirect:/settlement/case-rates";
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> errors.putIfAbsent(v.field() == null ? "" : v.field(),
                        texts.text(v.messageKey(), v.args())));
            }
        }
        response.setStatus(400);
        return page(model, form, errors, null, Map.of());
    }

    @PostMapping("/settlement/case-rates/{id}/end")
    String end(@PathVariable long id, @RequestParam(required = false) String validTo,
               @RequestParam(required = false) Integer version, Model model, HttpServletResponse response,
               RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate to = parse(validTo, "validTo", "settlement.web.date.invalid", LocalDate::parse, errors);
        if (errors.isEmpty()) {
            try {
                caseRates.end(id, to, version == null ? -1 : version);
                redirect.addFlashAttribute("saved", texts.text("settlement.web.caseRate.ended"));
                return "redirect:/settlement/case-rates";
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> errors.merge("validTo", texts.text(v.messageKey(), v.args()), (a, b) -> a + " " + b));
            } catch (DomainException e) {
                errors.put("validTo", texts.text(e));
                response.setStatus(409);
            }
        }
        if (response.getStatus() != 409) {
            response.setStatus(400);
        }
        Map<String, String> endErrors = new java.util.HashMap<>(errors);
        endErrors.put("value", validTo == null ? "" : validTo);
        return page(model, new Form("", "", "", "", "", "", ""), Map.of(), id, endErrors);
    }

    private String page(Model model, Form form, Map<String, String> errors, Long endingId, Map<String, String> endErrors) {
        model.addAttribute("rates", caseRates.list(null));
        model.addAttribute("providers", providers.inMunicipality(users.current().municipalityId()));
        model.addAttribute("bands", TimeBand.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("endingId", endingId);
        model.addAttribute("endErrors", endErrors);
        return "settlement/case-rates";
    }

    /** A typed value, or null when blank (the use case says what is required); a malformed one is an error. */
    private <T> T parse(String typed, String field, String key, java.util.function.Function<String, T> parser,
                        Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return parser.apply(typed.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.put(field, texts.text(key));
            return null;
        }
    }
}
