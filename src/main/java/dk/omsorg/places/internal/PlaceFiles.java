package dk.omsorg.places.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.places.PlaceKind;
import dk.omsorg.places.ListRule;
import dk.omsorg.places.PlacePolicy;
import dk.omsorg.places.PlacePolicy.Priorities;
import dk.omsorg.places.PlacePolicy.PriorityClass;
import dk.omsorg.places.PlaceUnit;
import dk.omsorg.places.WaitingList;
import dk.omsorg.shared.PolicyFile;
import org.springframework.core.io.Resource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Reads {@code policy/<code>-<name>/places.yaml} (docs/places.md) strictly: unknown fields, duplicate codes, places
 * below 1, a district the municipality does not have, and two priority rules in force on the same day are refused,
 * every problem at once with file, line and field.
 */
public final class PlaceFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private PlaceFiles() {
    }

    /**
     * @param districts the district codes of a municipality (from its providers.yaml, via the district table)
     * @throws PlaceFileException naming every problem
     */
    public static PlacePolicy read(Resource resource, IntFunction<Set<String>> districts) {
        PolicyFile<FileEntry> read = PolicyFile.read(resource, YAML, FileEntry.class, PlaceFileException::new);
        FileEntry entry = read.entry();
        List<String> problems = new ArrayList<>();
        PolicyFile.Check p = read.checker(problems);
        p.check(entry.municipality != null && entry.municipality > 0, "municipality", "is required (the official municipality code)");
        p.check(text(entry.source), "source", "must cite where the units come from");
        Set<String> known = entry.municipality == null ? Set.of() : districts.apply(entry.municipality);
        List<PlaceUnit> units = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        p.check(entry.units != null && !entry.units.isEmpty(), "units", "is required: at least one unit");
        for (int i = 0; entry.units != null && i < entry.units.size(); i++) {
            UnitEntry u = entry.units.get(i);
            String at = "units[" + i + "]";
            if (u == null) {
                p.check(false, at, "is empty");
                continue;
            }
            int before = problems.size();
            p.check(u.code != null && u.code.matches("[a-z0-9-]{1,60}"), at + ".code", "is required: lower-case letters, digits and '-'");
            p.check(u.code == null || codes.add(u.code), at + ".code", "'" + u.code + "' is used by another unit");
            p.check(text(u.name), at + ".name", "is required: the unit's Danish name");
            p.check(u.kind != null, at + ".kind", "is required: TEMPORARY_STAY, INTERVAL_STAY, NURSING_HOME or ELDERLY_HOUSING");
            p.check(u.places != null && u.places >= 1 && u.places <= 10000, at + ".places", "is required: at least 1 place");
            p.check(u.district != null && known.contains(u.district), at + ".district",
                    "'" + u.district + "' is not a district of municipality " + entry.municipality + " (providers.yaml)");
            p.check(u.validFrom != null, at + ".validFrom", "is required: the first day the unit has places");
            p.check(u.validTo == null || u.validFrom == null || !u.validTo.isBefore(u.validFrom), at + ".validTo", "is before validFrom");
            p.check(u.waitingLists != null && !u.waitingLists.isEmpty() && !u.waitingLists.contains(null),
                    at + ".waitingLists", "is required: the waiting lists the unit serves");
            if (problems.size() == before) {
                units.add(new PlaceUnit(u.code, u.name.strip(), u.kind, u.places, u.district, u.validFrom, u.validTo,
                        List.copyOf(u.waitingLists)));
            }
        }
        List<Priorities> priorities = new ArrayList<>();
        for (int i = 0; entry.temporaryStayPriorities != null && i < entry.temporaryStayPriorities.size(); i++) {
            PrioritiesEntry r = entry.temporaryStayPriorities.get(i);
            String at = "temporaryStayPriorities[" + i + "]";
            if (r == null) {
                p.check(false, at, "is empty");
                continue;
            }
            int before = problems.size();
            p.check(r.validFrom != null, at + ".validFrom", "is required: the first day the classes are in force");
            p.check(r.validTo == null || r.validFrom == null || !r.validTo.isBefore(r.validFrom), at + ".validTo", "is before validFrom");
            p.check(text(r.source), at + ".source", "must cite the seed the classes come from");
            p.check(r.classes != null && !r.classes.isEmpty(), at + ".classes", "is required: the classes, most urgent first");
            Set<String> classCodes = new HashSet<>();
            for (int j = 0; r.classes != null && j < r.classes.size(); j++) {
                ClassEntry c = r.classes.get(j);
                String cat = at + ".classes[" + j + "]";
                p.check(c != null && c.code != null && c.code.matches("[A-Z_]{1,40}"), cat + ".code", "is required: upper-case letters and '_'");
                p.check(c == null || c.code == null || classCodes.add(c.code), cat + ".code", "is used by another class");
                p.check(c != null && text(c.name), cat + ".name", "is required: the Danish name");
            }
            if (problems.size() != before) {
                continue;
            }
            for (int j = 0; j < priorities.size(); j++) {
                Priorities o = priorities.get(j);
                boolean overlaps = (r.validTo == null || !r.validTo.isBefore(o.validFrom()))
                        && (o.validTo() == null || !o.validTo().isBefore(r.validFrom));
                p.check(!overlaps, at + ".validFrom", "overlaps temporaryStayPriorities[" + j + "]: two rules may not be in force on the same day");
            }
            priorities.add(new Priorities(r.validFrom, r.validTo, r.source.strip(),
                    r.classes.stream().map(c -> new PriorityClass(c.code, c.name.strip())).toList()));
        }
        List<ListRule> lists = ListRules.read(entry.lists, units, p);
        boolean temporary = units.stream().anyMatch(u -> u.waitingLists().contains(WaitingList.TEMPORARY_STAY));
        p.check(!temporary || !priorities.isEmpty(), "temporaryStayPriorities", "is required when a unit serves the temporary-stay list");
        if (!problems.isEmpty()) {
            throw new PlaceFileException(problems);
        }
        return new PlacePolicy(entry.municipality, entry.source.strip(), List.copyOf(units), List.copyOf(priorities),
                List.copyOf(lists), read.label());
    }

    private static boolean text(String s) {
        return s != null && !s.isBlank();
    }

    static final class FileEntry {
        @JsonProperty Integer municipality;
        @JsonProperty String source;
        @JsonProperty List<UnitEntry> units;
        @JsonProperty List<PrioritiesEntry> temporaryStayPriorities;
        @JsonProperty List<ListRules.ListEntry> lists;
    }

    static final class UnitEntry {
        @JsonProperty String code;
        @JsonProperty String name;
        @JsonProperty PlaceKind kind;
        @JsonProperty Integer places;
        @JsonProperty String district;
        @JsonProperty LocalDate validFrom;
        @JsonProperty LocalDate validTo;
        @JsonProperty List<WaitingList> waitingLists;
    }

    static final class PrioritiesEntry {
        @JsonProperty LocalDate validFrom;
        @JsonProperty LocalDate validTo;
        @JsonProperty String source;
        @JsonProperty List<ClassEntry> classes;
    }

    static final class ClassEntry {
        @JsonProperty String code;
        @JsonProperty String name;
    }

    /** Place files that cannot be used; the application refuses to start with them. */
    public static final class PlaceFileException extends RuntimeException {
        private final List<String> problems;

        public PlaceFileException(List<String> problems) {
            super(problems.size() == 1 ? "Invalid places file " + problems.get(0)
                    : "Invalid places files (" + problems.size() + " problems):\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
