package dk.omsorg.delivery.internal;

import dk.omsorg.shared.PolicyFile;
import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.delivery.ReassessmentRule;
import dk.omsorg.shared.YamlLines;
import org.springframework.core.io.Resource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code policy/<code>-<name>/reassessment.yaml}: one municipality's rule for when a grant's time must be
 * reassessed ({@link ReassessmentRule}). Unknown fields are errors; every field but pausingReasons is required; every problem of a
 * file is reported at once with the file, the line and the field. {@code name} is what people read (Danish, on the
 * flag); {@code source} cites where the rule comes from and is never shown.
 */
public final class ReassessmentFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ReassessmentFiles() {
    }

    /** One file's municipality and rule. */
    public record MunicipalityRule(int municipalityId, ReassessmentRule rule, String file) {
    }

    /** @throws ReassessmentFileException naming every problem */
    public static MunicipalityRule read(Resource resource) {
        PolicyFile<FileEntry> read = PolicyFile.read(resource, YAML, FileEntry.class, ReassessmentFileException::new);
        String file = read.label();
        FileEntry entry = read.entry();
        YamlLines lines = read.lines();
        List<String> problems = new ArrayList<>();
        check(problems, lines, file, entry.municipality != null, entry.municipality != null && entry.municipality > 0, "municipality",
                "is required (the official municipality code)");
        check(problems, lines, file, entry.name != null, entry.name != null && !entry.name.isBlank(), "name",
                "is required: the rule's name in Danish as the caseworker reads it on a flag");
        check(problems, lines, file, entry.source != null, entry.source != null && !entry.source.isBlank(), "source",
                "must cite where the rule comes from");
        check(problems, lines, file, entry.allowedDeviationPercent != null, entry.allowedDeviationPercent != null && entry.allowedDeviationPercent >= 0,
                "allowedDeviationPercent", "is required: a percent, 0 or more");
        check(problems, lines, file, entry.minMinutesPerDelivery != null, entry.minMinutesPerDelivery != null && entry.minMinutesPerDelivery >= 0,
                "minMinutesPerDelivery", "is required: minutes, 0 or more");
        check(problems, lines, file, entry.minMinutesPerWeek != null, entry.minMinutesPerWeek != null && entry.minMinutesPerWeek >= 0,
                "minMinutesPerWeek", "is required: minutes, 0 or more");
        check(problems, lines, file, entry.minDurationDays != null, entry.minDurationDays != null && entry.minDurationDays >= 0,
                "minDurationDays", "is required: days, 0 or more (a change counts when it lasts more than this)");
        check(problems, lines, file, entry.basis != null, entry.basis != null, "basis", "is required: DELIVERED or PLANNED");
        check(problems, lines, file, entry.pausingReasons != null, entry.pausingReasons == null
                        || ReassessmentRule.NOT_DELIVERED_REASONS.containsAll(entry.pausingReasons),
                "pausingReasons", "may list only " + new java.util.TreeSet<>(ReassessmentRule.NOT_DELIVERED_REASONS));
        if (!problems.isEmpty()) {
            throw new ReassessmentFileException(problems);
        }
        return new MunicipalityRule(entry.municipality, new ReassessmentRule(entry.allowedDeviationPercent,
                entry.minMinutesPerDelivery, entry.minMinutesPerWeek, entry.minDurationDays, entry.basis,
                entry.name.strip(), entry.source.strip(), entry.pausingReasons == null ? ReassessmentRule.DEFAULT_PAUSING_REASONS
                : java.util.Set.copyOf(entry.pausingReasons)), file);
    }

    /** A problem with the field's line when the file has the field. */
    private static void check(List<String> problems, YamlLines lines, String file, boolean present, boolean ok,
                              String field, String message) {
        if (!ok) {
            problems.add(PolicyFile.problem(file, present ? lines.line(field) : -1, field, message));
        }
    }

    static final class FileEntry {
        @JsonProperty Integer municipality;
        @JsonProperty String name;
        @JsonProperty String source;
        @JsonProperty Integer allowedDeviationPercent;
        @JsonProperty Integer minMinutesPerDelivery;
        @JsonProperty Integer minMinutesPerWeek;
        @JsonProperty Integer minDurationDays;
        @JsonProperty ReassessmentRule.Basis basis;
        @JsonProperty List<String> pausingReasons;
    }

    /** Reassessment files that cannot be used; the application refuses to start with them. */
    public static final class ReassessmentFileException extends RuntimeException {
        private final List<String> problems;

        public ReassessmentFileException(List<String> problems) {
            super(problems.size() == 1 ? "Invalid reassessment file " + problems.get(0)
                    : "Invalid reassessment files (" + problems.size() + " problems):\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
