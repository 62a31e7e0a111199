package dk.omsorg.decision.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.shared.PolicyFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which catalogue areas are practical help, per municipality and period, read at start from
 * {@code policy/<code>-<name>/household.yaml}: the decision check warns when such help is granted to a citizen whose
 * household member already has the same intervention (seed 002). A municipality without a file has none. An invalid
 * file stops the start with file, line and field.
 */
@Component
public class HouseholdRules {

    static final String DEFAULT_LOCATION = "classpath*:policy/*/household.yaml";
    private static final Logger log = LoggerFactory.getLogger(HouseholdRules.class);
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private record Period(Set<String> areas, LocalDate from, LocalDate to) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    private final Map<Integer, List<Period>> byMunicipality;

    @Autowired
    public HouseholdRules(@Value("${omsorg.household-location:" + DEFAULT_LOCATION + "}") String location) {
        this(resources(location));
    }

    HouseholdRules(Resource[] files) {
        Map<Integer, List<Period>> read = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Resource file : files) {
            PolicyFile<FileEntry> policy;
            try {
                policy = PolicyFile.read(file, YAML, FileEntry.class, HouseholdFileException::new);
            } catch (HouseholdFileException e) {
                problems.addAll(e.problems);
                continue;
            }
            FileEntry e = policy.entry();
            if (e.municipality == null || e.municipality <= 0) {
                problems.add(PolicyFile.problem(policy.label(), policy.lines().line("municipality"), "municipality",
                        "is required (the official municipality code)"));
                continue;
            }
            List<Period> periods = new ArrayList<>();
            List<PeriodEntry> entries = e.practicalHelp == null ? List.of() : e.practicalHelp;
            for (int i = 0; i < entries.size(); i++) {
                PeriodEntry p = entries.get(i);
                String at = "practicalHelp[" + i + "]";
                if (p.areas == null || p.areas.isEmpty() || p.validFrom == null
                        || (p.validTo != null && p.validTo.isBefore(p.validFrom))) {
                    problems.add(PolicyFile.problem(policy.label(), policy.lines().line(at), at,
                            "needs areas (catalogue area codes) and validFrom, and validTo not before validFrom"));
                    continue;
                }
                periods.add(new Period(Set.copyOf(p.areas), p.validFrom, p.validTo));
            }
            if (read.putIfAbsent(e.municipality, List.copyOf(periods)) != null) {
                problems.add(PolicyFile.problem(policy.label(), policy.lines().line("municipality"), "municipality",
                        e.municipality + " already has its household rules in another file"));
            }
        }
        if (!problems.isEmpty()) {
            throw new HouseholdFileException(problems);
        }
        this.byMunicipality = Map.copyOf(read);
        log.info("Loaded household rules for municipalities {}", read.keySet());
    }

    /** Whether the area is practical help in the municipality on {@code day}. */
    public boolean practicalHelp(int municipalityCode, String areaCode, LocalDate day) {
        return byMunicipality.getOrDefault(municipalityCode, List.of()).stream()
                .anyMatch(p -> p.covers(day) && p.areas().contains(areaCode));
    }

    private static Resource[] resources(String location) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list household files at " + location, e);
        }
    }

    static final class FileEntry {
        @JsonProperty Integer municipality;
        @JsonProperty List<PeriodEntry> practicalHelp;
    }

    static final class PeriodEntry {
        @JsonProperty List<String> areas;
        @JsonProperty LocalDate validFrom;
        @JsonProperty LocalDate validTo;
    }

    /** Household files that cannot be used; the application refuses to start with them. */
    public static final class HouseholdFileException extends RuntimeException {
        private final List<String> problems;

        HouseholdFileException(List<String> problems) {
            super("Invalid household files:\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }
    }
}
