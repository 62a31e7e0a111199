package dk.omsorg.klgateway.internal;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The FSIII interventions' names by KL's UUID code, from {@code reference/fsiii-interventions.json} (derived from KL's
 * CodeSystem by {@code tools/derive-fsiii-interventions.py}): the display of a planned or completed intervention's
 * level-2 code.
 */
@Component
public class FsiiiInterventions {

    static final String RESOURCE = "reference/fsiii-interventions.json";

    private final Map<UUID, String> names;

    FsiiiInterventions() {
        Map<UUID, String> read = new HashMap<>();
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            for (JsonNode i : JsonMapper.builder().build().readTree(in).get("interventions")) {
                read.put(UUID.fromString(i.get("code").asString()), i.get("name").asString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
        this.names = Map.copyOf(read);
    }

    public Optional<String> name(UUID code) {
        return Optional.ofNullable(names.get(code));
    }
}
