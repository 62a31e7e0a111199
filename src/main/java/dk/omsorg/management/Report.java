package dk.omsorg.management;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * A page's figures as the frame shows and exports them: key figures, the chart's values and one table. The XLSX export
 * is the table (same headings, same rows) followed by the key figures, so the sheet and the page never differ.
 * Every text here is Danish: the page resolves its message keys.
 *
 * @param sheetName the XLSX sheet's name (≤ 31 characters)
 * @param headings  the table's column headings
 * @param rows      the table's rows: text, whole numbers (Long) or hours and amounts (BigDecimal)
 * @param facts     key figures shown above the chart, may be empty
 * @param note      one line that says how the figures are counted, may be null
 */
public record Report(String sheetName, List<String> headings, List<List<Object>> rows, ChartData chart, List<Fact> facts,
                     String note) {

    private static final Locale DA = Locale.forLanguageTag("da");

    /** A key figure: its label and value (Long, BigDecimal or text). */
    public record Fact(String id, String label, Object value) {

        /** The value as shown on the page. */
        public String text() {
            return number(value);
        }
    }

    /** A table cell as shown on the page: the text and whether it is a number (right-aligned). */
    public record Cell(String text, boolean numeric) {
    }

    /** The rows as the page shows them. */
    public List<List<Cell>> cells() {
        return rows.stream().map(r -> r.stream().map(v -> new Cell(number(v), v instanceof Number)).toList()).toList();
    }

    /** "marts 2026". */
    public static String month(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, DA) + " " + m.getYear();
    }

    /** "mar. 26": a chart's category label. */
    public static String shortMonth(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.SHORT, DA) + " " + "%02d".formatted(m.getYear() % 100);
    }

    /** A number the Danish way: 1.234,5 (up to two decimals). */
    public static String number(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            NumberFormat f = NumberFormat.getNumberInstance(DA);
            f.setMaximumFractionDigits(2);
            f.setMinimumFractionDigits(0);
            return f.format(d);
        }
        if (value instanceof Number n) {
            return NumberFormat.getIntegerInstance(DA).format(n.longValue());
        }
        return value.toString();
    }

    /** Minutes as hours with two decimals. */
    public static BigDecimal hours(BigDecimal minutes) {
        return minutes == null ? BigDecimal.ZERO.setScale(2)
                : minutes.divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP);
    }
}
