package dk.omsorg.additionalcosts.web;

import dk.omsorg.additionalcosts.AdditionalCostsPayments;
import dk.omsorg.additionalcosts.AdditionalCostsPayments.Payment;
import dk.omsorg.security.RequireFinance;
import dk.omsorg.shared.web.Downloads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** Finance's page of the month's § 100 payments, with CSV and Excel downloads. */
@Controller
@RequireFinance
class AdditionalCostsPaymentsController {

    private final AdditionalCostsPayments payments;
    private final Clock clock;

    AdditionalCostsPaymentsController(AdditionalCostsPayments payments, Clock clock) {
        this.payments = payments;
        this.clock = clock;
    }

    @GetMapping("/additional-costs/payments")
    String page(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
        YearMonth m = month == null ? YearMonth.now(clock) : month;
        List<Payment> list = payments.month(m);
        model.addAttribute("month", m);
        model.addAttribute("monthName", m.getMonth().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("da")) + " " + m.getYear());
        model.addAttribute("payments", list);
        model.addAttribute("total", AdditionalCostsPayments.total(list));
        return "additionalcosts/payments";
    }

    @GetMapping("/additional-costs/payments.csv")
    @ResponseBody
    ResponseEntity<byte[]> csv(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return Downloads.attachment(payments.csv(payments.month(month)), Downloads.CSV, "merudgifter-" + month + ".csv");
    }

    @GetMapping("/additional-costs/payments.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> xlsx(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return Downloads.attachment(payments.xlsx(payments.month(month)), Downloads.XLSX, "merudgifter-" + month + ".xlsx");
    }
}
