package dk.omsorg.klgateway.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.shared.PolicyFile;
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
import java.util.regex.Pattern;

/**
 * Each municipality's KL Gateway settings, read at start from {@code policy/<code>-<name>/kl-gateway.yaml}: the SOR
 * code of the organisation that keeps the records. A municipality without a file cannot report (the export says so
 * in Danish); an invalid file stops the start with file, line and field.
 */
@Component
public class KlGatewayPolicies {

    static final String DEFAULT_LOCATION = "classpath*:policy/*/kl-gateway.yaml";
    private static final Logger log = LoggerFactory.getLogger(KlGatewayPolicies.class);
    /** SOR codes are numbers of up to 18 digits. */
    private static final Pattern SOR = Pattern.compile("\\d{1,18}");

    private final Map<Integer, String> sorCodes;

    @Autowired
    KlGatewayPolicies(@Value("${omsorg.kl-gateway-location:" + DEFAULT_LOCATION + "}") String location) {
        this(resources(location));
    }

    KlGatewayPolicies(Resource[] files) {
        Map<Integer, String> read = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Resource file : files) {
            PolicyFile<FileEntry> policy;
            try {
                policy = PolicyFile.read(file, PolicyFile.STRICT_YAML, FileEntry.class, KlGatewayFileException::new);
            } catch (KlGatewayFileException e) {
                problems.addAll(e.problems);
                continue;
            }
            FileEntry e = policy.entry();
            PolicyFile.Check check = policy.checker(problems);
            check.check(e.municipality != null && e.municipality > 0, "municipality",
                    "is required (the official municipality code)");
            check.check(e.sorCode != null && SOR.matcher(e.sorCode).matches(), "sorCode",
                    "is required: the SOR code, 1 to 18 digits, in quotes");
            if (e.municipality != null && e.sorCode != null && read.putIfAbsent(e.municipality, e.sorCode) != null) {
                check.check(false, "municipality", e.municipality + " already has its KL Gateway file");
            }
        }
        if (!problems.isEmpty()) {
            throw new KlGatewayFileException(problems);
        }
        this.sorCodes = Map.copyOf(read);
        log.info("Loaded KL Gateway settings for municipalities {}", read.keySet());
    }

    /** The SOR code of the municipality's record-keeping organisation; empty when it has no KL Gateway file. */
    public Optional<String> sorCode(int municipalityId) {
        return Optional.ofNullable(sorCodes.get(municipalityId));
    }

    private static Resource[] resources(String location) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list KL Gateway files at " + location, e);
        }
    }

    static final class FileEntry {
        @JsonProperty Integer municipality;
        @JsonProperty String sorCode;
    }

    /** KL Gateway files that cannot be used; the application refuses to start with them. */
    public static final class KlGatewayFileException extends RuntimeException {
        private final List<String> problems;

        KlGatewayFileException(List<String> problems) {
            super("Invalid KL Gateway files:\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }
    }
}
