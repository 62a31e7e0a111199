package dk.omsorg.specialcase;

import dk.omsorg.settlement.SettlementPolicies;
import dk.omsorg.settlement.TimeBand;
import dk.omsorg.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rates settlement pays the municipal provider and the primary private provider for 1:1 time (seed 000
 * "Afregning": the municipal provider's night hours at the free-choice rate, the primary private provider "efter de
 * takster, som de har budt ind med"). These two are paid by the takstblad (settlement.yaml), never by rates typed on
 * a case: an offer from them carries the takstblad's rates, and finance's monthly cost of a contract with them is
 * priced by the takstblad on the day — so finance sees what settlement pays.
 */
@Component
class TakstbladRates {

    private final JdbcClient jdbc;
    private final SpecialCaseContractPolicies policies;
    private final SettlementPolicies settlement;

    TakstbladRates(JdbcClient jdbc, SpecialCaseContractPolicies policies, SettlementPolicies settlement) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.settlement = settlement;
    }

    /** The takstblad's rates on the day when the provider is paid by it; empty for any other provider. */
    Optional<BandRates> of(int municipalityId, long providerId, LocalDate day) {
        SpecialCaseContractPolicy policy = policies.on(municipalityId, day, "providerId");
        String code = jdbc.sql("select code from provider where municipality_id = ? and id = ?")
                .params(municipalityId, providerId).query(String.class).optional().orElse(null);
        if (code == null || !(code.equals(policy.municipalProvider()) || code.equals(policy.primaryPrivateProvider()))) {
            return Optional.empty();
        }
        return settlement.forMunicipality(municipalityId).flatMap(rates -> {
            Money d = OfferComparison.rate(rates, code, policy.rateGroup(), TimeBand.WEEKDAY_DAY, day);
            Money o = OfferComparison.rate(rates, code, policy.rateGroup(), TimeBand.OTHER, day);
            Money n = OfferComparison.rate(rates, code, policy.rateGroup(), TimeBand.NIGHT, day);
            return d == null || o == null || n == null ? Optional.empty() : Optional.of(new BandRates(d, o, n));
        });
    }
}
