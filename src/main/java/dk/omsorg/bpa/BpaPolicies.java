package dk.omsorg.bpa;

import dk.omsorg.bpa.internal.BpaFiles;
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
 * Every municipality's BPA policy, read at start from {@code policy/<code>-<name>/bpa.yaml}. An
 * invalid file stops the start with file, line and field; a municipality without a file has no BPA budget.
 */
@Component
public class BpaPolicies {

    private final Map<Integer, BpaPolicy> policies;

    @Autowired
    public BpaPolicies(@Value("${omsorg.bpa.location:classpath*:policy/*/bpa.yaml}") String location) {
        this(resources(location));
    }

    public BpaPolicies(Resource[] files) {
        Map<Integer, BpaPolicy> read = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Resource file : files) {
            try {
                BpaPolicy policy = BpaFiles.read(file);
                if (read.putIfAbsent(policy.municipalityId(), policy) != null) {
                    problems.add(policy.file() + ", field municipality: " + policy.municipalityId() + " has two files");
                }
            } catch (BpaFiles.BpaFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new BpaFiles.BpaFileException(problems);
        }
        this.policies = Map.copyOf(read);
    }

    private static Resource[] resources(String location) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list BPA files at " + location, e);
        }
    }

    public Optional<BpaPolicy> forMunicipality(int municipalityId) {
        return Optional.ofNullable(policies.get(municipalityId));
    }
}
