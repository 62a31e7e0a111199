package dk.omsorg.specialcase;

import java.time.LocalDate;

/**
 * A municipality's rules for special cases' offers and contracts in one validity period
 * ({@code policy/<code>-<name>/special-case-contracts.yaml}).
 *
 * @param maxNoticeMonths        the longest notice: the current month plus this many months (seed 000: 1)
 * @param rateGroup              the settlement rate group of 1:1 time; the case's minutes are its grants in it
 * @param municipalProvider      provider code of the municipal provider, compared with and settled by settlement.yaml
 * @param primaryPrivateProvider provider code of the primary private provider, likewise
 */
public record SpecialCaseContractPolicy(int municipalityId, LocalDate validFrom, LocalDate validTo, int maxNoticeMonths,
                                        String rateGroup, String municipalProvider, String primaryPrivateProvider) {

    boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
