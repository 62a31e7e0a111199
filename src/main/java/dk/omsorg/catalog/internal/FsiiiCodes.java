package dk.omsorg.catalog.internal;

import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.assessment.FsiiiConcept;
import dk.omsorg.assessment.FsiiiKind;
import dk.omsorg.catalog.FsiiiRef;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The FSIII codes a catalogue file may name, by KL's legacy code or UUID: functional-ability
 * states for criteria (from {@link FsiiiCatalog}, with the successors of retired states from
 * {@code reference/fsiii-successors.yaml}), and FSIII interventions for {@code fsiii:} (from
 * {@code reference/fsiii-interventions.json}, derived by {@code tools/derive-fsiii-interventions.py}).
 */
public final class FsiiiCodes {

    static final String SUCCESSORS = "reference/fsiii-successors.yaml";
    static final String INTERVENTIONS = "reference/fsiii-interventions.json";

    private final FsiiiCatalog catalog;
    private final Map<String, FsiiiConcept> conceptsByLegacyCode = new HashMap<>();
    private final Map<UUID, FsiiiConcept> successors = new HashMap<>();
    private final Map<String, FsiiiRef> interventions = new HashMap<>();

    public FsiiiCodes(FsiiiCatalog catalog) {
        this.catalog = catalog;
        for (FsiiiConcept concept : catalog.all()) {
            if (concept.legacyCode() != null) {
                // a state wins over an area or condition that happens to share a named legacy code
                conceptsByLegacyCode.merge(concept.legacyCode(), concept,
                        (a, b) -> a.is(FsiiiKind.FUNCTIONAL_ABILITY_STATE) ? a : b);
            }
        }
        readSuccessors();
        readInterventions();
    }

    /** For tests without Spring: the application's own reference files. */
    public static FsiiiCodes fromClasspath() {
        return new FsiiiCodes(FsiiiCatalog.fromClasspath());
    }

    /** A functional-ability state, current or retired, by legacy code or UUID. */
    public Optional<FsiiiRef> state(String code) {
        return concept(code).filter(c -> c.is(FsiiiKind.FUNCTIONAL_ABILITY_STATE)).map(c -> ref(code, c));
    }

    /** Any FSIII state, condition or area the code names; for error messages. */
    public Optional<FsiiiConcept> concept(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String trimmed = code.strip();
        return catalog.find(trimmed).or(() -> Optional.ofNullable(conceptsByLegacyCode.get(trimmed)));
    }

    /** An FSIII intervention (H1.7 Indkøb, G1.20 Medicinadministration …), by legacy code or UUID. */
    public Optional<FsiiiRef> intervention(String code) {
        if (code == null) {
            return Optional.empty();
        }
        FsiiiRef ref = interventions.get(code.strip());
        return Optional.ofNullable(ref).map(r -> new FsiiiRef(code.strip(), r.uuid(), r.legacyCode(), r.name(), true, null));
    }

    private FsiiiRef ref(String code, FsiiiConcept concept) {
        FsiiiConcept successor = concept.current() ? null : successors.get(concept.code());
        return new FsiiiRef(code.strip(), concept.code(), concept.legacyCode(), concept.name(), concept.current(),
                successor == null ? null : ref(successor.legacyCode(), successor));
    }

    private void readSuccessors() {
        JsonNode document = read(SUCCESSORS, YAMLMapper.builder().build());
        for (Map.Entry<String, JsonNode> entry : document.get("successors").properties()) {
            FsiiiConcept retired = concept(entry.getKey())
                    .orElseThrow(() -> new IllegalStateException(SUCCESSORS + ": unknown state " + entry.getKey()));
            FsiiiConcept successor = concept(entry.getValue().asString())
                    .orElseThrow(() -> new IllegalStateException(SUCCESSORS + ": unknown state " + entry.getValue()));
            if (retired.current() || !successor.current() || !successor.is(FsiiiKind.FUNCTIONAL_ABILITY_STATE)) {
                throw new IllegalStateException(SUCCESSORS + ": " + entry.getKey() + " must be a retired state and "
                        + entry.getValue().asString() + " a current state");
            }
            successors.put(retired.code(), successor);
        }
    }

    private void readInterventions() {
        for (JsonNode node : read(INTERVENTIONS, JsonMapper.builder().build()).get("interventions")) {
            UUID uuid = UUID.fromString(node.get("code").asString());
            String legacy = node.get("legacyCode").isNull() ? null : node.get("legacyCode").asString();
            FsiiiRef ref = new FsiiiRef(legacy, uuid, legacy, node.get("name").asString(), true, null);
            interventions.put(uuid.toString(), ref);
            if (legacy != null) {
                interventions.put(legacy, ref);
            }
        }
    }

    private static JsonNode read(String resource, tools.jackson.databind.ObjectMapper mapper) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
