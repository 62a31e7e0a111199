package dk.omsorg.pools.internal;

import dk.omsorg.catalog.GrantMeasure;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.DecisionMade;
import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.Grant;
import dk.omsorg.decision.Measured;
import dk.omsorg.pools.PoolKind;
import dk.omsorg.pools.Pools;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/**
 * A new grant measured as a pool opens its pool in the decision's own transaction, as the deciding caseworker: the
 * grant and its ledger are one fact, so a pool the rules refuse (a § 97 grant of other than the policy's hours a
 * month) refuses the decision with the pool's Danish reason instead of leaving a grant without its pool. The kind
 * follows from what the catalogue says the grant measures (seed 001): hours a month is § 97 companionship, hours per
 * 12 months § 84 afløsning, days per 12 months § 84 aflastning.
 */
@Component
class OpeningPoolsForGrants {

    private final Decisions decisions;
    private final Pools pools;

    OpeningPoolsForGrants(Decisions decisions, Pools pools) {
        this.decisions = decisions;
        this.pools = pools;
    }

    @EventListener
    void on(DecisionMade event) {
        Decision decision = decisions.stored(event.decisionId())
                .orElseThrow(() -> new IllegalStateException("Decision " + event.decisionId() + " not found"));
        for (Grant grant : decision.grants()) {
            Measured measured = grant.measured();
            if (grant.carriedOver() || grant.versionNo() != 1 || measured == null || measured.kind() != GrantMeasure.Kind.POOL) {
                continue;
            }
            pools.open(decision.citizenId(), new Pools.Opening(grant.grantKey(), kindOf(measured), grant.start(), grant.end(),
                    BigDecimal.valueOf(measured.quantity()), null));
        }
    }

    static PoolKind kindOf(Measured measured) {
        if (measured.unit() == GrantMeasure.PoolUnit.DAYS) {
            return PoolKind.RESPITE_DAYS;
        }
        return measured.per() == GrantMeasure.Period.MONTH ? PoolKind.COMPANION_HOURS : PoolKind.RELIEF_HOURS;
    }
}
