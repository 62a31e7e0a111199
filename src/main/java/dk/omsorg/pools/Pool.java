package dk.omsorg.pools;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A pool as stored: a grant's hours or days for a citizen, from {@code startsOn}. */
public record Pool(long id, int municipalityId, long citizenId, UUID grantKey, PoolKind kind, LocalDate startsOn,
                   LocalDate endsOn, BigDecimal quantity, BigDecimal savedOnOpen, int version) {
}
