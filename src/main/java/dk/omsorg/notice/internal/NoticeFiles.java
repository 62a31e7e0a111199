package dk.omsorg.notice.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.notice.SameDayPhoneRule;
import dk.omsorg.shared.PolicyFile;
import dk.omsorg.shared.YamlLines;
import org.springframework.core.io.Resource;
import tools.jackson.databind.ObjectMapper;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code policy/<code>-<name>/notice.yaml}: one municipality's rules for notices to providers, today the
 * same-day phone time (seed 002: "efter kl. 14.30"), each with the day it applies from. Unknown fields are errors;
 * every problem of a file is reported at once with the file, the line and the field.
 */
final class NoticeFiles {

    private static final ObjectMapper YAML = PolicyFile.STRICT_YAML;

    private NoticeFiles() {
    }

    /** A phone time and the first day it applies. */
    record PhoneTime(LocalTime phoneAfter, LocalDate validFrom) {
    }

    /** One file's municipality and its phone times, oldest first. */
    record MunicipalityNotices(int municipalityId, List<PhoneTime> phoneTimes, String file) {

        /** The rule on the day: the latest phone time that applies from it or earlier; empty before the first. */
        java.util.Optional<SameDayPhoneRule> sameDayPhone(LocalDate on) {
            return phoneTimes.stream().filter(t -> !t.validFrom().isAfter(on)).reduce((a, b) -> b)
                    .map(t -> new SameDayPhoneRule(t.phoneAfter()));
        }
    }

    /** @throws NoticeFileException naming every problem */
    static MunicipalityNotices read(Resource resource) {
        PolicyFile<FileEntry> read = PolicyFile.read(resource, YAML, FileEntry.class, NoticeFileException::new);
        String file = read.label();
        FileEntry entry = read.entry();
        YamlLines lines = read.lines();
        List<String> problems = new ArrayList<>();
        // a missing top-level field has no line of its own (the file's first line would mislead)
        check(problems, entry.municipality == null ? null : lines, file, entry.municipality != null && entry.municipality > 0,
                "municipality", "is required (the official municipality code)");
        check(problems, entry.source == null ? null : lines, file, entry.source != null && !entry.source.isBlank(), "source",
                "must cite where the rule comes from");
        List<PhoneTime> times = new ArrayList<>();
        if (check(problems, entry.sameDayPhone == null ? null : lines, file, entry.sameDayPhone != null && !entry.sameDayPhone.isEmpty(), "sameDayPhone",
                "at least one phone time is required, e.g. { phoneAfter: \"14:30\", validFrom: 2022-01-01 }")) {
            Set<LocalDate> days = new HashSet<>();
            for (int i = 0; i < entry.sameDayPhone.size(); i++) {
                PhoneEntry p = entry.sameDayPhone.get(i);
                String at = "sameDayPhone[" + i + "]";
                if (!check(problems, lines, file, p != null, at, "is empty")) {
                    continue;
                }
                boolean ok = check(problems, lines, file, p.phoneAfter != null, at + ".phoneAfter",
                        "is required: the time of day (HH:mm) after which a same-day notice is phoned")
                        & check(problems, lines, file, p.validFrom != null, at + ".validFrom", "is required: the first day it applies")
                        && check(problems, lines, file, days.add(p.validFrom), at + ".validFrom",
                        "another phone time already applies from " + p.validFrom);
                if (ok) {
                    times.add(new PhoneTime(p.phoneAfter, p.validFrom));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new NoticeFileException(problems);
        }
        times.sort(Comparator.comparing(PhoneTime::validFrom));
        return new MunicipalityNotices(entry.municipality, List.copyOf(times), file);
    }

    private static boolean check(List<String> problems, YamlLines lines, String file, boolean ok, String field, String message) {
        if (!ok) {
            problems.add(PolicyFile.problem(file, lines == null ? -1 : lines.line(field), field, message));
        }
        return ok;
    }

    static final class FileEntry {
        @JsonProperty Integer municipality;
        @JsonProperty String source;
        @JsonProperty List<PhoneEntry> sameDayPhone;
    }

    static final class PhoneEntry {
        @JsonProperty LocalTime phoneAfter;
        @JsonProperty LocalDate validFrom;
    }

    /** Notice files that cannot be used; the application refuses to start with them. */
    static final class NoticeFileException extends RuntimeException {
        private final List<String> problems;

        NoticeFileException(List<String> problems) {
            super(problems.size() == 1 ? "Invalid notice file " + problems.get(0)
                    : "Invalid notice files (" + problems.size() + " problems):\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }
}
