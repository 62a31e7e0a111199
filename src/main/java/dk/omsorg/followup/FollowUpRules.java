package dk.omsorg.followup;

import dk.omsorg.followup.internal.FollowUpFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every municipality's follow-up rules, read at start from {@code policy/<code>-<name>/follow-up.yaml}
 * ({@code omsorg.followup.rules-location}). An invalid file, or two files for one municipality, stops the
 * start with file, line and field, all problems at once. A municipality without a file schedules no
 * follow-ups.
 */
@Component
public class FollowUpRules {

    static final String DEFAULT_LOCATION = "classpath*:policy/*/follow-up.yaml";
    private static final Logger log = LoggerFactory.getLogger(FollowUpRules.class);

    private final Map<Integer, MunicipalityFollowUp> rules;

    @Autowired
    public FollowUpRules(@Value("${omsorg.followup.rules-location:" + DEFAULT_LOCATION + "}") String location) {
        this(resources(location));
    }

    public FollowUpRules(Resource[] files) {
        Map<Integer, MunicipalityFollowUp> read = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Resource file : files) {
            try {
                MunicipalityFollowUp municipality = FollowUpFiles.read(file);
                MunicipalityFollowUp before = read.putIfAbsent(municipality.municipalityId(), municipality);
                if (before != null) {
                    problems.add(municipality.file() + ", field municipality: " + municipality.municipalityId()
                            + " already has follow-up rules in " + before.file());
                }
            } catch (FollowUpFiles.FollowUpFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new FollowUpFiles.FollowUpFileException(problems);
        }
        this.rules = Map.copyOf(read);
        log.info("Loaded follow-up rules for municipalities {}", read.keySet());
    }

    private static Resource[] resources(String location) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list follow-up files at " + location, e);
        }
    }

    public Optional<MunicipalityFollowUp> forMunicipality(int municipalityId) {
        return Optional.ofNullable(rules.get(municipalityId));
    }

    public Map<Integer, MunicipalityFollowUp> all() {
        return rules;
    }
}
