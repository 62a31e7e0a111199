package dk.omsorg.catalog.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.catalog.AgeCondition;

import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * An area's {@code age:} in a catalogue file ({@code docs/catalog-format.md}): read apart from
 * {@link CatalogFiles} so the format's other keys stay where they are. Problems are reported by field.
 */
final class AgeConditionEntries {

    static final String FOLKEPENSION = "FOLKEPENSION";
    private static final Pattern YEARS = Pattern.compile("\\d{1,3}");

    private AgeConditionEntries() {
    }

    /** The age condition, or null when none is given or it is invalid (then {@code problems} says why). */
    static AgeCondition read(String at, AgeEntry a, BiConsumer<String, String> problems) {
        if (a == null) {
            return null;
        }
        boolean ok = true;
        if (a.from != null && (a.from < 0 || a.from > 120)) {
            problems.accept(at + ".from", "must be an age in years, not " + a.from);
            ok = false;
        }
        AgeCondition.Limit until = limit(at + ".until", a.until, problems);
        AgeCondition.Limit first = limit(at + ".firstGrantBefore", a.firstGrantBefore, problems);
        ok &= (a.until == null || until != null) & (a.firstGrantBefore == null || first != null);
        if (a.from == null && a.until == null && a.firstGrantBefore == null) {
            problems.accept(at, "give from, until and/or firstGrantBefore");
            ok = false;
        }
        if (a.text == null || a.text.isBlank()) {
            problems.accept(at + ".text", "quote the standard's words on age");
            ok = false;
        }
        if (Boolean.TRUE.equals(a.endOfMonth) && a.until == null) {
            problems.accept(at + ".endOfMonth", "applies only with until");
            ok = false;
        }
        if (ok && a.from != null && until != null && !until.folkepension() && until.years() <= a.from) {
            problems.accept(at + ".until", "must be above from (" + a.from + ")");
            ok = false;
        }
        return ok ? new AgeCondition(a.from, until, first, Boolean.TRUE.equals(a.endOfMonth), a.text.strip()) : null;
    }

    private static AgeCondition.Limit limit(String at, String value, BiConsumer<String, String> problems) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.equals(FOLKEPENSION)) {
            return AgeCondition.Limit.FOLKEPENSION;
        }
        if (YEARS.matcher(v).matches() && Integer.parseInt(v) > 0) {
            return new AgeCondition.Limit(Integer.parseInt(v));
        }
        problems.accept(at, "must be " + FOLKEPENSION + " or an age in years, not '" + value + "'");
        return null;
    }

    /** The {@code age:} of an area, as written. */
    static final class AgeEntry {
        @JsonProperty Integer from;
        @JsonProperty String until;
        @JsonProperty String firstGrantBefore;
        @JsonProperty Boolean endOfMonth;
        @JsonProperty String text;
    }
}
