package dk.omsorg.ownpayment.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.ownpayment.OwnPaymentPolicy;
import dk.omsorg.ownpayment.OwnPaymentPolicy.ExpenseKind;
import dk.omsorg.ownpayment.OwnPaymentPolicy.Level;
import dk.omsorg.shared.Money;
import dk.omsorg.shared.PolicyFile;
import dk.omsorg.shared.YamlLines;
import org.springframework.core.io.Resource;
import tools.jackson.databind.ObjectMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code policy/<code>-<name>/own-payment.yaml} strictly: unknown fields, missing values, amounts with more
 * than two decimals and overlapping levels are errors, all reported at once with file, line and field.
 */
public final class OwnPaymentFiles {

    private static final ObjectMapper YAML = PolicyFile.STRICT_YAML;

    private OwnPaymentFiles() {
    }

    public static OwnPaymentPolicy read(Resource resource) {
        PolicyFile<FileEntry> read = PolicyFile.read(resource, YAML, FileEntry.class, OwnPaymentFileException::new);
        String file = read.label();
        FileEntry entry = read.entry();
        YamlLines lines = read.lines();
        List<String> problems = new ArrayList<>();
        PolicyFile.Check p = read.checker(problems);
        p.check(entry.municipality != null && entry.municipality > 0, "municipality", "is required (the official municipality code)");
        p.check(entry.source != null && !entry.source.isBlank(), "source", "must cite where the levels come from");
        p.check(entry.levels != null && !entry.levels.isEmpty(), "levels", "is required: at least one level");
        List<Level> levels = new ArrayList<>();
        List<LevelEntry> entries = entry.levels == null ? List.of() : entry.levels;
        for (int i = 0; i < entries.size(); i++) {
            LevelEntry l = entries.get(i);
            String at = "levels[" + i + "]";
            int before = problems.size();
            p.check(l.validFrom != null, at + ".validFrom", "is required: the first day the level is in force");
            p.check(l.validTo == null || l.validFrom == null || !l.validTo.isBefore(l.validFrom), at + ".validTo", "is before validFrom");
            p.check(l.source != null && !l.source.isBlank(), at + ".source", "must cite the seed the level comes from");
            Money disposable = money(p, at + ".disposableAmount", l.disposableAmount, true);
            p.check(l.expenses != null && !l.expenses.isEmpty(), at + ".expenses", "is required: the approved expense kinds");
            Map<String, ExpenseKind> kinds = new LinkedHashMap<>();
            List<ExpenseEntry> es = l.expenses == null ? List.of() : l.expenses;
            for (int j = 0; j < es.size(); j++) {
                ExpenseEntry e = es.get(j);
                String ea = at + ".expenses[" + j + "]";
                p.check(e.kind != null && e.kind.matches("[A-Z_]{2,40}"), ea + ".kind", "is required: upper-case code");
                p.check(e.name != null && !e.name.isBlank(), ea + ".name", "is required: the Danish name people read");
                Money max = money(p, ea + ".maxPerMonth", e.maxPerMonth, false);
                p.check(e.months == null || (e.months >= 1 && e.months <= 120), ea + ".months", "must be 1–120 months");
                p.check(e.kind == null || !kinds.containsKey(e.kind), ea + ".kind", "is given twice in the level");
                if (e.kind != null && e.name != null) {
                    kinds.put(e.kind, new ExpenseKind(e.kind, e.name.strip(), max, e.months));
                }
            }
            if (problems.size() > before) {
                continue;
            }
            Level level = new Level(l.validFrom, l.validTo, l.source.strip(), disposable, java.util.Collections.unmodifiableMap(kinds));
            for (int k = 0; k < levels.size(); k++) {
                Level other = levels.get(k);
                boolean overlap = !(other.validTo() != null && other.validTo().isBefore(level.validFrom()))
                        && !(level.validTo() != null && level.validTo().isBefore(other.validFrom()));
                p.check(!overlap, at + ".validFrom", "overlaps another level: two levels may not be in force on the same day");
            }
            levels.add(level);
        }
        if (!problems.isEmpty()) {
            throw new OwnPaymentFileException(problems);
        }
        return new OwnPaymentPolicy(entry.municipality, entry.source.strip(), List.copyOf(levels), file);
    }

    private static Money money(PolicyFile.Check p, String field, String value, boolean required) {
        if (value == null) {
            p.check(!required, field, "is required: kroner with at most two decimals");
            return null;
        }
        if (!value.strip().matches("\\d+(\\.\\d{1,2})?")) {
            p.check(false, field, "must be kroner with at most two decimals (\"230.00\"), not negative");
            return null;
        }
        return Money.parse(value.strip());
    }


    static final class FileEntry {
        @JsonProperty Integer municipality;
        @JsonProperty String source;
        @JsonProperty List<LevelEntry> levels;
    }

    static final class LevelEntry {
        @JsonProperty LocalDate validFrom;
        @JsonProperty LocalDate validTo;
        @JsonProperty String source;
        @JsonProperty String disposableAmount;
        @JsonProperty List<ExpenseEntry> expenses;
    }

    static final class ExpenseEntry {
        @JsonProperty String kind;
        @JsonProperty String name;
        @JsonProperty String maxPerMonth;
        @JsonProperty Integer months;
    }

    /** Own-payment files that cannot be used; the application refuses to start with them. */
    public static final class OwnPaymentFileException extends RuntimeException {
        private final List<String> problems;

        public OwnPaymentFileException(List<String> problems) {
            super("Invalid own-payment file:\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
