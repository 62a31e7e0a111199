package dk.omsorg.provider;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One of the citizen's current grants as the provider module sees it: what it is (read from the decision
 * tables), how its provider was chosen, who delivers it on the day asked about, and the next switch.
 *
 * @param providerId          the provider delivering on the day; null when none (e.g. a voucher not used yet)
 * @param nextProviderId      the provider of the next scheduled switch; null when none
 * @param nextProviderFrom    the day that switch takes effect
 */
public record DeliveredGrant(long decisionId, UUID grantKey, String interventionCode, String interventionName,
                             String areaCode, String areaName, String legalBasis, LocalDate start, LocalDate end,
                             int weeklyMinutes, ProviderChoiceKind choice, String selectionReason, Long providerId,
                             Long nextProviderId, LocalDate nextProviderFrom) {

    public DeliveredGrant with(Long providerId, Long nextProviderId, LocalDate nextProviderFrom) {
        return new DeliveredGrant(decisionId, grantKey, interventionCode, interventionName, areaCode, areaName, legalBasis,
                start, end, weeklyMinutes, choice, selectionReason, providerId, nextProviderId, nextProviderFrom);
    }
}
