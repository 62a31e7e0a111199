package dk.omsorg.ownpayment;

import dk.omsorg.ownpayment.internal.OwnPaymentFiles;
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
 * Every municipality's own-payment policy, read at start from {@code policy/<code>-<name>/own-payment.yaml}. An
 * invalid file stops the start with file, line and field; a municipality without a file computes no own payment.
 */
@Component
public class OwnPaymentPolicies {

    private final Map<Integer, OwnPaymentPolicy> policies;

    @Autowired
    public OwnPaymentPolicies(@Value("${omsorg.ownpayment.location:classpath*:policy/*/own-payment.yaml}") String location) {
        this(resources(location));
    }

    public OwnPaymentPolicies(Resource[] files) {
        Map<Integer, OwnPaymentPolicy> read = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Resource file : files) {
            try {
                OwnPaymentPolicy policy = OwnPaymentFiles.read(file);
                if (read.putIfAbsent(policy.municipalityId(), policy) != null) {
                    problems.add(policy.file() + ", field municipality: " + policy.municipalityId() + " has two files");
                }
            } catch (OwnPaymentFiles.OwnPaymentFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new OwnPaymentFiles.OwnPaymentFileException(problems);
        }
        this.policies = Map.copyOf(read);
    }

    private static Resource[] resources(String location) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list own-payment files at " + location, e);
        }
    }

    public Optional<OwnPaymentPolicy> forMunicipality(int municipalityId) {
        return Optional.ofNullable(policies.get(municipalityId));
    }
}
