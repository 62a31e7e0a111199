package dk.omsorg.delivery;

import dk.omsorg.delivery.internal.ReassessmentFiles;
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
 * Every municipality's reassessment rule, read at start from {@code policy/<code>-<name>/reassessment.yaml}
 * ({@code omsorg.delivery.reassessment-location}). An invalid file, or two files for one municipality, stops the
 * start with file, line and field, all problems at once.
 */
@Component
public class ReassessmentRules {

    static final String DEFAULT_LOCATION = "classpath*:policy/*/reassessment.yaml";
    private static final Logger log = LoggerFactory.getLogger(ReassessmentRules.class);

    private final Map<Integer, ReassessmentRule> rules;

    @Autowired
    public ReassessmentRules(@Value("${omsorg.delivery.reassessment-location:" + DEFAULT_LOCATION + "}") String location) {
        this(resources(location));
    }

    ReassessmentRules(Resource[] files) {
        Map<Integer, ReassessmentRule> read = new TreeMap<>();
        Map<Integer, String> fileOf = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Resource file : files) {
            try {
                ReassessmentFiles.MunicipalityRule rule = ReassessmentFiles.read(file);
                if (read.putIfAbsent(rule.municipalityId(), rule.rule()) != null) {
                    problems.add(rule.file() + ", field municipality: " + rule.municipalityId()
                            + " already has a reassessment rule in " + fileOf.get(rule.municipalityId()));
                }
                fileOf.putIfAbsent(rule.municipalityId(), rule.file());
            } catch (ReassessmentFiles.ReassessmentFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ReassessmentFiles.ReassessmentFileException(problems);
        }
        this.rules = Map.copyOf(read);
        log.info("Loaded reassessment rules for municipalities {}", read.keySet());
    }

    private static Resource[] resources(String location) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list reassessment files at " + location, e);
        }
    }

    /** The municipality's rule, if it has one. */
    public Optional<ReassessmentRule> forMunicipality(int municipalityId) {
        return Optional.ofNullable(rules.get(municipalityId));
    }

    public Map<Integer, ReassessmentRule> all() {
        return rules;
    }
}
