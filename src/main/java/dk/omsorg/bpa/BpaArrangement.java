package dk.omsorg.bpa;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A citizen's BPA arrangement: granted hours per day from a start date, and — when reported — the day from which a
 * full helper team could not be kept.
 */
public record BpaArrangement(long id, long citizenId, UUID grantKey, BigDecimal hoursPerDay, LocalDate startDate,
                             LocalDate teamNotKeptFrom, int version, String changedBy, Instant changedAt) {
}
