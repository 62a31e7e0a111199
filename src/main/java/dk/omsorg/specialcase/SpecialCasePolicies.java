package dk.omsorg.specialcase;

import dk.omsorg.specialcase.internal.SpecialCaseFiles;
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
 * Every municipality's special-case rules, read at start from {@code policy/<code>-<name>/special-cases.yaml}. An
 * invalid file stops the start with file, line and field; a municipality without a file has no rules for special
 * cases (a case cannot be opened there).
 */
@Component
public class SpecialCasePolicies {

    private final Map<Integer, SpecialCasePolicy> policies;

    @Autowired
    public SpecialCasePolicies(@Value("${omsorg.special-cases.location:classpath*:policy/*/special-cases.yaml}") String location) {
        this(resources(location));
    }

    public SpecialCasePolicies(Resource[] files) {
        Map<Integer, SpecialCasePolicy> read = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Resource file : files) {
            try {
                SpecialCasePolicy policy = SpecialCaseFiles.read(file);
                if (read.putIfAbsent(policy.municipalityId(), policy) != null) {
                    problems.add(policy.file() + ", field municipality: " + policy.municipalityId() + " has two files");
                }
            } catch (SpecialCaseFiles.SpecialCaseFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new SpecialCaseFiles.SpecialCaseFileException(problems);
        }
        this.policies = Map.copyOf(read);
    }

    private static Resource[] resources(String location) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list special-case files at " + location, e);
        }
    }

    public Optional<SpecialCasePolicy> forMunicipality(int municipalityId) {
        return Optional.ofNullable(policies.get(municipalityId));
    }
}
