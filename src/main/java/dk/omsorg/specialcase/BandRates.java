package dk.omsorg.specialcase;

import dk.omsorg.settlement.TimeBand;
import dk.omsorg.shared.Money;

import java.util.Map;

/** Hourly rates per time band of settlement (hverdag dag, øvrige tider, nat), as an offer or a contract states them. */
public record BandRates(Money weekdayDay, Money other, Money night) {

    public Money of(TimeBand band) {
        return switch (band) {
            case WEEKDAY_DAY -> weekdayDay;
            case OTHER -> other;
            case NIGHT -> night;
            case ALL -> throw new IllegalArgumentException("1:1 time is priced by time band");
        };
    }

    public Map<TimeBand, Money> byBand() {
        return Map.of(TimeBand.WEEKDAY_DAY, weekdayDay, TimeBand.OTHER, other, TimeBand.NIGHT, night);
    }
}
