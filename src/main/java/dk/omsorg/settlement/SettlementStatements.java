package dk.omsorg.settlement;

import dk.omsorg.audit.AuditLog;
import dk.omsorg.provider.Provider;
import dk.omsorg.provider.Providers;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.settlement.SettlementReport.CoPaymentLine;
import dk.omsorg.settlement.SettlementReport.MonthTotal;
import dk.omsorg.settlement.SettlementReport.OwnMonth;
import dk.omsorg.settlement.SettlementReport.Problem;
import dk.omsorg.settlement.SettlementReport.ProviderTotal;
import dk.omsorg.settlement.SettlementReport.Statement;
import dk.omsorg.settlement.SettlementReport.StatementLine;
import dk.omsorg.settlement.SettlementReport.Subtotal;
import dk.omsorg.settlement.internal.SettlementTables;
import dk.omsorg.shared.Money;
import dk.omsorg.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading settlement runs: finance sees every run of its municipality, the totals per provider, each provider's
 * statement, the problems of a failed run and the co-payment list; a provider sees its own statements of approved
 * months only. Every citizen named in a statement or list that is read is audited.
 */
@Service
public class SettlementStatements {

    private static final java.util.Locale DANISH = java.util.Locale.forLanguageTag("da-DK");

    static final String STATEMENT = "settlement_statement";
    static final String CO_PAYMENT = "settlement_copayment";

    private final SettlementTables tables;
    private final Providers providers;
    private final CurrentUsers users;
    private final AuditLog audit;

    private final MessageSource messages;

    SettlementStatements(SettlementTables tables, Providers providers, CurrentUsers users, AuditLog audit,
                         MessageSource messages) {
        this.messages = messages;
        this.tables = tables;
        this.providers = providers;
        this.users = users;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<SettlementRun> runs() {
        return tables.runs(staff().municipalityId());
    }

    @Transactional(readOnly = true)
    public SettlementRun run(long runId) {
        return tables.run(staff().municipalityId(), runId).orElseThrow(() -> new NotFoundException("settlement.notFound", runId));
    }

    @Transactional(readOnly = true)
    public List<ProviderTotal> providerTotals(long runId) {
        return tables.providerTotals(run(runId).id());
    }

    /** Each provider's total for the run's month and the {@code months} before it (runs that exist). */
    @Transactional(readOnly = true)
    public List<MonthTotal> history(long runId, int months) {
        SettlementRun run = run(runId);
        return tables.monthTotals(run.municipalityId(), run.month().minusMonths(months), run.month(), null);
    }

    @Transactional(readOnly = true)
    public List<Problem> problems(long runId) {
        return tables.problems(run(runId).id()).stream()
                .map(p -> p.withText(messages.getMessage("settlement.problem." + p.code(), null,
                        messages.getMessage("settlement.problem.ERROR", null, DANISH), DANISH)))
                .toList();
    }

    /** A provider's statement in a run, for finance. */
    @Transactional
    public Statement statement(long runId, long providerId) {
        SettlementRun run = run(runId);
        Provider provider = providers.inMunicipality(run.municipalityId()).stream().filter(p -> p.id() == providerId)
                .findFirst().orElseThrow(() -> new NotFoundException("settlement.provider.notFound", providerId));
        return statement(run, provider);
    }

    /** The co-payment list of the run's month, for the municipality's billing. */
    @Transactional
    public List<CoPaymentLine> coPayments(long runId) {
        List<CoPaymentLine> lines = tables.coPayments(run(runId).id());
        audit.readAll(lines.stream().map(CoPaymentLine::citizenId).distinct().toList(), CO_PAYMENT, runId);
        return lines;
    }

    /** The provider user's own approved statements, newest first. */
    @Transactional(readOnly = true)
    public List<SettlementRun> ownStatements() {
        return ownMonths().stream().map(OwnMonth::run).toList();
    }

    /** The provider user's own approved months with its total in each, newest first. */
    @Transactional(readOnly = true)
    public List<OwnMonth> ownMonths() {
        CurrentUser user = provider();
        List<SettlementRun> runs = tables.approvedRunsOf(user.municipalityId(), user.providerId());
        if (runs.isEmpty()) {
            return List.of();
        }
        Map<YearMonth, Money> totals = new HashMap<>();
        tables.monthTotals(user.municipalityId(), runs.get(runs.size() - 1).month(), runs.get(0).month(), user.providerId())
                .forEach(t -> totals.put(t.month(), t.total()));
        return runs.stream().map(r -> {
            Money own = totals.getOrDefault(r.month(), Money.ZERO);
            return new OwnMonth(r.forProvider(own), own);
        }).toList();
    }

    /** The provider user's own statement of an approved run; another provider's, or a draft, is refused as not found. */
    @Transactional
    public Statement ownStatement(long runId) {
        CurrentUser user = provider();
        SettlementRun run = tables.run(user.municipalityId(), runId).filter(SettlementRun::approved)
                .filter(r -> tables.approvedRunsOf(user.municipalityId(), user.providerId()).stream().anyMatch(o -> o.id() == r.id()))
                .orElseThrow(() -> new NotFoundException("settlement.notFound", runId));
        Statement own = statement(run, providers.get(user.providerId()));
        return new Statement(run.forProvider(own.total()), own.municipalityName(), own.providerId(), own.providerName(),
                own.providerCvr(), own.lines(), own.subtotals(), own.total());
    }

    private Statement statement(SettlementRun run, Provider provider) {
        List<StatementLine> lines = tables.lines(run.id(), provider.id());
        Map<String, Subtotal> subtotals = new LinkedHashMap<>();
        Money total = Money.ZERO;
        for (StatementLine line : lines) {
            subtotals.merge(line.rateGroup() + "|" + line.legalBasis() + "|" + line.account(),
                    new Subtotal(line.rateGroup(), line.rateGroupName(), line.legalBasis(), line.account(), line.amount()),
                    (a, b) -> new Subtotal(a.rateGroup(), a.rateGroupName(), a.legalBasis(), a.account(), a.amount().plus(b.amount())));
            total = total.plus(line.amount());
        }
        audit.readAll(lines.stream().map(StatementLine::citizenId).distinct().toList(), STATEMENT, run.id());
        List<Subtotal> sorted = subtotals.values().stream()
                .sorted(java.util.Comparator.comparing(Subtotal::rateGroupName).thenComparing(Subtotal::legalBasis)
                        .thenComparing(Subtotal::account))
                .toList();
        return new Statement(run, tables.municipalityName(run.municipalityId()), provider.id(), provider.name(),
                provider.cvr(), lines, sorted, total);
    }

    private CurrentUser staff() {
        CurrentUser user = users.current();
        if (user.isProvider()) {
            throw new AccessDeniedException("Settlement runs are for the municipality's staff");
        }
        return user;
    }

    private CurrentUser provider() {
        CurrentUser user = users.current();
        if (!user.isProvider()) {
            throw new AccessDeniedException("Own statements are for provider users");
        }
        return user;
    }
}
