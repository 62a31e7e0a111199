package dk.omsorg.settlement.api;

import dk.omsorg.security.RequireFinance;
import dk.omsorg.settlement.CaseRates;
import dk.omsorg.settlement.CaseRates.CaseRate;
import dk.omsorg.settlement.CaseRates.NewCaseRate;
import dk.omsorg.settlement.SettlementReport.CoPaymentLine;
import dk.omsorg.settlement.SettlementReport.MonthTotal;
import dk.omsorg.settlement.SettlementReport.Problem;
import dk.omsorg.settlement.SettlementReport.ProviderTotal;
import dk.omsorg.settlement.SettlementReport.Statement;
import dk.omsorg.settlement.SettlementRun;
import dk.omsorg.settlement.SettlementStatements;
import dk.omsorg.settlement.SettlingMonth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Settlement over REST for finance (økonomi, leder): run a month (in the background, or to the end with
 * {@code waitForResult: true}), follow its progress, read totals, statements, problems and co-payment, approve, and enter
 * case-specific rates. Bad input: 400 in Danish, nothing stored; an approved month: 409.
 */
@RestController
@RequestMapping("/api/v1/settlement")
@RequireFinance
@Tag(name = "Afregning", description = "Monthly settlement with providers, co-payment and case-specific rates")
class SettlementApi {

    private final SettlingMonth settling;
    private final SettlementStatements statements;
    private final CaseRates caseRates;

    SettlementApi(SettlingMonth settling, SettlementStatements statements, CaseRates caseRates) {
        this.settling = settling;
        this.statements = statements;
        this.caseRates = caseRates;
    }

    record RunRequest(YearMonth month, Boolean waitForResult) {
    }

    /** A run with its totals per provider and, when it failed, the visits it could not price. */
    record RunView(SettlementRun run, List<ProviderTotal> providers, List<Problem> problems) {
    }

    record ApproveRequest(Integer version) {
    }

    record EndRequest(LocalDate validTo, Integer version) {
    }

    @GetMapping("/runs")
    @Operation(summary = "The municipality's settlement runs, newest month first")
    List<SettlementRun> runs() {
        return statements.runs();
    }

    @PostMapping(path = "/runs", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Settle a month: {month: \"2026-03\", waitForResult: false} → 202 with the RUNNING run (poll it); "
            + "with waitForResult: true → 201 with the finished run. A draft is run again; an approved month → 409")
    ResponseEntity<RunView> start(@RequestBody RunRequest request) {
        boolean wait = Boolean.TRUE.equals(request.waitForResult());
        SettlementRun run = wait ? settling.settle(request.month()) : settling.start(request.month());
        return ResponseEntity.status(wait ? HttpStatus.CREATED : HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/settlement/runs/" + run.id())).body(view(run.id()));
    }

    @GetMapping("/runs/{id}")
    @Operation(summary = "A run: status, progress, totals per provider, problems")
    RunView run(@PathVariable long id) {
        return view(id);
    }

    @GetMapping("/runs/{id}/history")
    @Operation(summary = "Each provider's total for the run's month and up to 'months' months before it")
    List<MonthTotal> history(@PathVariable long id, @RequestParam(defaultValue = "5") int months) {
        return statements.history(id, Math.max(0, Math.min(months, 24)));
    }

    @PostMapping(path = "/runs/{id}/approve", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Approve a draft at the version you saw: {version}. The month is then locked. "
            + "Twice or stale → 409; the month not ended → 400")
    RunView approve(@PathVariable long id, @RequestBody ApproveRequest request) {
        settling.approve(id, request.version() == null ? -1 : request.version());
        return view(id);
    }

    @GetMapping("/runs/{id}/providers/{providerId}")
    @Operation(summary = "A provider's statement in the run: lines, subtotals per rate group, legal basis and account, total")
    Statement statement(@PathVariable long id, @PathVariable long providerId) {
        return statements.statement(id, providerId);
    }

    @GetMapping("/runs/{id}/copayment")
    @Operation(summary = "The citizens' co-payment (egenbetaling) of the run's month, for the municipality's billing")
    List<CoPaymentLine> coPayment(@PathVariable long id) {
        return statements.coPayments(id);
    }

    @GetMapping("/case-rates")
    @Operation(summary = "Case-specific rates (særskilte takster), all or one citizen's")
    List<CaseRate> caseRates(@RequestParam(required = false) Long citizenId) {
        return caseRates.list(citizenId);
    }

    @PostMapping(path = "/case-rates", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Enter a case-specific rate on a grant for a provider: {grantKey, providerId, band "
            + "(WEEKDAY_DAY, OTHER, NIGHT, ALL), amount (kroner per hour or per visit), validFrom, validTo, reason}")
    ResponseEntity<CaseRate> enter(@RequestBody NewCaseRate request) {
        CaseRate rate = caseRates.enter(request);
        return ResponseEntity.created(URI.create("/api/v1/settlement/case-rates/" + rate.id())).body(rate);
    }

    @PostMapping(path = "/case-rates/{id}/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "End a case-specific rate: {validTo (its last day), version}")
    CaseRate end(@PathVariable long id, @RequestBody EndRequest request) {
        return caseRates.end(id, request.validTo(), request.version() == null ? -1 : request.version());
    }

    private RunView view(long id) {
        SettlementRun run = statements.run(id);
        return new RunView(run, statements.providerTotals(id), statements.problems(id));
    }
}
