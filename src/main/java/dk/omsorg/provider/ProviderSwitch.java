package dk.omsorg.provider;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A recorded switch of provider for one grant.
 *
 * @param oldProviderId null when a voucher grant got its first provider
 * @param cause         CITIZEN_REQUEST, DISTRICT_TRANSFER or VOUCHER_PROVIDER_FOUND
 */
public record ProviderSwitch(UUID grantKey, String interventionName, Long oldProviderId, String oldProviderName,
                             long newProviderId, String newProviderName, String cause, LocalDate requestedOn,
                             LocalDate effectiveFrom, String note) {
}
