package dk.omsorg.daylist;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.shared.PolicyFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Each municipality's day-list rules, read strictly at start from {@code policy/<code>-<name>/day-lists.yaml}
 * (docs/day-lists.md): versions by the day they take effect, each with the days ahead (1–14) and the days back (0–14).
 * An invalid file stops the start with file, line and field; a municipality without a file gets
 * {@link DayListPolicy#FALLBACK}.
 */
@Component
public class DayListPolicies {

    static final String DEFAULT_LOCATION = "classpath*:policy/*/day-lists.yaml";
    private static final Logger log = LoggerFactory.getLogger(DayListPolicies.class);

    private final Map<Integer, List<DayListPolicy>> versions;

    @Autowired
    DayListPolicies(@Value("${omsorg.day-list.location:" + DEFAULT_LOCATION + "}") String location) {
        this(resources(location));
    }

    DayListPolicies(Resource[] files) {
        Map<Integer, List<DayListPolicy>> read = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Resource file : files) {
            PolicyFile<FileEntry> policy;
            try {
                policy = PolicyFile.read(file, PolicyFile.STRICT_YAML, FileEntry.class, DayListFileException::new);
            } catch (DayListFileException e) {
                problems.addAll(e.problems);
                continue;
            }
            FileEntry e = policy.entry();
            PolicyFile.Check check = policy.checker(problems);
            check.check(e.municipality != null && e.municipality > 0, "municipality", "is required (the official municipality code)");
            check.check(e.versions != null && !e.versions.isEmpty(), "versions", "is required: at least one version");
            List<DayListPolicy> list = new ArrayList<>();
            Set<LocalDate> days = new HashSet<>();
            for (int i = 0; e.versions != null && i < e.versions.size(); i++) {
                VersionEntry v = e.versions.get(i);
                String at = "versions[" + i + "]";
                if (v == null) {
                    check.check(false, at, "is empty");
                    continue;
                }
                int before = problems.size();
                check.check(v.validFrom != null, at + ".validFrom", "is required: the first day the rule is in force");
                check.check(v.validFrom == null || days.add(v.validFrom), at + ".validFrom", "another version starts the same day");
                check.check(v.daysAhead != null && v.daysAhead >= 1 && v.daysAhead <= 14, at + ".daysAhead",
                        "is required: 1 to 14 days from and including the first day");
                check.check(v.daysBack != null && v.daysBack >= 0 && v.daysBack <= 14, at + ".daysBack",
                        "is required: 0 to 14 days before the first day");
                if (problems.size() == before) {
                    list.add(new DayListPolicy(v.validFrom, v.daysAhead, v.daysBack));
                }
            }
            if (e.municipality != null && read.putIfAbsent(e.municipality, list) != null) {
                check.check(false, "municipality", e.municipality + " already has its day-list file");
            }
        }
        if (!problems.isEmpty()) {
            throw new DayListFileException(problems);
        }
        read.values().forEach(l -> l.sort(Comparator.comparing(DayListPolicy::validFrom)));
        this.versions = Map.copyOf(read);
        log.info("Loaded day-list rules for municipalities {}", read.keySet());
    }

    /** The rule in force on {@code day}: the latest version that has started; the fallback before the first. */
    public DayListPolicy inForce(int municipalityId, LocalDate day) {
        DayListPolicy found = DayListPolicy.FALLBACK;
        for (DayListPolicy p : versions.getOrDefault(municipalityId, List.of())) {
            if (!p.validFrom().isAfter(day)) {
                found = p;
            }
        }
        return found;
    }

    private static Resource[] resources(String location) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list day-list files at " + location, e);
        }
    }

    static final class FileEntry {
        @JsonProperty Integer municipality;
        @JsonProperty String source;
        @JsonProperty List<VersionEntry> versions;
    }

    static final class VersionEntry {
        @JsonProperty LocalDate validFrom;
        @JsonProperty Integer daysAhead;
        @JsonProperty Integer daysBack;
    }

    /** Day-list files that cannot be used; the application refuses to start with them. */
    public static final class DayListFileException extends RuntimeException {
        private final List<String> problems;

        DayListFileException(List<String> problems) {
            super("Invalid day-list files:\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
