package dk.omsorg.specialcase.api;

import dk.omsorg.specialcase.SpecialCaseFinance;
import dk.omsorg.specialcase.SpecialCaseFinance.CaseCost;
import dk.omsorg.specialcase.SpecialCaseFinance.FinanceNotice;
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

    SpecialCaseFinanceApi(SpecialCaseFinance finance) {
        this.finance = finance;
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
