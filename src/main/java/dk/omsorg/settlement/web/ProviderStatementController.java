package dk.omsorg.settlement.web;

import dk.omsorg.security.RequireProvider;
import dk.omsorg.settlement.SettlementReport.Statement;
import dk.omsorg.settlement.SettlementStatements;
import dk.omsorg.settlement.internal.StatementExport;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The provider's settlement pages (afregning): its approved months with the total of each, and one month's statement
 * on screen with the downloads. The downloads live here, under {@code /provider/**}, because the browser holds a
 * session, not the REST API's credentials; which runs are the provider's own is checked by
 * {@link SettlementStatements} per request (another provider's month or a draft: 404).
 */
@Controller
@RequireProvider
class ProviderStatementController {

    private final SettlementStatements statements;
    private final StatementExport export;

    ProviderStatementController(SettlementStatements statements, StatementExport export) {
        this.statements = statements;
        this.export = export;
    }

    @GetMapping("/provider/statements")
    String list(Model model) {
        model.addAttribute("months", statements.ownMonths());
        return "settlement/provider-statements";
    }

    @GetMapping("/provider/statements/{runId}")
    String statement(@PathVariable long runId, Model model) {
        Statement statement = statements.ownStatement(runId);
        model.addAttribute("s", statement);
        model.addAttribute("rows", export.rows(statement));
        model.addAttribute("period", StatementExport.month(statement.run().month()));
        model.addAttribute("status", export.status(statement.run()));
        return "settlement/provider-statement";
    }

    @GetMapping("/provider/statements/{runId}/statement.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long runId) {
        return export.pdf(statements.ownStatement(runId));
    }

    @GetMapping("/provider/statements/{runId}/statement.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long runId) {
        return export.xlsx(statements.ownStatement(runId));
    }

    @GetMapping("/provider/statements/{runId}/statement.csv")
    ResponseEntity<byte[]> csv(@PathVariable long runId) {
        return export.csv(statements.ownStatement(runId));
    }
}
