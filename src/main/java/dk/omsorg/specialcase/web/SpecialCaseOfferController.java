package dk.omsorg.specialcase.web;

import dk.omsorg.provider.Providers;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.web.Messages;
import dk.omsorg.specialcase.OfferComparison;
import dk.omsorg.specialcase.SpecialCaseContracts;
import dk.omsorg.specialcase.SpecialCaseContracts.NewContract;
import dk.omsorg.specialcase.SpecialCaseContracts.Notice;
import dk.omsorg.specialcase.SpecialCaseContracts.RateChange;
import dk.omsorg.specialcase.SpecialCaseOffers;
import dk.omsorg.specialcase.SpecialCaseOffers.NewOffer;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
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

/**
 * A special case's offers, comparison, choice, contract, notice and rate changes on one page (the leader acts, finance
 * reads). Each form posts to its own URL; an error re-shows the page with what was typed and a Danish error beside the
 * field (400), a stale contract 409. Nothing is stored when there is an error.
 */
@Controller
@PreAuthorize("hasAnyRole('LEADER','FINANCE')")
class SpecialCaseOfferController {

    private final SpecialCaseOffers offers;
    private final OfferComparison comparison;
    private final SpecialCaseContracts contracts;
    private final Providers providers;
    private final CurrentUsers users;
    private final Messages messages;

    SpecialCaseOfferController(SpecialCaseOffers offers, OfferComparison comparison, SpecialCaseContracts contracts,
                               Providers providers, CurrentUsers users, Messages messages) {
        this.offers = offers;
        this.comparison = comparison;
        this.contracts = contracts;
        this.providers = providers;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/special-cases/{caseId}/offers")
    String page(@PathVariable long caseId, Model model) {
        return page(caseId, model, null, Map.of(), Map.of());
    }

    @PostMapping("/special-cases/{caseId}/offers")
    String offer(@PathVariable long caseId, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long provider = parse(form.get("providerId"), "providerId", errors, Long::valueOf);
        LocalDate received = date(form.get("receivedOn"), "receivedOn", errors);
        LocalDate from = date(form.get("validFrom"), "validFrom", errors);
        LocalDate to = date(form.get("validTo"), "validTo", errors);
        Integer notice = parse(form.get("noticeMonths"), "noticeMonths", errors, Integer::valueOf);
        return act(caseId, "offer", form, errors, model, response, redirect, () -> offers.record(caseId, new NewOffer(provider,
                received, form.get("rateWeekdayDay"), form.get("rateOther"), form.get("rateNight"), from, to, notice)));
    }

    @PostMapping("/special-cases/{caseId}/choice")
    String choose(@PathVariable long caseId, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long offer = parse(form.get("offerId"), "offerId", errors, Long::valueOf);
        return act(caseId, "choice", form, errors, model, response, redirect,
                () -> comparison.choose(caseId, offer, form.get("reason")));
    }

    @PostMapping("/special-cases/{caseId}/review")
    String review(@PathVariable long caseId, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(caseId, "review", Map.of(), new LinkedHashMap<>(), model, response, redirect, () -> offers.askReview(caseId));
    }

    @PostMapping("/special-cases/{caseId}/contracts")
    String contract(@PathVariable long caseId, @RequestParam Map<String, String> form, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate start = date(form.get("startOn"), "startOn", errors);
        Integer notice = parse(form.get("noticeMonths"), "noticeMonths", errors, Integer::valueOf);
        return act(caseId, "contract", form, errors, model, response, redirect,
                () -> contracts.make(caseId, new NewContract(start, notice)));
    }

    @PostMapping("/special-cases/{caseId}/contracts/{contractId}/notice")
    String notice(@PathVariable long caseId, @PathVariable long contractId, @RequestParam Map<String, String> form,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate given = date(form.get("noticeGivenOn"), "noticeGivenOn", errors);
        LocalDate end = date(form.get("endOn"), "endOn", errors);
        Integer version = parse(form.get("version"), "version", errors, Integer::valueOf);
        return act(caseId, "notice-" + contractId, form, errors, model, response, redirect,
                () -> contracts.giveNotice(contractId, new Notice(given, end, version)));
    }

    @PostMapping("/special-cases/{caseId}/contracts/{contractId}/rates")
    String rates(@PathVariable long caseId, @PathVariable long contractId, @RequestParam Map<String, String> form,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = date(form.get("validFrom"), "validFrom", errors);
        Integer version = parse(form.get("version"), "version", errors, Integer::valueOf);
        return act(caseId, "rates-" + contractId, form, errors, model, response, redirect,
                () -> contracts.changeRates(contractId, new RateChange(from, form.get("rateWeekdayDay"), form.get("rateOther"),
                        form.get("rateNight"), version)));
    }

    /** Runs the use case unless a typed value was malformed; errors re-show the page with the form as typed. */
    private String act(long caseId, String formName, Map<String, String> form, Map<String, String> errors, Model model,
                       HttpServletResponse response, RedirectAttributes redirect, Runnable action) {
        if (errors.isEmpty()) {
            try {
                action.run();
                redirect.addFlashAttribute("saved", messages.text("specialCaseContract.web.saved"));
                return "redirect:/special-cases/" + caseId + "/offers";
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> errors.merge(v.field() == null ? "" : v.field(),
                        messages.text(v.messageKey(), v.args()), (a, b) -> a + " " + b));
                response.setStatus(400);
            } catch (ConflictException e) {
                e.violations().forEach(v -> errors.put("", messages.text(v.messageKey(), v.args())));
                response.setStatus(409);
            }
        } else {
            response.setStatus(400);
        }
        return page(caseId, model, formName, form, errors);
    }

    private String page(long caseId, Model model, String formName, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("header", offers.header(caseId));
        model.addAttribute("offers", offers.list(caseId));
        try {
            model.addAttribute("comparison", comparison.compare(caseId));
        } catch (InvalidInputException e) {
            model.addAttribute("comparison", null);
        }
        model.addAttribute("contracts", contracts.list(caseId));
        model.addAttribute("providers", providers.inMunicipality(users.current().municipalityId()));
        model.addAttribute("formName", formName);
        model.addAttribute("form", form);
        model.addAttribute("offerForm", "offer".equals(formName) ? form : Map.of());
        model.addAttribute("errors", errors);
        return "specialcase/offers";
    }

    private LocalDate date(String typed, String field, Map<String, String> errors) {
        return parse(typed, field, errors, LocalDate::parse);
    }

    /** A typed value, or null when blank (the use case says what is required); a malformed one is an error. */
    private <T> T parse(String typed, String field, Map<String, String> errors, java.util.function.Function<String, T> parser) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return parser.apply(typed.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.put(field, messages.text("specialCaseContract.web.malformed"));
            return null;
        }
    }
}
