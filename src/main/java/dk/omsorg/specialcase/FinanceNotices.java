package dk.omsorg.specialcase;

import dk.omsorg.decision.DecisionMade;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.Money;
import dk.omsorg.specialcase.ContractTables.ContractRow;
import dk.omsorg.specialcase.ContractTables.RatePeriod;
import dk.omsorg.specialcase.CaseSteps.CaseRef;
import dk.omsorg.task.TaskKind;
import dk.omsorg.task.TaskRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Finance is informed (seed 000: "Orientere økonomi, når der visiteres en særlig borgersag. Endvidere har samme leder
 * ansvaret for at orientere om ændringer i sagen (op/ned i takst)"): on a contract, a new provider, a rate change, the
 * contract's end and a change of the granted minutes, a stored notice with the case's monthly cost before → after
 * and a task for the finance team. Before is the cost of the previous notice; after is the cost from the day the
 * change takes effect. A change of minutes that leaves the cost as it was gives no notice.
 */
@Component
class FinanceNotices {

    static final String SYSTEM = "system";

    /** The monthly cost on a day: the contract in force then, the case's minutes per week and the cost. */
    record Cost(ContractRow contract, ShiftMinutes minutes, Money monthly) {
    }

    private final JdbcClient jdbc;
    private final ContractTables contracts;
    private final CaseMinutes caseMinutes;
    private final SpecialCaseContractPolicies policies;
    private final ContractSettlement settlement;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TakstbladRates takstbladRates;

    FinanceNotices(JdbcClient jdbc, ContractTables contracts, CaseMinutes caseMinutes, SpecialCaseContractPolicies policies,
                   ContractSettlement settlement, ApplicationEventPublisher events, Clock clock,
                   TakstbladRates takstbladRates) {
        this.takstbladRates = takstbladRates;
        this.jdbc = jdbc;
        this.contracts = contracts;
        this.caseMinutes = caseMinutes;
        this.policies = policies;
        this.settlement = settlement;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(DanishTime.ZONE));
    }

    Cost costOn(int municipalityId, long caseId, long citizenId, LocalDate day) {
        LocalDate asOf = day.isAfter(today()) ? day : today();
        SpecialCaseContractPolicy policy = policies.on(municipalityId, asOf, "specialCaseId");
        ShiftMinutes minutes = caseMinutes.on(municipalityId, citizenId, policy.rateGroup(), asOf).minutes();
        Optional<ContractRow> contract = contracts.ofCase(municipalityId, caseId).stream().filter(c -> c.inForceOn(day)).findFirst();
        // the municipal and the primary private provider are paid by the takstblad, whatever the contract states
        Optional<BandRates> rates = contract.flatMap(c -> takstbladRates.of(municipalityId, c.providerId(), day)
                .or(() -> contracts.rates(c.id()).stream().filter(r -> r.validOn(day)).map(RatePeriod::rates).findFirst()));
        return new Cost(contract.orElse(null), minutes, rates.map(r -> MonthlyCost.of(minutes, r)).orElse(Money.ZERO));
    }

    /** Whether the provider is paid by the takstblad, so a contract's rates with it are not changed on the case. */
    boolean takstblad(int municipalityId, long providerId, LocalDate day) {
        return takstbladRates.of(municipalityId, providerId, day).isPresent();
    }

    /** Stores a notice for the change taking effect on {@code effectiveOn} and asks finance to read it. */
    void notify(CaseRef c, String cause, LocalDate effectiveOn, String by, boolean onlyIfChanged) {
        Cost after = costOn(c.municipalityId(), c.id(), c.citizenId(), effectiveOn);
        Money before = jdbc.sql("""
                        select cost_after_ore from special_case_finance_notice where municipality_id = ? and special_case_id = ?
                        order by id desc limit 1""")
                .params(c.municipalityId(), c.id()).query(Long.class).optional().map(Money::new).orElse(Money.ZERO);
        if (onlyIfChanged && before.equals(after.monthly())) {
            return;
        }
        long id = jdbc.sql("""
                        insert into special_case_finance_notice (municipality_id, special_case_id, cause, effective_on,
                            provider_id, weekly_minutes, cost_before_ore, cost_after_ore, happened_at, happened_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(c.municipalityId(), c.id(), cause, effectiveOn,
                        after.contract() == null ? null : after.contract().providerId(), after.minutes().total(),
                        before.ore(), after.monthly().ore(), Timestamp.from(clock.instant()), by)
                .query(Long.class).single();
        events.publishEvent(new TaskRequested(c.municipalityId(), c.citizenId(), TaskKind.SPECIAL_CASE_COST,
                "special-case-cost:" + id, "Særlig borgersag: udgift pr. måned " + before.danish() + " kr. → "
                + after.monthly().danish() + " kr.", "/special-cases/finance", null, "FINANCE", today()));
    }

    /**
     * A decision for a citizen with an open special case and a contract: a grant decided later gets the contract's
     * rates in settlement, and a change of minutes is a change of cost finance is told about.
     */
    @ApplicationModuleListener
    void on(DecisionMade event) {
        Optional<CaseRef> open = jdbc.sql("""
                        select id, municipality_id, citizen_id, status from special_case
                        where municipality_id = ? and citizen_id = ? and status <> 'ENDED'""")
                .params(event.municipalityId(), event.citizenId())
                .query((rs, n) -> new CaseRef(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4))).optional();
        if (open.isEmpty()) {
            return;
        }
        List<ContractRow> all = contracts.ofCase(event.municipalityId(), open.get().id());
        if (all.isEmpty()) {
            return;
        }
        all.forEach(contract -> settlement.sync(contract, today(), SYSTEM));
        notify(open.get(), "MINUTES", today(), SYSTEM, true);
    }
}
