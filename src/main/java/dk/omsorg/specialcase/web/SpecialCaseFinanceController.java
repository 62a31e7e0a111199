package dk.omsorg.specialcase.web;

import dk.omsorg.specialcase.SpecialCaseFinance;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Finance's page of special cases: each case's monthly cost today and the notices of change, before → after. */
@Controller
@PreAuthorize("hasAnyRole('FINANCE','LEADER')")
class SpecialCaseFinanceController {

    private final SpecialCaseFinance finance;

    SpecialCaseFinanceController(SpecialCaseFinance finance) {
        this.finance = finance;
    }

    @GetMapping("/special-cases/finance")
    String page(Model model) {
        model.addAttribute("cases", finance.cases());
        model.addAttribute("notices", finance.notices(null));
        return "specialcase/finance";
    }
}
