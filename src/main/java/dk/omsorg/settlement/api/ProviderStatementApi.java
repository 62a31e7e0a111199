package dk.omsorg.settlement.api;

import dk.omsorg.security.RequireProvider;
import dk.omsorg.settlement.SettlementReport.Statement;
import dk.omsorg.settlement.SettlementRun;
import dk.omsorg.settlement.SettlementStatements;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** A provider's own settlement statements of approved months; another provider's or a draft: 404. */
@RestController
@RequestMapping("/api/v1/provider/statements")
@RequireProvider
@Tag(name = "Leverandør: afregning", description = "The provider's own approved monthly statements")
class ProviderStatementApi {

    private final SettlementStatements statements;

    ProviderStatementApi(SettlementStatements statements) {
        this.statements = statements;
    }

    @GetMapping
    @Operation(summary = "The approved months in which the provider has a statement, newest first")
    List<SettlementRun> list() {
        return statements.ownStatements();
    }

    @GetMapping("/{runId}")
    @Operation(summary = "The provider's statement of an approved month")
    Statement statement(@PathVariable long runId) {
        return statements.ownStatement(runId);
    }
}
