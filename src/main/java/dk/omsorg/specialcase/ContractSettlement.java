package dk.omsorg.specialcase;

import dk.omsorg.settlement.CaseRates;
import dk.omsorg.settlement.CaseRates.NegotiatedRate;
import dk.omsorg.settlement.TimeBand;
import dk.omsorg.specialcase.ContractTables.ContractRow;
import dk.omsorg.specialcase.ContractTables.RatePeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A contract's rates reach settlement (seed 000 "Afregning"): for a provider other than the municipal one and the
 * primary private one ("Anden privat leverandør afregnes med særskilte takster, som er forhandlet til den konkrete
 * sag"), each rate period of the contract, cut to the contract's start and end, becomes a case-specific rate on each
 * of the case's grants for that provider — paid only for visits that provider delivers. The municipal provider (night
 * hours at the free-choice rate) and the primary private provider (its bid rates) stay as settlement.yaml prices them.
 * Grants that were rated once keep their rows, so a month already settled is not repriced by a grant that has ended.
 */
@Component
class ContractSettlement {

    private final JdbcClient jdbc;
    private final ContractTables contracts;
    private final CaseRates caseRates;
    private final CaseMinutes minutes;
    private final SpecialCaseContractPolicies policies;

    ContractSettlement(JdbcClient jdbc, ContractTables contracts, CaseRates caseRates, CaseMinutes minutes,
                       SpecialCaseContractPolicies policies) {
        this.jdbc = jdbc;
        this.contracts = contracts;
        this.caseRates = caseRates;
        this.minutes = minutes;
        this.policies = policies;
    }

    static String source(long contractId) {
        return "special-case-contract:" + contractId;
    }

    void sync(ContractRow contract, LocalDate today, String by) {
        SpecialCaseContractPolicy policy = policies.on(contract.municipalityId(), contract.startOn(), "startOn");
        List<NegotiatedRate> wanted = new ArrayList<>();
        boolean settledByFile = contract.providerCode().equals(policy.municipalProvider())
                || contract.providerCode().equals(policy.primaryPrivateProvider());
        if (!settledByFile) {
            Set<UUID> grants = new LinkedHashSet<>(jdbc.sql(
                            "select distinct grant_key from settlement_case_rate where municipality_id = ? and source = ?")
                    .params(contract.municipalityId(), source(contract.id())).query(UUID.class).list());
            LocalDate day = today.isAfter(contract.startOn()) ? today : contract.startOn();
            grants.addAll(minutes.on(contract.municipalityId(), contract.citizenId(), policy.rateGroup(), day).grantKeys());
            for (RatePeriod period : contracts.rates(contract.id())) {
                LocalDate from = period.validFrom().isBefore(contract.startOn()) ? contract.startOn() : period.validFrom();
                LocalDate to = earliest(period.validTo(), contract.endOn());
                if (to != null && to.isBefore(from)) {
                    continue;
                }
                for (UUID grant : grants) {
                    for (TimeBand band : List.of(TimeBand.WEEKDAY_DAY, TimeBand.OTHER, TimeBand.NIGHT)) {
                        wanted.add(new NegotiatedRate(grant, band, period.rates().of(band), from, to));
                    }
                }
            }
        }
        caseRates.replaceNegotiated(contract.municipalityId(), contract.citizenId(), contract.providerId(),
                source(contract.id()), "Kontrakt i særlig borgersag", by, wanted);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
