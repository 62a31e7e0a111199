package dk.omsorg.settlement;

import dk.omsorg.settlement.internal.SettlementFiles;
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
 * Every municipality's settlement policy, read at start from {@code policy/<code>-<name>/settlement.yaml}
 * ({@code omsorg.settlement.location}). An invalid file, or two files for one municipality, stops the start with
 * file, line and field, all problems at once.
 */
@Component
public class SettlementPolicies {

    static final String DEFAULT_LOCATION = "classpath*:policy/*/settlement.yaml";
    private static final Logger log = LoggerFactory.getLogger(SettlementPolicies.class);

    private final Map<Integer, SettlementPolicy> policies;

    @Autowired
    public SettlementPolicies(@Value("${omsorg.settlement.location:" + DEFAULT_LOCATION + "}") String location) {
        this(resources(location));
    }

    SettlementPolicies(Resource[] files) {
        Map<Integer, SettlementPolicy> read = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Resource file : files) {
            try {
                SettlementPolicy policy = SettlementFiles.read(file);
                SettlementPolicy earlier = read.putIfAbsent(policy.municipalityId(), policy);
                if (earlier != null) {
                    problems.add(file.getDescription() + ", field municipality: " + policy.municipalityId()
                            + " already has a settlement policy");
                }
            } catch (SettlementFiles.SettlementFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new SettlementFiles.SettlementFileException(problems);
        }
        this.policies = Map.copyOf(read);
        log.info("Loaded settlement policies for municipalities {}", read.keySet());
    }

    private static Resource[] resources(String location) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list settlement files at " + location, e);
        }
    }

    public Optional<SettlementPolicy> forMunicipality(int municipalityId) {
        return Optional.ofNullable(policies.get(municipalityId));
    }

    public Map<Integer, SettlementPolicy> all() {
        return policies;
    }
}
