package dk.omsorg.complaint;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.shared.PolicyFile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The complaint deadlines of the law, read strictly at start from {@code reference/complaint-deadlines.yaml}: one
 * national file, not a file per municipality, because the 4 weeks and the 6 weekdays are law (retssikkerhedsloven
 * §§ 66-67, Ankestyrelsen's guidance), not a municipal choice. A broken file stops the start with file, line and field.
 */
@Component
public class ComplaintDeadlines {

    static final String LOCATION = "reference/complaint-deadlines.yaml";
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final List<ComplaintDeadlineRule> rules;

    ComplaintDeadlines() {
        this(read(new ClassPathResource(LOCATION)));
    }

    ComplaintDeadlines(List<ComplaintDeadlineRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rule in force on the day (the letter's date, or the day a complaint was received). */
    public ComplaintDeadlineRule on(LocalDate day) {
        return rules.stream().filter(r -> r.inForceOn(day)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No complaint deadline rule in force on " + day));
    }

    /** @throws IllegalStateException naming every problem of the file, with line and field */
    static List<ComplaintDeadlineRule> read(Resource resource) {
        PolicyFile<FileEntry> file = PolicyFile.read(resource, YAML, FileEntry.class,
                ps -> new IllegalStateException("Invalid complaint deadline file: " + String.join("; ", ps)));
        List<String> problems = new ArrayList<>();
        PolicyFile.Check p = file.checker(problems);
        List<RuleEntry> entries = file.entry().rules == null ? List.of() : file.entry().rules;
        p.check(!entries.isEmpty(), "rules", "is required: at least one rule");
        List<ComplaintDeadlineRule> rules = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            RuleEntry r = entries.get(i);
            String at = "rules[" + i + "]";
            if (r == null) {
                p.check(false, at, "is empty");
                continue;
            }
            int before = problems.size();
            p.check(r.validFrom != null, at + ".validFrom", "is required");
            p.check(r.validTo == null || r.validFrom == null || !r.validTo.isBefore(r.validFrom), at + ".validTo",
                    "is before validFrom");
            p.check(r.source != null && !r.source.isBlank(), at + ".source", "must cite the law");
            p.check(r.complaintWeeks != null && r.complaintWeeks >= 1 && r.complaintWeeks <= 52, at + ".complaintWeeks",
                    "is required: weeks, 1–52");
            p.check(r.paperPostWeekdays != null && r.paperPostWeekdays >= 0 && r.paperPostWeekdays <= 30,
                    at + ".paperPostWeekdays", "is required: weekdays, 0–30");
            p.check(r.deadlineToWeekday != null, at + ".deadlineToWeekday", "is required: true or false");
            p.check(r.reconsiderationWeeks != null && r.reconsiderationWeeks >= 1 && r.reconsiderationWeeks <= 52,
                    at + ".reconsiderationWeeks", "is required: weeks, 1–52");
            if (problems.size() > before) {
                continue;
            }
            ComplaintDeadlineRule rule = new ComplaintDeadlineRule(r.validFrom, r.validTo, r.source.strip(),
                    r.complaintWeeks, r.paperPostWeekdays, r.deadlineToWeekday, r.reconsiderationWeeks);
            for (int j = 0; j < rules.size(); j++) {
                ComplaintDeadlineRule other = rules.get(j);
                boolean overlaps = (other.validTo() == null || !rule.validFrom().isAfter(other.validTo()))
                        && (rule.validTo() == null || !other.validFrom().isAfter(rule.validTo()));
                p.check(!overlaps, at + ".validFrom", "overlaps rules[" + j + "]: two rules in force on the same day");
            }
            rules.add(rule);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid complaint deadline file:\n  - " + String.join("\n  - ", problems));
        }
        return rules;
    }

    static final class FileEntry {
        @JsonProperty List<RuleEntry> rules;
    }

    static final class RuleEntry {
        @JsonProperty LocalDate validFrom;
        @JsonProperty LocalDate validTo;
        @JsonProperty String source;
        @JsonProperty Integer complaintWeeks;
        @JsonProperty Integer paperPostWeekdays;
        @JsonProperty Boolean deadlineToWeekday;
        @JsonProperty Integer reconsiderationWeeks;
    }
}
