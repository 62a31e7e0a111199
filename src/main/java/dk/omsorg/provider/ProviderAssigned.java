package dk.omsorg.provider;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A grant got its provider when it was decided (published in the decision's transaction, once per
 * grant with a provider), or a voucher grant got the provider the citizen found.
 *
 * @param from the first day the provider delivers: the grant's start
 */
public record ProviderAssigned(int municipalityId, long citizenId, long decisionId, UUID grantKey, long providerId,
                               LocalDate from, ProviderChoiceKind kind) {
}
