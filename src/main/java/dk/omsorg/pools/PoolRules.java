package dk.omsorg.pools;

import dk.omsorg.pools.internal.PoolFiles;
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
 * Every municipality's pool rules, read at start from {@code policy/<code>-<name>/pools.yaml}
 * ({@code omsorg.pools.rules-location}). An invalid file, or two for one municipality, stops the start with
 * file, line and field. A municipality without a file opens no pools.
 */
@Component
public class PoolRules {

    static final String DEFAULT_LOCATION = "classpath*:policy/*/pools.yaml";
    private static final Logger log = LoggerFactory.getLogger(PoolRules.class);

    private final Map<Integer, PoolPolicy> rules;

    @Autowired
    public PoolRules(@Value("${omsorg.pools.rules-location:" + DEFAULT_LOCATION + "}") String location) {
        this(resources(location));
    }

    public PoolRules(Resource[] files) {
        Map<Integer, PoolPolicy> read = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Resource file : files) {
            try {
                PoolPolicy policy = PoolFiles.read(file);
                PoolPolicy before = read.putIfAbsent(policy.municipalityId(), policy);
                if (before != null) {
                    problems.add(policy.file() + ", field municipality: " + policy.municipalityId()
                            + " already has pool rules in " + before.file());
                }
            } catch (PoolFiles.PoolFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new PoolFiles.PoolFileException(problems);
        }
        this.rules = Map.copyOf(read);
        log.info("Loaded pool rules for municipalities {}", read.keySet());
    }

    private static Resource[] resources(String location) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list pool files at " + location, e);
        }
    }

    public Optional<PoolPolicy> forMunicipality(int municipalityId) {
        return Optional.ofNullable(rules.get(municipalityId));
    }
}
