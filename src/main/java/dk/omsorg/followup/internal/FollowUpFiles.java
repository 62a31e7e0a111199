package dk.omsorg.followup.internal;

import dk.omsorg.shared.PolicyFile;
import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.followup.FollowUpRule;
import dk.omsorg.followup.FollowUpRule.AfterRehabilitation;
import dk.omsorg.followup.FollowUpRule.CaseworkerInterval;
import dk.omsorg.followup.FollowUpRule.LongWithoutFollowUp;
import dk.omsorg.followup.FollowUpRule.SpecialCase;
import dk.omsorg.followup.FollowUpRule.TemporaryEnd;
import dk.omsorg.followup.FollowUpRule.Validity;
import dk.omsorg.followup.MunicipalityFollowUp;
import dk.omsorg.shared.YamlLines;
import org.springframework.core.io.Resource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code policy/<code>-<name>/follow-up.yaml} (docs/follow-up-format.md): one municipality's follow-up
 * rules. Unknown fields are errors, and so is a field that belongs to another kind of rule; every problem of a
 * file is reported at once with the file, the line and the field. Two rules of one kind may not be in force on
 * the same day.
 */
public final class FollowUpFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** The most months any interval may be: well beyond the seeds' 3 years. */
    static final int MAX_MONTHS = 120;

    /** The kinds of rule in a file and the fields (besides kind, validFrom, validTo, source) each takes. */
    enum Kind {
        AFTER_REHABILITATION("months"),
        SPECIAL_CASE("months", "interventionCodes", "areaCodes", "legalBases"),
        CASEWORKER_INTERVAL("minMonths", "maxMonths", "defaultMonths", "catalogDefault"),
        LONG_WITHOUT_FOLLOW_UP("years"),
        TEMPORARY_END("daysBefore");

        final Set<String> fields;

        Kind(String... fields) {
            this.fields = Set.of(fields);
        }
    }

    private static final List<String> KIND_FIELDS = List.of("months", "interventionCodes", "areaCodes", "legalBases",
            "minMonths", "maxMonths", "defaultMonths", "catalogDefault", "years", "daysBefore");

    private FollowUpFiles() {
    }

    /** @throws FollowUpFileException naming every problem */
    public static MunicipalityFollowUp read(Resource resource) {
        PolicyFile<FileEntry> read = PolicyFile.read(resource, YAML, FileEntry.class, FollowUpFileException::new);
        String file = read.label();
        FileEntry entry = read.entry();
        YamlLines lines = read.lines();
        List<String> problems = new ArrayList<>();
        Problems p = new Problems(problems, lines, file);
        p.check(entry.municipality != null && entry.municipality > 0, "municipality", "is required (the official municipality code)");
        p.check(entry.source != null && !entry.source.isBlank(), "source", "must cite where the rules come from");
        p.check(entry.dueSoonDays != null && entry.dueSoonDays >= 0 && entry.dueSoonDays <= 366, "dueSoonDays",
                "is required: days, 0–366 (the queue marks follow-ups due within them)");
        p.check(entry.rules != null && !entry.rules.isEmpty(), "rules", "is required: at least one rule");
        List<FollowUpRule> rules = new ArrayList<>();
        Map<Kind, Map<Integer, Validity>> byKind = new LinkedHashMap<>();
        List<RuleEntry> entries = entry.rules == null ? List.of() : entry.rules;
        for (int i = 0; i < entries.size(); i++) {
            RuleEntry rule = entries.get(i);
            String at = "rules[" + i + "]";
            if (rule == null) {
                p.check(false, at, "is empty");
                continue;
            }
            int before = problems.size();
            p.check(rule.kind != null, at + ".kind", "is required: one of " + Arrays.toString(Kind.values()));
            p.check(rule.validFrom != null, at + ".validFrom", "is required: the first day the rule is in force");
            p.check(rule.validTo == null || rule.validFrom == null || !rule.validTo.isBefore(rule.validFrom),
                    at + ".validTo", "is before validFrom");
            p.check(rule.source != null && !rule.source.isBlank(), at + ".source", "must cite the seed the rule comes from");
            if (rule.kind == null) {
                continue;
            }
            for (String field : KIND_FIELDS) {
                p.check(!rule.given(field) || rule.kind.fields.contains(field), at + "." + field,
                        "is not a field of a " + rule.kind + " rule (it takes " + new TreeSet<>(rule.kind.fields) + ")");
            }
            switch (rule.kind) {
                case AFTER_REHABILITATION -> months(p, at + ".months", rule.months);
                case SPECIAL_CASE -> {
                    months(p, at + ".months", rule.months);
                    p.check(!rule.interventionCodes().isEmpty() || !rule.areaCodes().isEmpty() || !rule.legalBases().isEmpty(),
                            at + ".interventionCodes", "a SPECIAL_CASE rule selects grants: give interventionCodes, areaCodes or legalBases");
                    p.check(rule.interventionCodes().stream().allMatch(FollowUpFiles::text), at + ".interventionCodes", "has a blank code");
                    p.check(rule.areaCodes().stream().allMatch(FollowUpFiles::text), at + ".areaCodes", "has a blank code");
                    p.check(rule.legalBases().stream().allMatch(FollowUpFiles::text), at + ".legalBases", "has a blank legal basis");
                }
                case CASEWORKER_INTERVAL -> {
                    months(p, at + ".minMonths", rule.minMonths);
                    months(p, at + ".maxMonths", rule.maxMonths);
                    months(p, at + ".defaultMonths", rule.defaultMonths);
                    if (rule.minMonths != null && rule.maxMonths != null) {
                        p.check(rule.minMonths <= rule.maxMonths, at + ".maxMonths", "is less than minMonths");
                        p.check(rule.defaultMonths == null || (rule.defaultMonths >= rule.minMonths && rule.defaultMonths <= rule.maxMonths),
                                at + ".defaultMonths", "must lie between minMonths and maxMonths");
                    }
                    p.check(rule.catalogDefault != null, at + ".catalogDefault",
                            "is required: true when the catalogue's followUp.months gives the default (within the range)");
                }
                case LONG_WITHOUT_FOLLOW_UP -> p.check(rule.years != null && rule.years >= 1 && rule.years <= 20,
                        at + ".years", "is required: years, 1–20");
                case TEMPORARY_END -> p.check(rule.daysBefore != null && rule.daysBefore >= 0 && rule.daysBefore <= 366,
                        at + ".daysBefore", "is required: days, 0–366");
            }
            if (problems.size() > before) {
                continue;
            }
            Validity validity = new Validity(rule.validFrom, rule.validTo, rule.source.strip());
            rules.add(switch (rule.kind) {
                case AFTER_REHABILITATION -> new AfterRehabilitation(validity, rule.months);
                case SPECIAL_CASE -> new SpecialCase(validity, rule.months, strip(rule.interventionCodes()),
                        strip(rule.areaCodes()), strip(rule.legalBases()));
                case CASEWORKER_INTERVAL -> new CaseworkerInterval(validity, rule.minMonths, rule.maxMonths,
                        rule.defaultMonths, rule.catalogDefault);
                case LONG_WITHOUT_FOLLOW_UP -> new LongWithoutFollowUp(validity, rule.years);
                case TEMPORARY_END -> new TemporaryEnd(validity, rule.daysBefore);
            });
            Map<Integer, Validity> same = byKind.computeIfAbsent(rule.kind, k -> new LinkedHashMap<>());
            for (Map.Entry<Integer, Validity> other : same.entrySet()) {
                if (other.getValue().overlaps(validity)) {
                    p.check(false, at + ".validFrom", "overlaps rules[" + other.getKey() + "]: two " + rule.kind
                            + " rules may not be in force on the same day");
                }
            }
            same.put(i, validity);
        }
        if (!problems.isEmpty()) {
            throw new FollowUpFileException(problems);
        }
        return new MunicipalityFollowUp(entry.municipality, entry.source.strip(), entry.dueSoonDays, rules, file);
    }

    private static void months(Problems p, String field, Integer months) {
        p.check(months != null && months >= 1 && months <= MAX_MONTHS, field, "is required: months, 1–" + MAX_MONTHS);
    }

    private static boolean text(String s) {
        return s != null && !s.isBlank();
    }

    private static List<String> strip(List<String> values) {
        return values.stream().map(String::strip).toList();
    }

    private record Problems(List<String> problems, YamlLines lines, String file) {
        void check(boolean ok, String field, String message) {
            if (!ok) {
                problems.add(PolicyFile.problem(file, lines.line(field), field, message));
            }
        }
    }

    static final class FileEntry {
        @JsonProperty Integer municipality;
        @JsonProperty String source;
        @JsonProperty Integer dueSoonDays;
        @JsonProperty List<RuleEntry> rules;
    }

    static final class RuleEntry {
        @JsonProperty Kind kind;
        @JsonProperty LocalDate validFrom;
        @JsonProperty LocalDate validTo;
        @JsonProperty String source;
        @JsonProperty Integer months;
        @JsonProperty List<String> interventionCodes;
        @JsonProperty List<String> areaCodes;
        @JsonProperty List<String> legalBases;
        @JsonProperty Integer minMonths;
        @JsonProperty Integer maxMonths;
        @JsonProperty Integer defaultMonths;
        @JsonProperty Boolean catalogDefault;
        @JsonProperty Integer years;
        @JsonProperty Integer daysBefore;

        List<String> interventionCodes() {
            return interventionCodes == null ? List.of() : interventionCodes;
        }

        List<String> areaCodes() {
            return areaCodes == null ? List.of() : areaCodes;
        }

        List<String> legalBases() {
            return legalBases == null ? List.of() : legalBases;
        }

        boolean given(String field) {
            return switch (field) {
                case "months" -> months != null;
                case "interventionCodes" -> interventionCodes != null;
                case "areaCodes" -> areaCodes != null;
                case "legalBases" -> legalBases != null;
                case "minMonths" -> minMonths != null;
                case "maxMonths" -> maxMonths != null;
                case "defaultMonths" -> defaultMonths != null;
                case "catalogDefault" -> catalogDefault != null;
                case "years" -> years != null;
                case "daysBefore" -> daysBefore != null;
                default -> false;
            };
        }
    }

    /** Follow-up files that cannot be used; the application refuses to start with them. */
    public static final class FollowUpFileException extends RuntimeException {
        private final List<String> problems;

        public FollowUpFileException(List<String> problems) {
            super(problems.size() == 1 ? "Invalid follow-up file " + problems.get(0)
                    : "Invalid follow-up files (" + problems.size() + " problems):\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
