package dk.omsorg.additionalcosts;

import dk.omsorg.shared.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One municipality's § 100 policy as read from its {@code additional-costs.yaml}: the yearly levels (bands and top),
 * the medicine ceilings, the state's lowest km rates and the leisure-driving and holiday caps.
 */
public record AdditionalCostsPolicy(int municipalityId, String source, List<Level> levels,
                                    List<Dated<Money>> medicineCeilings, List<Dated<Money>> kmRates,
                                    int leisureKmPerMonth, int holidayWeeksPerYear, int holidayApplicationWeeks,
                                    String file) {

    /** A value in force from {@code validFrom} to {@code validTo} (open when null). */
    public record Dated<T>(LocalDate validFrom, LocalDate validTo, String source, T value) {
        public boolean covers(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /** A band: monthly needs from {@code from} up to the next band's from (or the top) give {@code standard}. */
    public record Band(Money from, Money standard) {
    }

    /** A year's level: the first band's from is the minimum; above the top, documented costs are paid as they are. */
    public record Level(LocalDate validFrom, LocalDate validTo, String source, List<Band> bands, Money top) {
        public Money minimum() {
            return bands.get(0).from();
        }

        public boolean covers(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    public Optional<Level> levelOn(LocalDate day) {
        return levels.stream().filter(l -> l.covers(day)).findFirst();
    }

    public Optional<Money> medicineCeilingOn(LocalDate day) {
        return medicineCeilings.stream().filter(d -> d.covers(day)).map(Dated::value).findFirst();
    }

    public Optional<Money> kmRateOn(LocalDate day) {
        return kmRates.stream().filter(d -> d.covers(day)).map(Dated::value).findFirst();
    }
}
