package dk.omsorg.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An amount of Danish kroner in whole øre. Money is never a floating-point number: amounts are stored, summed and
 * compared as integer øre; a rate applied to minutes is rounded once, half up, to the øre.
 */
public record Money(long ore) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    /** "413.00", "413,00", "413" or "1.234,50" (kroner) → øre; more than two decimals is an error. */
    public static Money parse(String kroner) {
        if (kroner == null || kroner.isBlank()) {
            throw new IllegalArgumentException("an amount is required");
        }
        String text = kroner.strip();
        // "1.234,50": dots group thousands only beside a decimal comma — "413.005" is an error, not 413.005 kr.
        if (text.matches("-?\\d{1,3}(\\.\\d{3})+,\\d{1,2}")) {
            text = text.replace(".", "").replace(',', '.');
        } else {
            text = text.replace(',', '.');
        }
        if (!text.matches("-?\\d+(\\.\\d{1,2})?")) {
            throw new IllegalArgumentException("not an amount in kroner with at most two decimals: " + kroner);
        }
        return new Money(new BigDecimal(text).movePointRight(2).longValueExact());
    }

    /** {@code minutes × ratePerHour ÷ 60}, rounded half up to the øre. */
    public static Money perHour(long minutes, Money ratePerHour) {
        return new Money(BigDecimal.valueOf(minutes).multiply(BigDecimal.valueOf(ratePerHour.ore))
                .divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP).longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(ore, other.ore));
    }

    public Money times(long n) {
        return new Money(Math.multiplyExact(ore, n));
    }

    public boolean isNegative() {
        return ore < 0;
    }

    /** In JSON an amount is kroner with two decimals (413.00), never øre or a floating-point number. */
    @com.fasterxml.jackson.annotation.JsonValue
    public BigDecimal kroner() {
        return BigDecimal.valueOf(ore, 2);
    }

    /** Danish: "1.234,50". */
    public String danish() {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("da-DK")));
        return format.format(kroner());
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(ore, other.ore);
    }

    @Override
    public String toString() {
        return danish() + " kr.";
    }
}
