package dk.omsorg.ownpayment.web;

import dk.omsorg.ownpayment.OwnPaymentForm;
import dk.omsorg.ownpayment.OwnPaymentForm.ExpenseLine;
import dk.omsorg.ownpayment.OwnPaymentForm.IncomeLine;
import dk.omsorg.ownpayment.OwnPaymentForm.OfferLine;
import dk.omsorg.ownpayment.OwnPaymentForm.RentLine;
import dk.omsorg.ownpayment.OwnPayments;
import dk.omsorg.decision.GrantReferences;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.web.Messages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The citizen's § 107 own payment page: the current amount with its calculation, the history of versions, and a
 * form for a new version when an input changes. Refused input is shown in Danish beside the form; nothing is saved.
 */
@Controller
@RequireCitizenAccess
class OwnPaymentController {

    private final OwnPayments ownPayments;
    private final Messages messages;

    OwnPaymentController(OwnPayments ownPayments, Messages messages) {
        this.ownPayments = ownPayments;
        this.messages = messages;
    }

    @GetMapping("/citizens/{citizenId}/own-payments")
    String page(@PathVariable long citizenId, Model model) {
        return show(citizenId, model, List.of());
    }

    /**
     * Income lines: up to three (blank lines are left out); expense lines: one per approved kind, a blank amount
     * leaves the kind out.
     */
    @PostMapping("/citizens/{citizenId}/own-payments")
    String save(@PathVariable long citizenId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate stayStart,
                @RequestParam(required = false) String rentAmount,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate rentUntil,
                @RequestParam(required = false) String housing, @RequestParam(required = false) String food,
                @RequestParam(required = false) String services, @RequestParam(required = false) Integer version,
                @RequestParam(required = false) String grantKey,
                Model model, jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response) {
        // the raw values: Spring would split one "14.000,00" into a list at its comma
        List<String> incomeKind = values(request, "incomeKind");
        List<String> incomeAmount = values(request, "incomeAmount");
        List<String> expenseKind = values(request, "expenseKind");
        List<String> expenseAmount = values(request, "expenseAmount");
        List<String> errors = new ArrayList<>();
        List<IncomeLine> incomes = new ArrayList<>();
        for (int i = 0; incomeKind != null && i < incomeKind.size(); i++) {
            String amount = at(incomeAmount, i);
            if (!blank(incomeKind.get(i)) || !blank(amount)) {
                incomes.add(new IncomeLine(incomeKind.get(i), kroner(amount, errors)));
            }
        }
        List<ExpenseLine> expenses = new ArrayList<>();
        for (int i = 0; expenseKind != null && i < expenseKind.size(); i++) {
            String amount = at(expenseAmount, i);
            if (!blank(amount)) {
                expenses.add(new ExpenseLine(expenseKind.get(i), kroner(amount, errors)));
            }
        }
        RentLine rent = blank(rentAmount) && rentUntil == null ? null : new RentLine(kroner(rentAmount, errors), rentUntil);
        OfferLine offer = new OfferLine(kroner(housing, errors), kroner(food, errors), kroner(services, errors));
        if (errors.isEmpty()) {
            try {
                OwnPaymentForm form = new OwnPaymentForm(effectiveFrom, stayStart, incomes, expenses, rent, offer,
                        GrantReferences.key(grantKey), version);
                ownPayments.save(citizenId, form);
                return "redirect:/citizens/" + citizenId + "/own-payments";
            } catch (DomainException e) {
                e.violations().forEach(v -> errors.add(messages.text(v.messageKey(), v.args())));
            }
        }
        response.setStatus(400);
        return show(citizenId, model, errors);
    }

    private String show(long citizenId, Model model, List<String> errors) {
        List<OwnPayments.Computed> history = ownPayments.history(citizenId);
        LocalDate today = ownPayments.today();
        model.addAttribute("citizenId", citizenId);
        model.addAttribute("history", history);
        model.addAttribute("current", history.isEmpty() ? null : history.get(0));
        model.addAttribute("latestVersion", history.isEmpty() ? 0 : history.get(0).version().version());
        model.addAttribute("level", ownPayments.levelOn(today));
        model.addAttribute("today", today);
        model.addAttribute("grants", ownPayments.grantsToChoose(citizenId));
        model.addAttribute("errors", errors);
        return "ownpayment/page";
    }

    private static List<String> values(jakarta.servlet.http.HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : List.of(values);
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** "1.234,50" or "1234.50" → kroner; text that is not an amount is a Danish error. */
    private BigDecimal kroner(String text, List<String> errors) {
        if (blank(text)) {
            return null;
        }
        String t = text.strip().replace(".", "").replace(',', '.');
        if (text.strip().matches("-?\\d+\\.\\d{1,3}")) {
            t = text.strip(); // "1234.50": a decimal point, not a thousands separator
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            errors.add(messages.text("ownpayment.amount.notAmount", text));
            return null;
        }
    }
}
