package dk.omsorg.catalog;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Danish formats for findings, which are stored and printed and so are written once, here. */
public final class DanishText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private DanishText() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** 7 → "7", 4.333 → "4,3". */
    public static String number(double value) {
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("da-DK")));
        return format.format(value);
    }

    /** "1 gang", "3 gange", "4,3 gange". */
    public static String times(double count) {
        return number(count) + (count == 1 ? " gang" : " gange");
    }

    /** "A", "A og B", "A, B og C". */
    public static String and(java.util.List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " og " + items.get(items.size() - 1);
    }

    /** "Kvalitetsstandarder 2022 (01.01.2022–31.12.2022)". */
    public static String catalog(Catalog catalog) {
        return catalog.version() + " (" + date(catalog.validFrom()) + "–"
                + (catalog.validTo() == null ? "" : date(catalog.validTo())) + ")";
    }
}
