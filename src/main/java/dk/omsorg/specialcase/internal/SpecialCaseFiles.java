package dk.omsorg.specialcase.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.shared.PolicyFile;
import dk.omsorg.specialcase.SpecialCasePolicy;
import dk.omsorg.specialcase.SpecialCaseSetting;
import org.springframework.core.io.Resource;
import tools.jackson.databind.ObjectMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads {@code policy/<code>-<name>/special-cases.yaml} strictly; every problem at once with file, line and field. */
public final class SpecialCaseFiles {

    private static final ObjectMapper YAML = PolicyFile.STRICT_YAML;

    private SpecialCaseFiles() {
    }

    public static SpecialCasePolicy read(Resource resource) {
        PolicyFile<FileEntry> read = PolicyFile.read(resource, YAML, FileEntry.class, SpecialCaseFileException::new);
        FileEntry entry = read.entry();
        List<String> problems = new ArrayList<>();
        PolicyFile.Check p = read.checker(problems);
        p.check(entry.municipality != null && entry.municipality > 0, "municipality", "is required (the official municipality code)");
        p.check(text(entry.source), "source", "must cite where the policy comes from");
        p.check(entry.rules != null && !entry.rules.isEmpty(), "rules", "is required: at least one set of rules");
        List<SpecialCasePolicy.Rules> rules = new ArrayList<>();
        List<RulesEntry> entries = entry.rules == null ? List.of() : entry.rules;
        for (int i = 0; i < entries.size(); i++) {
            RulesEntry r = entries.get(i);
            String at = "rules[" + i + "]";
            int before = problems.size();
            p.check(r.validFrom != null, at + ".validFrom", "is required: the first day the rules are in force");
            p.check(r.validTo == null || r.validFrom == null || !r.validTo.isBefore(r.validFrom), at + ".validTo", "is before validFrom");
            p.check(text(r.source), at + ".source", "must cite where the rules come from");
            p.check(text(r.packageCriteria), at + ".packageCriteria", "is required: the criteria for an individual package, quoted");
            p.check(text(r.respirationCriterion), at + ".respirationCriterion", "is required: the criterion on respiration monitoring, quoted");
            p.check(text(r.shiftsCriterion), at + ".shiftsCriterion", "is required: the criterion on shifts, quoted");
            p.check(r.minimumShifts != null && r.minimumShifts >= 1 && r.minimumShifts <= 3, at + ".minimumShifts",
                    "is required: 1–3 of the shifts day, evening and night");
            p.check(r.followUpMonths != null && r.followUpMonths >= 1 && r.followUpMonths <= 24, at + ".followUpMonths",
                    "is required: months, 1–24");
            p.check(r.reportedUnderAge != null && r.reportedUnderAge >= 1 && r.reportedUnderAge <= 130, at + ".reportedUnderAge",
                    "is required: the age below which the case's hours are reported yearly, 1–130");
            p.check(text(r.reportedAs), at + ".reportedAs", "is required: what the yearly extract reports the hours as");
            Map<SpecialCaseSetting, List<String>> interventions = new EnumMap<>(SpecialCaseSetting.class);
            for (SpecialCaseSetting setting : SpecialCaseSetting.values()) {
                List<String> codes = r.interventions == null ? null : r.interventions.get(setting);
                boolean ok = codes != null && !codes.isEmpty() && codes.stream().allMatch(SpecialCaseFiles::text);
                p.check(ok, at + ".interventions." + setting, "is required: the case's intervention codes for " + setting);
                if (ok) {
                    interventions.put(setting, codes.stream().map(String::strip).toList());
                }
            }
            if (problems.size() > before) {
                continue;
            }
            SpecialCasePolicy.Rules rule = new SpecialCasePolicy.Rules(r.validFrom, r.validTo, r.source.strip(),
                    r.packageCriteria.strip(), r.respirationCriterion.strip(), r.shiftsCriterion.strip(), r.minimumShifts,
                    Map.copyOf(interventions), r.followUpMonths, r.reportedUnderAge, r.reportedAs.strip());
            for (SpecialCasePolicy.Rules other : rules) {
                boolean overlap = !(other.validTo() != null && other.validTo().isBefore(rule.validFrom()))
                        && !(rule.validTo() != null && rule.validTo().isBefore(other.validFrom()));
                p.check(!overlap, at + ".validFrom", "overlaps other rules: two sets of rules may not be in force on the same day");
            }
            rules.add(rule);
        }
        if (!problems.isEmpty()) {
            throw new SpecialCaseFileException(problems);
        }
        return new SpecialCasePolicy(entry.municipality, entry.source.strip(), List.copyOf(rules), read.label());
    }

    private static boolean text(String s) {
        return s != null && !s.isBlank();
    }

    static final class FileEntry {
        @JsonProperty Integer municipality;
        @JsonProperty String source;
        @JsonProperty List<RulesEntry> rules;
    }

    static final class RulesEntry {
        @JsonProperty LocalDate validFrom;
        @JsonProperty LocalDate validTo;
        @JsonProperty String source;
        @JsonProperty String packageCriteria;
        @JsonProperty String respirationCriterion;
        @JsonProperty String shiftsCriterion;
        @JsonProperty Integer minimumShifts;
        @JsonProperty Map<SpecialCaseSetting, List<String>> interventions;
        @JsonProperty Integer followUpMonths;
        @JsonProperty Integer reportedUnderAge;
        @JsonProperty String reportedAs;
    }

    /** Special-case files that cannot be used; the application refuses to start with them. */
    public static final class SpecialCaseFileException extends RuntimeException {
        private final List<String> problems;

        public SpecialCaseFileException(List<String> problems) {
            super("Invalid special-case file:\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
