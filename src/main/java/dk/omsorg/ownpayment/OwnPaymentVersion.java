package dk.omsorg.ownpayment;

import dk.omsorg.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One stored version of a citizen's own payment: its input, the amount computed for it, and who saved it when. */
public record OwnPaymentVersion(long id, long citizenId, int version, LocalDate effectiveFrom, UUID grantKey,
                                OwnPaymentForm input, Money ownPayment, String createdBy, Instant createdAt) {
}
