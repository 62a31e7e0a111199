package dk.omsorg.additionalcosts;

import dk.omsorg.additionalcosts.internal.AdditionalCostsFiles;
import dk.omsorg.additionalcosts.internal.AdditionalCostsFiles.AdditionalCostsFileException;
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
 * Every municipality's § 100 policy, read at start from {@code policy/<code>-<name>/additional-costs.yaml}. An
 * invalid file, or two for one municipality, stops the start with all problems at once. A municipality without a
 * file cannot calculate additional costs.
 */
@Component
public class AdditionalCostsPolicies {

    static final String DEFAULT_LOCATION = "classpath*:policy/*/additional-costs.yaml";

    private final Map<Integer, AdditionalCostsPolicy> policies;

    @Autowired
    public AdditionalCostsPolicies(@Value("${omsorg.additional-costs.location:" + DEFAULT_LOCATION + "}") String location) {
        this(resources(location));
    }

    public AdditionalCostsPolicies(Resource[] files) {
        Map<Integer, AdditionalCostsPolicy> read = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Resource file : files) {
            try {
                AdditionalCostsPolicy policy = AdditionalCostsFiles.read(file);
                AdditionalCostsPolicy before = read.putIfAbsent(policy.municipalityId(), policy);
                if (before != null) {
                    problems.add(policy.file() + ", field municipality: " + policy.municipalityId()
                            + " already has a policy in " + before.file());
                }
            } catch (AdditionalCostsFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new AdditionalCostsFileException(problems);
        }
        this.policies = Map.copyOf(read);
    }

    private static Resource[] resources(String location) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list additional-costs files at " + location, e);
        }
    }

    public Optional<AdditionalCostsPolicy> forMunicipality(int municipalityId) {
        return Optional.ofNullable(policies.get(municipalityId));
    }
}
