package dk.omsorg.settlement.api;

import dk.omsorg.security.RequireProvider;
import dk.omsorg.settlement.SettlementStatements;
import dk.omsorg.settlement.internal.StatementExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The provider's own statement of an approved month as PDF, XLSX or CSV; another provider's or a draft: 404. */
@RestController
@RequestMapping("/api/v1/provider/statements/{runId}")
@RequireProvider
@Tag(name = "Leverandør: afregning", description = "The provider's own approved monthly statements")
class ProviderStatementDownloadApi {

    private final SettlementStatements statements;
    private final StatementExport export;

    ProviderStatementDownloadApi(SettlementStatements statements, StatementExport export) {
        this.statements = statements;
        this.export = export;
    }

    @GetMapping("/statement.pdf")
    @Operation(summary = "The provider's statement of an approved month as a Danish PDF")
    ResponseEntity<byte[]> pdf(@PathVariable long runId) {
        return export.pdf(statements.ownStatement(runId));
    }

    @GetMapping("/statement.xlsx")
    @Operation(summary = "The provider's statement of an approved month as XLSX")
    ResponseEntity<byte[]> xlsx(@PathVariable long runId) {
        return export.xlsx(statements.ownStatement(runId));
    }

    @GetMapping("/statement.csv")
    @Operation(summary = "The provider's statement of an approved month as CSV (UTF-8 with BOM, semicolons, decimal comma)")
    ResponseEntity<byte[]> csv(@PathVariable long runId) {
        return export.csv(statements.ownStatement(runId));
    }
}
