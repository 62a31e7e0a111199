package dk.omsorg.pools.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.pools.PoolPolicy;
import dk.omsorg.pools.PoolPolicy.Allowance;
import dk.omsorg.pools.PoolPolicy.Companion;
import dk.omsorg.pools.PoolPolicy.Period;
import dk.omsorg.pools.PoolPolicy.Validity;
import dk.omsorg.shared.PolicyFile;
import dk.omsorg.shared.YamlLines;
import org.springframework.core.io.Resource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads {@code policy/<code>-<name>/pools.yaml} (docs/pools.md) strictly: unknown fields are errors, every
 * problem of a file is reported at once with file, line and field, and two rules of one list may not be in force
 * on the same day.
 */
public final class PoolFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private PoolFiles() {
    }

    /** @throws PoolFileException naming every problem */
    public static PoolPolicy read(Resource resource) {
        PolicyFile<FileEntry> read = PolicyFile.read(resource, YAML, FileEntry.class, PoolFileException::new);
        FileEntry entry = read.entry();
        Problems p = new Problems(new ArrayList<>(), read.lines(), read.label());
        p.check(entry.municipality != null && entry.municipality > 0, "municipality", "is required (the official municipality code)");
        p.check(text(entry.source), "source", "must cite where the rules come from");
        List<Companion> companion = rules(p, "companion", entry.companion, (r, at) -> {
            p.check(positive(r.hoursPerMonth, 744), at + ".hoursPerMonth", "is required: hours, more than 0, at most 744, two decimals");
            p.check(positive(r.maxSavedHours, 10000), at + ".maxSavedHours", "is required: hours, more than 0, two decimals");
            p.check(r.savedMonths != null && r.savedMonths >= 1 && r.savedMonths <= 120, at + ".savedMonths", "is required: months, 1–120");
            p.check(r.yearlyAmount == null && r.periodMonths == null, at, "takes hoursPerMonth, maxSavedHours and savedMonths only");
            return p.ok() ? new Companion(r.validity(), r.hoursPerMonth, r.maxSavedHours, r.savedMonths) : null;
        });
        List<Allowance> allowance = rules(p, "allowance", entry.allowance, (r, at) -> {
            p.check(positive(r.yearlyAmount, 1_000_000), at + ".yearlyAmount", "is required: kroner, more than 0, two decimals");
            p.check(r.hoursPerMonth == null && r.maxSavedHours == null && r.savedMonths == null && r.periodMonths == null,
                    at, "takes yearlyAmount only");
            return p.ok() ? new Allowance(r.validity(), r.yearlyAmount) : null;
        });
        Function<String, List<Period>> periods = name -> rules(p, name, name.equals("relief") ? entry.relief : entry.respite, (r, at) -> {
            p.check(r.periodMonths != null && r.periodMonths >= 1 && r.periodMonths <= 120, at + ".periodMonths", "is required: months, 1–120");
            p.check(r.hoursPerMonth == null && r.maxSavedHours == null && r.savedMonths == null && r.yearlyAmount == null,
                    at, "takes periodMonths only");
            return p.ok() ? new Period(r.validity(), r.periodMonths) : null;
        });
        List<Period> relief = periods.apply("relief");
        List<Period> respite = periods.apply("respite");
        if (!p.problems.isEmpty()) {
            throw new PoolFileException(p.problems);
        }
        return new PoolPolicy(entry.municipality, entry.source.strip(), companion, allowance, relief, respite, read.label());
    }

    interface Build<T> {
        T build(RuleEntry rule, String at);
    }

    private static <T extends PoolPolicy.Rule> List<T> rules(Problems p, String name, List<RuleEntry> entries, Build<T> build) {
        List<T> rules = new ArrayList<>();
        p.check(entries != null && !entries.isEmpty(), name, "is required: at least one rule");
        if (entries == null) {
            return rules;
        }
        for (int i = 0; i < entries.size(); i++) {
            RuleEntry r = entries.get(i);
            String at = name + "[" + i + "]";
            p.start();
            if (r == null) {
                p.check(false, at, "is empty");
                continue;
            }
            p.check(r.validFrom != null, at + ".validFrom", "is required: the first day the rule is in force");
            p.check(r.validTo == null || r.validFrom == null || !r.validTo.isBefore(r.validFrom), at + ".validTo", "is before validFrom");
            p.check(text(r.source), at + ".source", "must cite the seed the rule comes from");
            T rule = build.build(r, at);
            if (rule == null) {
                continue;
            }
            for (int j = 0; j < rules.size(); j++) {
                Validity o = rules.get(j).validity();
                Validity v = rule.validity();
                boolean overlaps = (v.validTo() == null || !v.validTo().isBefore(o.validFrom()))
                        && (o.validTo() == null || !o.validTo().isBefore(v.validFrom()));
                p.check(!overlaps, at + ".validFrom", "overlaps " + name + "[" + j + "]: two rules may not be in force on the same day");
            }
            rules.add(rule);
        }
        return rules;
    }

    private static boolean positive(BigDecimal value, long max) {
        return value != null && value.signum() > 0 && value.scale() <= 2 && value.compareTo(BigDecimal.valueOf(max)) <= 0;
    }

    private static boolean text(String s) {
        return s != null && !s.isBlank();
    }

    private static final class Problems {
        final List<String> problems;
        final YamlLines lines;
        final String file;
        int mark;

        Problems(List<String> problems, YamlLines lines, String file) {
            this.problems = problems;
            this.lines = lines;
            this.file = file;
        }

        void start() {
            mark = problems.size();
        }

        boolean ok() {
            return problems.size() == mark;
        }

        void check(boolean ok, String field, String message) {
            if (!ok) {
                problems.add(PolicyFile.problem(file, lines.line(field), field, message));
            }
        }
    }

    static final class FileEntry {
        @JsonProperty Integer municipality;
        @JsonProperty String source;
        @JsonProperty List<RuleEntry> companion;
        @JsonProperty List<RuleEntry> allowance;
        @JsonProperty List<RuleEntry> relief;
        @JsonProperty List<RuleEntry> respite;
    }

    static final class RuleEntry {
        @JsonProperty LocalDate validFrom;
        @JsonProperty LocalDate validTo;
        @JsonProperty String source;
        @JsonProperty BigDecimal hoursPerMonth;
        @JsonProperty BigDecimal maxSavedHours;
        @JsonProperty Integer savedMonths;
        @JsonProperty BigDecimal yearlyAmount;
        @JsonProperty Integer periodMonths;

        Validity validity() {
            return new Validity(validFrom, validTo, source.strip());
        }
    }

    /** Pool files that cannot be used; the application refuses to start with them. */
    public static final class PoolFileException extends RuntimeException {
        private final List<String> problems;

        public PoolFileException(List<String> problems) {
            super(problems.size() == 1 ? "Invalid pool file " + problems.get(0)
                    : "Invalid pool files (" + problems.size() + " problems):\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
