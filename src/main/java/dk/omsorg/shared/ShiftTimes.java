package dk.omsorg.shared;

import com.fasterxml.jackson.annotation.JsonProperty;
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
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * When each municipality's home-care shifts (vagtlag) begin, read at start from
 * {@code policy/<code>-<name>/shifts.yaml}: the delivery module derives a visit's shift from its start time, the
 * catalogue checks delivery windows against the shifts' hours. One value, one file per municipality, read by both. A
 * municipality without a file has the common Danish split (day 07–15, evening 15–23, night 23–07). An invalid file
 * or two files for one municipality stop the start with file, line and field.
 */
@Component
public class ShiftTimes {

    static final String DEFAULT_LOCATION = "classpath*:policy/*/shifts.yaml";
    private static final Logger log = LoggerFactory.getLogger(ShiftTimes.class);
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** When a municipality's day, evening and night shifts begin. */
    public record Times(LocalTime day, LocalTime evening, LocalTime night) {
        public static final Times STANDARD = new Times(LocalTime.of(7, 0), LocalTime.of(15, 0), LocalTime.of(23, 0));
    }

    private final Map<Integer, Times> byMunicipality;

    @Autowired
    public ShiftTimes(@Value("${omsorg.shifts-location:" + DEFAULT_LOCATION + "}") String location) {
        this(resources(location));
    }

    ShiftTimes(Resource[] files) {
        Map<Integer, Times> read = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Resource file : files) {
            PolicyFile<FileEntry> policy;
            try {
                policy = PolicyFile.read(file, YAML, FileEntry.class, ShiftTimesFileException::new);
            } catch (ShiftTimesFileException e) {
                problems.addAll(e.problems);
                continue;
            }
            FileEntry e = policy.entry();
            List<String> mine = new ArrayList<>();
            if (e.municipality == null || e.municipality <= 0) {
                mine.add(PolicyFile.problem(policy.label(), policy.lines().line("municipality"), "municipality",
                        "is required (the official municipality code)"));
            }
            LocalTime day = time(policy, "day", e.day, mine);
            LocalTime evening = time(policy, "evening", e.evening, mine);
            LocalTime night = time(policy, "night", e.night, mine);
            if (mine.isEmpty() && !(day.isBefore(evening) && evening.isBefore(night))) {
                mine.add(PolicyFile.problem(policy.label(), policy.lines().line("evening"), "evening",
                        "the shifts must begin in the order day < evening < night"));
            }
            if (mine.isEmpty() && read.putIfAbsent(e.municipality, new Times(day, evening, night)) != null) {
                mine.add(PolicyFile.problem(policy.label(), policy.lines().line("municipality"), "municipality",
                        e.municipality + " already has its shift times in another file"));
            }
            problems.addAll(mine);
        }
        if (!problems.isEmpty()) {
            throw new ShiftTimesFileException(problems);
        }
        this.byMunicipality = Map.copyOf(read);
        log.info("Loaded shift times for municipalities {}", read.keySet());
    }

    /** The municipality's shift times; the common split when it has no file. */
    public Times of(int municipalityCode) {
        return byMunicipality.getOrDefault(municipalityCode, Times.STANDARD);
    }

    private static LocalTime time(PolicyFile<FileEntry> policy, String field, String value, List<String> problems) {
        try {
            if (value != null && value.matches("\\d{2}:\\d{2}")) {
                return LocalTime.parse(value);
            }
        } catch (DateTimeParseException ignored) {
            // reported below
        }
        problems.add(PolicyFile.problem(policy.label(), policy.lines().line(field), field, "is required as HH:MM, e.g. \"07:00\""));
        return null;
    }

    private static Resource[] resources(String location) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list shift files at " + location, e);
        }
    }

    static final class FileEntry {
        @JsonProperty Integer municipality;
        @JsonProperty String source;
        @JsonProperty String day;
        @JsonProperty String evening;
        @JsonProperty String night;
    }

    /** Shift files that cannot be used; the application refuses to start with them. */
    public static final class ShiftTimesFileException extends RuntimeException {
        private final List<String> problems;

        ShiftTimesFileException(List<String> problems) {
            super("Invalid shift files:\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
