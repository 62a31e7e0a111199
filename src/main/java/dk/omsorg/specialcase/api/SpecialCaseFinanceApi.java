package dk.omsorg.specialcase.api;

import dk.omsorg.specialcase.SpecialCaseFinance;
import dk.omsorg.specialcase.SpecialCaseFinance.CaseCost;
import dk.omsorg.specialcase.SpecialCaseFinance.FinanceNotice;
import dk.omsorg.specialcase.SpecialCaseHoursExtract;
import dk.omsorg.shared.web.Downloads;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Finance's view of special cases over REST: each case's monthly cost today, and the notices of change. */
@RestController
@Tag(name = "Særlige borgersager: økonomi", description = "Monthly cost of special cases and finance's notices")
class SpecialCaseFinanceApi {

    private final SpecialCaseFinance finance;
    private final SpecialCaseHoursExtract extract;

    SpecialCaseFinanceApi(SpecialCaseFinance finance, SpecialCaseHoursExtract extract) {
        this.finance = finance;
        this.extract = extract;
    }

    /** The yearly extract of hours for citizens under the policy's age (JSON). */
    @GetMapping("/api/v1/special-case-finance/extract")
    SpecialCaseHoursExtract.Extract extract(@RequestParam Integer year) {
        return extract.of(year);
    }

    @GetMapping("/api/v1/special-case-finance/extract.csv")
    ResponseEntity<byte[]> extractCsv(@RequestParam Integer year) {
        return Downloads.attachment(extract.csv(extract.of(year)), Downloads.CSV, "saerlige-borgersager-" + year + ".csv");
    }

    @GetMapping("/api/v1/special-case-finance/extract.xlsx")
    ResponseEntity<byte[]> extractXlsx(@RequestParam Integer year) {
        return Downloads.attachment(extract.xlsx(extract.of(year)), Downloads.XLSX, "saerlige-borgersager-" + year + ".xlsx");
    }

    @GetMapping("/api/v1/special-case-finance/cases")
    List<CaseCost> cases() {
        return finance.cases();
    }

    @GetMapping("/api/v1/special-case-finance/notices")
    List<FinanceNotice> notices(@RequestParam(required = false) Long caseId) {
        return finance.notices(caseId);
    }
}
