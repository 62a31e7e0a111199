package dk.omsorg.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A drawn supervision sample (stikprøve) as stored.
 *
 * @param providerId   the provider the draw was limited to; null for every provider of the municipality
 * @param providerName that provider's name, or null
 * @param seed         orders each provider's citizens at random, reproducibly (see {@link SupervisionSamples})
 * @param members      the citizens drawn, counted once per provider
 */
public record Sample(long id, LocalDate from, LocalDate to, int perProvider, Long providerId, String providerName, long seed,
                     Instant drawnAt, String drawnBy, int members) {

    /** Days in the period, both ends included. */
    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }
}
