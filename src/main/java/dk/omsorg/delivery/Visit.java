package dk.omsorg.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A planned or delivered visit as stored.
 *
 * @param externalId          the provider's own visit id (besøgs_id)
 * @param kind                PLANNED or DELIVERED
 * @param shift               DAY, EVENING or NIGHT (a delivered visit's follows its start time)
 * @param notDeliveredReason  set on a DELIVERED visit that did not take place
 */
public record Visit(long id, long citizenId, UUID grantKey, String externalId, String kind, LocalDate date,
                    LocalTime startTime, String shift, int minutes, String notDeliveredReason, Instant modifiedAt,
                    String modifiedBy) {
}
