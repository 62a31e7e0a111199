package dk.omsorg.pools;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/** Hours, days and kroner as people read them ("12,5 timer", "1.005,00 kr."), and what a quantity may be. */
public final class Quantities {

    private Quantities() {
    }

    /** More than zero, at most two decimals (whole for days), at most 9999. */
    public static boolean valid(BigDecimal q, boolean whole) {
        return q != null && q.signum() > 0 && q.stripTrailingZeros().scale() <= (whole ? 0 : 2)
                && q.compareTo(BigDecimal.valueOf(9999)) <= 0;
    }

    public static String text(BigDecimal q) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("da"))).format(q);
    }

    public static String withUnit(BigDecimal q, PoolKind kind) {
        String unit = kind.days() ? "døgn"
                : (q.compareTo(BigDecimal.ONE) == 0 ? "time" : "timer");
        return text(q) + " " + unit;
    }

    public static String kroner(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("da"))).format(amount) + " kr.";
    }

    public static String date(LocalDate day) {
        return dk.omsorg.catalog.DanishText.date(day);
    }
}
