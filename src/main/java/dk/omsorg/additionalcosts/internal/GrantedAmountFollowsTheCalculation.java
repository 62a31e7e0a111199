package dk.omsorg.additionalcosts.internal;

import dk.omsorg.additionalcosts.AdditionalCosts;
import dk.omsorg.additionalcosts.AdditionalCostsCalculation.Outcome;
import dk.omsorg.additionalcosts.StoredCalculation;
import dk.omsorg.catalog.GrantMeasure;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.DecisionMade;
import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.Grant;
import dk.omsorg.shared.InvalidInputException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One truth for the § 100 amount: a grant in kroner under serviceloven § 100 is the calculation's result. In the
 * decision's own transaction, a new or changed § 100 grant must equal the monthly allowance of the citizen's
 * calculation in force on the grant's start (the newest one begun by then, not ended) — else the decision is refused
 * at the grant's amount with the calculation's figure — and the calculation is linked to the grant. The § 100
 * paragraph is the law's, not a municipality's choice (seed 001 "§ 100 Serviceniveau for merudgifter").
 */
@Component
class GrantedAmountFollowsTheCalculation {

    private final Decisions decisions;
    private final AdditionalCosts additionalCosts;
    private final AdditionalCostsStore store;

    GrantedAmountFollowsTheCalculation(Decisions decisions, AdditionalCosts additionalCosts, AdditionalCostsStore store) {
        this.decisions = decisions;
        this.additionalCosts = additionalCosts;
        this.store = store;
    }

    @EventListener
    void on(DecisionMade event) {
        Decision decision = decisions.stored(event.decisionId())
                .orElseThrow(() -> new IllegalStateException("Decision " + event.decisionId() + " not found"));
        List<Grant> grants = decision.grants();
        for (int i = 0; i < grants.size(); i++) {
            Grant grant = grants.get(i);
            if (grant.carriedOver() || !additionalCostsAllowance(grant)) {
                continue;
            }
            String field = "grants[" + i + "].amount";
            StoredCalculation calculation = inForce(additionalCosts.ofCitizen(decision.citizenId()), grant.start())
                    .orElseThrow(() -> new InvalidInputException(field, "additionalCosts.grant.noCalculation"));
            if (calculation.calculation().outcome() == Outcome.REFUSED) {
                throw new InvalidInputException(field, "additionalCosts.grant.refusedCalculation");
            }
            if (!calculation.calculation().monthlyAllowance().equals(grant.measured().amount())) {
                throw new InvalidInputException(field, "additionalCosts.grant.differs",
                        calculation.calculation().monthlyAllowance().danish());
            }
            store.linkGrant(calculation.id(), grant.grantKey());
        }
    }

    static boolean additionalCostsAllowance(Grant grant) {
        return grant.measured() != null && grant.measured().kind() == GrantMeasure.Kind.AMOUNT
                && grant.legalBasis() != null && grant.legalBasis().matches(".*§ ?100\\b.*");
    }

    /** The newest calculation begun by the grant's start and not ended before it (the list is newest first). */
    static Optional<StoredCalculation> inForce(List<StoredCalculation> newestFirst, LocalDate start) {
        return newestFirst.stream()
                .filter(c -> !c.startMonth().isAfter(start.withDayOfMonth(1)))
                .filter(c -> c.conditionsEnd() == null || !c.conditionsEnd().isBefore(start))
                .findFirst();
    }
}
