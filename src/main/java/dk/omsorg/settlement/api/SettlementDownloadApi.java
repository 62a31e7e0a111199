package dk.omsorg.settlement.api;

import dk.omsorg.security.RequireFinance;
import dk.omsorg.settlement.SettlementStatements;
import dk.omsorg.settlement.internal.StatementExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finance's downloads of a run: a provider's statement as PDF, XLSX or CSV (for the finance system) and the month's
 * co-payment list as CSV or XLSX (for billing). A run of another municipality: 404, as in {@link SettlementApi}.
 */
@RestController
@RequestMapping("/api/v1/settlement/runs/{id}")
@RequireFinance
@Tag(name = "Afregning", description = "Monthly settlement with providers, co-payment and case-specific rates")
class SettlementDownloadApi {

    private final SettlementStatements statements;
    private final StatementExport export;

    SettlementDownloadApi(SettlementStatements statements, StatementExport export) {
        this.statements = statements;
        this.export = export;
    }

    @GetMapping("/providers/{providerId}/statement.pdf")
    @Operation(summary = "A provider's statement in the run as a Danish PDF (draft or approved)")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable long providerId) {
        return export.pdf(statements.statement(id, providerId));
    }

    @GetMapping("/providers/{providerId}/statement.xlsx")
    @Operation(summary = "A provider's statement in the run as XLSX: sheet Linjer (numbers as numbers) and Subtotaler")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @PathVariable long providerId) {
        return export.xlsx(statements.statement(id, providerId));
    }

    @GetMapping("/providers/{providerId}/statement.csv")
    @Operation(summary = "A provider's statement in the run as CSV for the finance system (UTF-8 with BOM, semicolons, "
            + "decimal comma; columns in docs/settlement-exports.md)")
    ResponseEntity<byte[]> csv(@PathVariable long id, @PathVariable long providerId) {
        return export.csv(statements.statement(id, providerId));
    }

    @GetMapping("/copayment.csv")
    @Operation(summary = "The co-payment list of the run's month as CSV, with a last row 'I alt'")
    ResponseEntity<byte[]> coPaymentCsv(@PathVariable long id) {
        return export.coPaymentCsv(statements.run(id), statements.coPayments(id));
    }

    @GetMapping("/copayment.xlsx")
    @Operation(summary = "The co-payment list of the run's month as XLSX, with a last row 'I alt'")
    ResponseEntity<byte[]> coPaymentXlsx(@PathVariable long id) {
        return export.coPaymentXlsx(statements.run(id), statements.coPayments(id));
    }
}
