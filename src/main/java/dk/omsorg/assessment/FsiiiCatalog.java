package dk.omsorg.assessment;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The FSIII reference data: functional-ability areas and states, health areas and conditions,
 * and the 0–4/9 scale. Read once from {@code reference/fsiii.json}, which
 * {@code tools/derive-fsiii.py} derives from KL's CodeSystem; the same file is loaded into
 * {@code fsiii_concept} at startup so assessments can reference the codes.
 */
@Service
public class FsiiiCatalog {

    public static final String RESOURCE = "reference/fsiii.json";

    private final String version;
    private final List<ScaleStep> scale;
    private final Map<UUID, FsiiiConcept> concepts;
    private final List<FsiiiArea> functionalAbilityAreas;
    private final List<FsiiiArea> healthAreas;

    FsiiiCatalog() {
        this(readClasspath());
    }

    FsiiiCatalog(JsonNode document) {
        this.version = document.get("codeSystemVersion").asString();
        List<ScaleStep> steps = new ArrayList<>();
        for (JsonNode step : document.get("scale")) {
            steps.add(new ScaleStep(step.get("score").asInt(), UUID.fromString(step.get("code").asString()),
                    step.get("legacyCode").asString(), step.get("label").asString(), text(step, "definition")));
        }
        this.scale = List.copyOf(steps);
        Map<UUID, FsiiiConcept> all = new LinkedHashMap<>();
        this.functionalAbilityAreas = areas(document.get("functionalAbilityAreas"), "states", all);
        this.healthAreas = areas(document.get("healthAreas"), "conditions", all);
        this.concepts = Collections.unmodifiableMap(all);
    }

    /** The catalogue from the application's own reference file; for tests without Spring. */
    public static FsiiiCatalog fromClasspath() {
        return new FsiiiCatalog();
    }

    /** KL's CodeSystem version the reference data was derived from, e.g. {@code 20240530}. */
    public String version() {
        return version;
    }

    /** The scale 0, 1, 2, 3, 4, 9 with its Danish labels. */
    public List<ScaleStep> scale() {
        return scale;
    }

    public Optional<ScaleStep> scaleStep(int score) {
        return scale.stream().filter(s -> s.score() == score).findFirst();
    }

    /** The current functional-ability states, grouped by area; areas with none are left out. */
    public List<FsiiiArea> currentFunctionalAbilityStates() {
        return current(functionalAbilityAreas);
    }

    /** The current health conditions, grouped by area; areas with none are left out. */
    public List<FsiiiArea> currentHealthConditions() {
        return current(healthAreas);
    }

    /** All areas with all their states, retired ones included. */
    public List<FsiiiArea> functionalAbilityAreas() {
        return functionalAbilityAreas;
    }

    /** All health areas with all their conditions, retired ones included. */
    public List<FsiiiArea> healthAreas() {
        return healthAreas;
    }

    public Optional<FsiiiConcept> find(UUID code) {
        return Optional.ofNullable(code == null ? null : concepts.get(code));
    }

    /** Looks up a code as typed by a client; anything that is not a UUID is simply not found. */
    public Optional<FsiiiConcept> find(String code) {
        try {
            return code == null ? Optional.empty() : find(UUID.fromString(code.strip()));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    /** Every concept, areas before their states and conditions (the parent reference needs that). */
    public List<FsiiiConcept> all() {
        List<FsiiiConcept> ordered = new ArrayList<>(concepts.values());
        ordered.sort(Comparator.comparing((FsiiiConcept c) -> c.parentCode() != null));
        return ordered;
    }

    /** Orders concepts as the catalogue does: by area, then within the area. */
    public Comparator<FsiiiConcept> order() {
        return Comparator.comparingInt((FsiiiConcept c) -> find(c.parentCode()).map(FsiiiConcept::sortOrder).orElse(0))
                .thenComparing(c -> c.kind().ordinal())
                .thenComparingInt(FsiiiConcept::sortOrder);
    }

    private static List<FsiiiArea> current(List<FsiiiArea> areas) {
        return areas.stream()
                .map(a -> new FsiiiArea(a.area(), a.concepts().stream().filter(FsiiiConcept::current).toList()))
                .filter(a -> !a.concepts().isEmpty())
                .toList();
    }

    private static List<FsiiiArea> areas(JsonNode areas, String childKey, Map<UUID, FsiiiConcept> all) {
        List<FsiiiArea> result = new ArrayList<>();
        for (JsonNode areaNode : areas) {
            FsiiiConcept area = concept(areaNode);
            all.put(area.code(), area);
            List<FsiiiConcept> children = new ArrayList<>();
            for (JsonNode childNode : areaNode.get(childKey)) {
                FsiiiConcept child = concept(childNode);
                all.put(child.code(), child);
                children.add(child);
            }
            children.sort(Comparator.comparingInt(FsiiiConcept::sortOrder));
            result.add(new FsiiiArea(area, children));
        }
        result.sort(Comparator.comparingInt(a -> a.area().sortOrder()));
        return List.copyOf(result);
    }

    private static FsiiiConcept concept(JsonNode node) {
        String parent = text(node, "parent");
        return new FsiiiConcept(UUID.fromString(node.get("code").asString()),
                FsiiiKind.valueOf(node.get("kind").asString()),
                node.get("name").asString(), text(node, "definition"), text(node, "legacyCode"),
                parent == null ? null : UUID.fromString(parent),
                node.get("current").asBoolean(), node.get("sortOrder").asInt());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static JsonNode readClasspath() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }
}
