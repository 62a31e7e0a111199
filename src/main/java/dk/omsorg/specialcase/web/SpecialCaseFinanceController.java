package dk.omsorg.specialcase.web;

import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.web.Downloads;
import dk.omsorg.specialcase.SpecialCaseFinance;
import dk.omsorg.specialcase.SpecialCaseHoursExtract;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Finance's page of special cases: each case's monthly cost today and the notices of change, before → after. */
@Controller
@PreAuthorize("hasAnyRole('FINANCE','LEADER')")
class SpecialCaseFinanceController {

    private final SpecialCaseFinance finance;
    private final SpecialCaseHoursExtract extract;
    private final Clock clock;

    SpecialCaseFinanceController(SpecialCaseFinance finance, SpecialCaseHoursExtract extract, Clock clock) {
        this.finance = finance;
        this.extract = extract;
        this.clock = clock;
    }

    /** The yearly extract of hours for citizens under the policy's age; last year unless another is asked for. */
    @GetMapping("/special-cases/extract")
    String extract(@RequestParam(required = false) Integer year, Model model) {
        int y = year != null ? year : LocalDate.now(clock.withZone(DanishTime.ZONE)).getYear() - 1;
        model.addAttribute("extract", extract.of(y));
        return "specialcase/extract";
    }

    @GetMapping("/special-cases/extract.csv")
    @ResponseBody
    ResponseEntity<byte[]> csv(@RequestParam Integer year) {
        return Downloads.attachment(extract.csv(extract.of(year)), Downloads.CSV, "saerlige-borgersager-" + year + ".csv");
    }

    @GetMapping("/special-cases/extract.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> xlsx(@RequestParam Integer year) {
        return Downloads.attachment(extract.xlsx(extract.of(year)), Downloads.XLSX, "saerlige-borgersager-" + year + ".xlsx");
    }

    @GetMapping("/special-cases/finance")
    String page(Model model) {
        model.addAttribute("cases", finance.cases());
        model.addAttribute("notices", finance.notices(null));
        return "specialcase/finance";
    }
}
