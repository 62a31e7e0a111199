package dk.omsorg.catalog.internal;

import dk.omsorg.catalog.Catalog;
import dk.omsorg.catalog.DecisionAuthority;
import dk.omsorg.shared.YamlLines;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code decisionAuthority} section of every catalogue file (docs/catalog-format.md), strictly: an unknown
 * field, an unknown level, a committee without a name (or a name without a committee), or an area or intervention
 * code the catalogue does not have stops the start, with the file and the field named. Read beside
 * {@link CatalogFiles} rather than inside it, so the catalogue's records stay as they are.
 */
@Component
public class DecisionAuthorityFiles {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Set<String> SECTION_FIELDS = Set.of("default", "rules");
    private static final Set<String> RULE_FIELDS = Set.of("area", "intervention", "decidedBy", "committee");

    /** One catalogue version's rules: an intervention's own rule, else its area's, else the default. */
    public record Rules(DecisionAuthority fallback, Map<String, DecisionAuthority> byArea,
                        Map<String, DecisionAuthority> byIntervention) {
        public DecisionAuthority required(String areaCode, String interventionCode) {
            DecisionAuthority own = byIntervention.get(interventionCode);
            if (own != null) {
                return own;
            }
            return byArea.getOrDefault(areaCode, fallback);
        }
    }

    private static final Rules CASEWORKER_ONLY = new Rules(DecisionAuthority.CASEWORKER, Map.of(), Map.of());

    private final Map<String, Rules> byVersion = new HashMap<>();

    DecisionAuthorityFiles(CatalogProperties properties, LoadedCatalogs catalogs) {
        List<String> problems = new ArrayList<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(properties.location());
            for (Resource resource : resources) {
                read(resource, catalogs, problems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list catalogue files at " + properties.location(), e);
        }
        if (!problems.isEmpty()) {
            throw new CatalogFileException(problems);
        }
    }

    /** The rules of the catalogue version; a caseworker decides everything where the catalogue says nothing. */
    public Rules rules(int municipalityId, LocalDate validFrom) {
        return byVersion.getOrDefault(municipalityId + "@" + validFrom, CASEWORKER_ONLY);
    }

    private void read(Resource resource, LoadedCatalogs catalogs, List<String> problems) {
        String file = YamlLines.label(resource);
        JsonNode tree;
        try (InputStream in = resource.getInputStream()) {
            tree = YAML.readTree(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode section = tree == null ? null : tree.get("decisionAuthority");
        if (section == null || section.isNull()) {
            return;
        }
        int municipality = tree.path("municipality").asInt();
        LocalDate validFrom = LocalDate.parse(tree.path("validFrom").asString());
        Optional<Catalog> catalog = catalogs.of(municipality).stream().filter(c -> c.validFrom().equals(validFrom)).findFirst();
        if (catalog.isEmpty()) {
            return; // the catalogue itself is refused by CatalogFiles
        }
        unknownFields(file, "decisionAuthority", section, SECTION_FIELDS, problems);
        DecisionAuthority fallback = section.has("default")
                ? authority(file, "decisionAuthority.default", section.get("default").asString(), null, problems)
                : DecisionAuthority.CASEWORKER;
        Map<String, DecisionAuthority> byArea = new HashMap<>();
        Map<String, DecisionAuthority> byIntervention = new HashMap<>();
        JsonNode rules = section.path("rules");
        for (int i = 0; i < rules.size(); i++) {
            String path = "decisionAuthority.rules[" + i + "]";
            JsonNode rule = rules.get(i);
            unknownFields(file, path, rule, RULE_FIELDS, problems);
            String area = rule.hasNonNull("area") ? rule.get("area").asString() : null;
            String intervention = rule.hasNonNull("intervention") ? rule.get("intervention").asString() : null;
            DecisionAuthority authority = authority(file, path + ".decidedBy",
                    rule.hasNonNull("decidedBy") ? rule.get("decidedBy").asString() : null,
                    rule.hasNonNull("committee") ? rule.get("committee").asString() : null, problems);
            if ((area == null) == (intervention == null)) {
                problems.add(file + ", field " + path + ": a rule names either an area or an intervention");
            } else if (area != null && catalog.get().area(area).isEmpty()) {
                problems.add(file + ", field " + path + ".area: the catalogue has no area '" + area + "'");
            } else if (intervention != null && catalog.get().intervention(intervention).isEmpty()) {
                problems.add(file + ", field " + path + ".intervention: the catalogue has no intervention '" + intervention + "'");
            } else if (authority != null
                    && (area != null ? byArea.put(area, authority) : byIntervention.put(intervention, authority)) != null) {
                problems.add(file + ", field " + path + ": '" + (area != null ? area : intervention) + "' has two rules");
            }
        }
        byVersion.put(municipality + "@" + validFrom, new Rules(fallback == null ? DecisionAuthority.CASEWORKER : fallback,
                Map.copyOf(byArea), Map.copyOf(byIntervention)));
    }

    private static DecisionAuthority authority(String file, String path, String level, String committee, List<String> problems) {
        try {
            return new DecisionAuthority(DecisionAuthority.Level.valueOf(level), committee);
        } catch (NullPointerException | IllegalArgumentException e) {
            problems.add(file + ", field " + path + ": decidedBy is CASEWORKER, LEADER or COMMITTEE, and a COMMITTEE"
                    + " (only) has a committee name; was '" + level + "'" + (committee == null ? "" : " with committee '" + committee + "'"));
            return null;
        }
    }

    private static void unknownFields(String file, String path, JsonNode node, Set<String> allowed, List<String> problems) {
        if (!node.isObject()) {
            problems.add(file + ", field " + path + ": expected a mapping");
            return;
        }
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                problems.add(file + ", field " + path + "." + name + ": unknown field");
            }
        }
    }

}
