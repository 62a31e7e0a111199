package dk.omsorg.provider;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A grant changes provider from {@code effectiveFrom}; until the day before, the old provider delivers.
 * Published in the transaction that records the switch (a citizen's request with the municipality's
 * notice, or at once on a transfer to a district the old provider is not approved in).
 */
public record ProviderSwitchScheduled(int municipalityId, long citizenId, UUID grantKey, long oldProviderId,
                                      long newProviderId, LocalDate requestedOn, LocalDate effectiveFrom) {
}
