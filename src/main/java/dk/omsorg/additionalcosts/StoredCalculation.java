package dk.omsorg.additionalcosts;

import java.time.LocalDate;
import java.util.UUID;

/** A citizen's stored § 100 calculation: its place in time and its result (lines in {@link #calculation}). */
public record StoredCalculation(long id, long citizenId, UUID grantKey, LocalDate startMonth, LocalDate conditionsEnd,
                                int version, AdditionalCostsCalculation calculation) {
}
