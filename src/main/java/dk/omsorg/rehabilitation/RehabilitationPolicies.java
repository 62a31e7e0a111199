package dk.omsorg.rehabilitation;

import dk.omsorg.rehabilitation.internal.RehabilitationFiles;
import dk.omsorg.rehabilitation.internal.RehabilitationFiles.RehabilitationFileException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every municipality's rehabilitation.yaml, read strictly when the application starts: an invalid file stops the
 * start with file, line and field.
 */
@Component
public class RehabilitationPolicies {

    static final String DEFAULT_LOCATION = "classpath*:policy/*/rehabilitation.yaml";

    private final Map<Integer, RehabilitationPolicy> policies;

    RehabilitationPolicies(@Value("${omsorg.rehabilitation.location:" + DEFAULT_LOCATION + "}") String location) {
        try {
            this.policies = read(new PathMatchingResourcePatternResolver().getResources(location));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every file; refuses them all, with every problem, when one is wrong or two are for one municipality. */
    public static Map<Integer, RehabilitationPolicy> read(Resource[] files) {
        Map<Integer, RehabilitationPolicy> read = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Resource file : files) {
            try {
                RehabilitationPolicy policy = RehabilitationFiles.read(file);
                RehabilitationPolicy before = read.putIfAbsent(policy.municipalityId(), policy);
                if (before != null) {
                    problems.add(policy.file() + ", field municipality: " + policy.municipalityId()
                            + " already has rules in " + before.file());
                }
            } catch (RehabilitationFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new RehabilitationFileException(problems);
        }
        return Map.copyOf(read);
    }

    /** The municipality's rules in force on {@code day}; empty when it has none. */
    public Optional<RehabilitationPolicy.Version> on(int municipalityId, LocalDate day) {
        RehabilitationPolicy policy = policies.get(municipalityId);
        return policy == null ? Optional.empty() : policy.on(day);
    }
}
