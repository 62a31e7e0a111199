package dk.omsorg.settlement.web;

import dk.omsorg.security.RequireFinance;
import dk.omsorg.settlement.SettlementReport.CoPaymentLine;
import dk.omsorg.settlement.SettlementReport.Statement;
import dk.omsorg.settlement.SettlementReport.StatementLine;
import dk.omsorg.settlement.SettlementRun;
import dk.omsorg.settlement.SettlementStatements;
import dk.omsorg.settlement.SettlingMonth;
import dk.omsorg.settlement.internal.StatementExport;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.Money;
import dk.omsorg.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The finance officer's settlement screens (Afregning): the runs by month with the form to settle one, a run's
 * progress (polled with htmx while it is computed), its totals per provider with the chart against the previous
 * months, the problems of a failed run, approval, a provider's statement and the co-payment list with their downloads.
 */
@Controller
@RequireFinance
class SettlementController {

    /** How many months before the run's month the chart shows. */
    static final int HISTORY_MONTHS = 5;

    private final SettlingMonth settling;
    private final SettlementStatements statements;
    private final StatementExport export;
    private final SettlementTexts texts;
    private final Clock clock;

    SettlementController(SettlingMonth settling, SettlementStatements statements, StatementExport export,
                         SettlementTexts texts, Clock clock) {
        this.settling = settling;
        this.statements = statements;
        this.export = export;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/settlement")
    String list(Model model) {
        return list(model, YearMonth.from(today()).minusMonths(1).toString(), null);
    }

    /** Starts the month in the background and shows its progress; a bad month or a locked one stays on the list. */
    @PostMapping("/settlement/runs")
    String start(@RequestParam(required = false) String month, Model model, HttpServletResponse response) {
        YearMonth parsed;
        try {
            parsed = month == null || month.isBlank() ? null : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            response.setStatus(400);
            return list(model, month, texts.text("settlement.web.month.invalid"));
        }
        try {
            SettlementRun run = settling.start(parsed);
            return "redirect:/settlement/runs/" + run.id();
        } catch (DomainException e) {
            response.setStatus(status(e));
            return list(model, month, texts.text(e));
        }
    }

    private String list(Model model, String month, String error) {
        model.addAttribute("runs", statements.runs());
        model.addAttribute("month", month);
        model.addAttribute("error", error);
        return "settlement/list";
    }

    /** The run; with htmx only the part that changes while it is computed (it stops polling once it is done). */
    @GetMapping("/settlement/runs/{id}")
    String run(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        run(model, statements.run(id));
        return htmx != null ? "settlement/run :: run" : "settlement/run";
    }

    /**
     * Approves at the version the page showed, once confirmed: approval locks the month, so the first press shows
     * the totals and asks again ({@code confirmed} is then sent). A draft that changed in between, or a run that is
     * no longer a draft, is not asked about: the error (twice, stale, the month not ended) is shown on the page.
     */
    @PostMapping("/settlement/runs/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) Integer version,
                   @RequestParam(defaultValue = "false") boolean confirmed, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        if (!confirmed) {
            SettlementRun current = statements.run(id);
            if (current.status() == SettlementRun.Status.DRAFT && version != null && version == current.version()) {
                model.addAttribute("confirmApprove", true);
                run(model, current);
                return "settlement/run";
            }
        }
        try {
            SettlementRun run = settling.approve(id, version == null ? -1 : version);
            redirect.addFlashAttribute("approved", texts.text("settlement.web.approved", run.month()));
            return "redirect:/settlement/runs/" + id;
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(status(e));
            model.addAttribute("approveError", texts.text(e));
            run(model, statements.run(id));
            return "settlement/run";
        }
    }

    private void run(Model model, SettlementRun run) {
        model.addAttribute("run", run);
        model.addAttribute("monthName", texts.month(run.month()));
        model.addAttribute("monthEnded", today().isAfter(run.month().atEndOfMonth()));
        if (run.status() == SettlementRun.Status.DRAFT || run.approved()) {
            model.addAttribute("totals", statements.providerTotals(run.id()));
            model.addAttribute("chart", TotalsChart.of(run.month(), statements.history(run.id(), HISTORY_MONTHS),
                    statements.providerTotals(run.id()), texts));
        } else {
            model.addAttribute("totals", List.of());
        }
        model.addAttribute("problems", run.status() == SettlementRun.Status.FAILED ? statements.problems(run.id()) : List.of());
    }

    @GetMapping("/settlement/runs/{id}/providers/{providerId}")
    String statement(@PathVariable long id, @PathVariable long providerId, Model model) {
        Statement statement = statements.statement(id, providerId);
        Map<String, List<StatementLine>> byKind = new LinkedHashMap<>();
        Map<String, Money> kindTotals = new LinkedHashMap<>();
        for (StatementLine line : statement.lines()) {
            byKind.computeIfAbsent(line.kind(), k -> new java.util.ArrayList<>()).add(line);
            kindTotals.merge(line.kind(), line.amount(), Money::plus);
        }
        model.addAttribute("statement", statement);
        model.addAttribute("run", statement.run());
        model.addAttribute("monthName", texts.month(statement.run().month()));
        model.addAttribute("byKind", byKind);
        model.addAttribute("kindTotals", kindTotals);
        return "settlement/statement";
    }

    @GetMapping("/settlement/runs/{id}/providers/{providerId}/statement.pdf")
    @ResponseBody
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable long providerId) {
        return export.pdf(statements.statement(id, providerId));
    }

    @GetMapping("/settlement/runs/{id}/providers/{providerId}/statement.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @PathVariable long providerId) {
        return export.xlsx(statements.statement(id, providerId));
    }

    @GetMapping("/settlement/runs/{id}/providers/{providerId}/statement.csv")
    @ResponseBody
    ResponseEntity<byte[]> csv(@PathVariable long id, @PathVariable long providerId) {
        return export.csv(statements.statement(id, providerId));
    }

    @GetMapping("/settlement/runs/{id}/copayment")
    String coPayment(@PathVariable long id, Model model) {
        SettlementRun run = statements.run(id);
        List<CoPaymentLine> lines = statements.coPayments(id);
        model.addAttribute("run", run);
        model.addAttribute("monthName", texts.month(run.month()));
        model.addAttribute("lines", lines);
        model.addAttribute("total", lines.stream().map(CoPaymentLine::amount).reduce(Money.ZERO, Money::plus));
        return "settlement/copayment";
    }

    @GetMapping("/settlement/runs/{id}/copayment.csv")
    @ResponseBody
    ResponseEntity<byte[]> coPaymentCsv(@PathVariable long id) {
        return export.coPaymentCsv(statements.run(id), statements.coPayments(id));
    }

    @GetMapping("/settlement/runs/{id}/copayment.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> coPaymentXlsx(@PathVariable long id) {
        return export.coPaymentXlsx(statements.run(id), statements.coPayments(id));
    }

    private static int status(DomainException e) {
        return e instanceof ConflictException ? 409 : 400;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DanishTime.ZONE));
    }
}
