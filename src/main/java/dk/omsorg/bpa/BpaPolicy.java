package dk.omsorg.bpa;

import dk.omsorg.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One municipality's BPA policy ({@code bpa.yaml}): wage rates with validity, follow-up months, team-report weeks. */
public record BpaPolicy(int municipalityId, String source, int followUpMonths, int teamNotKeptWeeks, List<Rate> rates,
                        String file) {

    /** @param administrationPercent added on top of the wages, e.g. 5.00 */
    public record Rate(LocalDate validFrom, LocalDate validTo, String source, Money hourlyRate,
                       BigDecimal administrationPercent) {

        public boolean inForce(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    public Optional<Rate> rateOn(LocalDate day) {
        return rates.stream().filter(r -> r.inForce(day)).findFirst();
    }
}
