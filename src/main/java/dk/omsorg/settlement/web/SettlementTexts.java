package dk.omsorg.settlement.web;

import dk.omsorg.shared.DomainException;
import dk.omsorg.shared.web.Messages;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/**
 * Danish texts of the settlement screens, for templates as {@code ${@settlementTexts.month(m)}}: a month as
 * "december 2022", minutes as hours ("12,50"), a quantity ("0,48"), and domain errors with their months written
 * the same way.
 */
@Component("settlementTexts")
public class SettlementTexts {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", DANISH);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yy", DANISH);

    private final Messages messages;

    SettlementTexts(Messages messages) {
        this.messages = messages;
    }

    public String month(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    /** "dec. 22": the chart's axis. */
    public String shortMonth(YearMonth month) {
        return month == null ? "" : SHORT_MONTH.format(month);
    }

    /** Minutes as hours with two decimals: 750 → "12,50". */
    public String hours(long minutes) {
        return decimal(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP));
    }

    public String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(DANISH));
        return format.format(value);
    }

    public String text(String key, Object... args) {
        return messages.text(key, danish(args));
    }

    /** A domain error's Danish text (all its violations, in order). */
    public String text(DomainException e) {
        return String.join(" ", e.violations().stream().map(v -> text(v.messageKey(), v.args())).toList());
    }

    private Object[] danish(Object[] args) {
        return args == null ? null : Arrays.stream(args).map(a -> a instanceof YearMonth m ? month(m) : a).toArray();
    }
}
