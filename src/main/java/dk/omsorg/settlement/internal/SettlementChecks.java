package dk.omsorg.settlement.internal;

import dk.omsorg.shared.Money;
import dk.omsorg.shared.PolicyFile;
import dk.omsorg.shared.YamlLines;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * The checks the parts of a settlement file share (required fields, amounts, times, validity periods that must
 * not overlap). The readers of one file share its problem list, so every problem of the file is reported at once.
 */
class SettlementChecks {

    final String file;
    final YamlLines lines;
    final List<String> problems;

    SettlementChecks(String file, YamlLines lines, List<String> problems) {
        this.file = file;
        this.lines = lines;
        this.problems = problems;
    }

    void problem(String field, String message) {
        problems.add(PolicyFile.problem(file, lines.line(field), field, message));
    }

    boolean require(Object value, String field, String message) {
        if (value == null || value instanceof String s && s.isBlank()) {
            problems.add(PolicyFile.problem(file, -1, field, message));
            return false;
        }
        return true;
    }

    Money amount(String text, String field) {
        if (!require(text, field, "is required: kroner with two decimals, e.g. \"413.00\"")) {
            return null;
        }
        try {
            Money amount = Money.parse(text);
            if (amount.isNegative()) {
                problem(field, "cannot be negative: " + text);
                return null;
            }
            return amount;
        } catch (IllegalArgumentException e) {
            problem(field, e.getMessage());
            return null;
        }
    }

    LocalTime time(String text, String field) {
        if (!require(text, field, "is required: HH:mm")) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            problem(field, "not a time HH:mm: " + text);
            return null;
        }
    }

    boolean period(LocalDate from, LocalDate to, String at) {
        if (!require(from, at + ".validFrom", "is required")) {
            return false;
        }
        if (to != null && to.isBefore(from)) {
            problem(at + ".validTo", "ends before it starts (" + to + " < " + from + ")");
            return false;
        }
        return true;
    }

    /** Two validity periods of one key that share a day. */
    void overlaps(List<Period> periods, Function<Period, String> key) {
        for (int i = 0; i < periods.size(); i++) {
            for (int j = i + 1; j < periods.size(); j++) {
                Period a = periods.get(i);
                Period b = periods.get(j);
                if (key.apply(a).equals(key.apply(b)) && a.overlaps(b)) {
                    problem(b.at() + ".validFrom", b.key() + ": the validity overlaps " + a.at()
                            + " (line " + lines.line(a.at()) + ")");
                }
            }
        }
    }

    record Period(String key, LocalDate from, LocalDate to, String at) {
        boolean overlaps(Period other) {
            return (to == null || !other.from.isAfter(to)) && (other.to == null || !from.isAfter(other.to));
        }
    }
}
