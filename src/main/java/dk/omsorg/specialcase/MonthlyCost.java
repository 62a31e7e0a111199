package dk.omsorg.specialcase;

import dk.omsorg.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A case's monthly cost from its weekly minutes per shift and hourly rates per time band — the figure offers are
 * compared by and finance is told about (seed 000). The conversion:
 * <ul>
 *   <li>a month is an average month, 365.25 / 12 = 30.4375 days, i.e. 30.4375 / 7 weeks;</li>
 *   <li>day-shift minutes fall on weekdays 5/7 (hverdag dag) and on weekends 2/7 (øvrige tider) — public holidays
 *       are not counted apart;</li>
 *   <li>evening-shift minutes are øvrige tider, night-shift minutes nat.</li>
 * </ul>
 * The sum is rounded once, half up, to the øre. Settlement itself pays each visit by its own time band; this is an
 * estimate for comparison and for finance, not a bill.
 */
public final class MonthlyCost {

    /**
     * minutes per week × rate per hour → per month: × (365.25 / 12 / 7) weeks ÷ 60 minutes = × 1461 / 20160; with the
     * day minutes weighted in sevenths the divisor is 7 × 20160.
     */
    private static final BigDecimal NUMERATOR = BigDecimal.valueOf(1461);
    private static final BigDecimal DIVISOR = BigDecimal.valueOf(7L * 20160);

    private MonthlyCost() {
    }

    public static Money of(ShiftMinutes minutes, BandRates rates) {
        // day minutes split 5/7 : 2/7, kept exact by weighting with sevenths
        BigDecimal sevenths = BigDecimal.valueOf(minutes.day()).multiply(BigDecimal.valueOf(5 * rates.weekdayDay().ore()
                        + 2 * rates.other().ore()))
                .add(BigDecimal.valueOf(7L * minutes.evening() * rates.other().ore()))
                .add(BigDecimal.valueOf(7L * minutes.night() * rates.night().ore()));
        return new Money(sevenths.multiply(NUMERATOR).divide(DIVISOR, 0, RoundingMode.HALF_UP).longValueExact());
    }
}
