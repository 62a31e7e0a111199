package dk.omsorg.catalog.internal;

import dk.omsorg.catalog.Catalog;
import dk.omsorg.catalog.internal.CatalogEntries.FileEntry;
import dk.omsorg.shared.YamlLines;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and validates catalogue files ({@code docs/catalog-format.md}). Validation is strict, as a
 * typo in a quality standard would otherwise surface as a wrong decision: unknown fields, missing
 * required fields, duplicate codes, references that do not resolve, FSIII codes KL does not have,
 * scores outside 0–4, non-positive caps, a start deadline of more or less than one kind, and
 * overlapping versions of one municipality. Every problem of every file is collected, so one
 * start shows them all, each with the file, the line, the entry and the field.
 */
public final class CatalogFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Pattern ENTRY = Pattern.compile("^areas\\[(\\d+)](?:\\.interventions\\[(\\d+)])?");

    private final FsiiiCodes fsiii;

    public CatalogFiles(FsiiiCodes fsiii) {
        this.fsiii = fsiii;
    }

    /** Reads every file; throws {@link CatalogFileException} with all problems if any file is invalid. */
    public List<Loaded> readAll(List<Resource> resources) {
        List<String> problems = new ArrayList<>();
        List<Loaded> loaded = new ArrayList<>();
        List<CatalogAdoption> adopting = new ArrayList<>();
        for (Resource resource : resources) {
            try {
                Parsed parsed = parse(resource);
                if (parsed.entry().adopts != null) {
                    adopting.add(CatalogAdoption.check(parsed, resource, fsiii));
                } else {
                    loaded.add(validate(parsed, resource));
                }
            } catch (CatalogFileException e) {
                problems.addAll(e.problems());
            }
        }
        // after every own catalogue is read, so an adopting file may come before the one it adopts
        List<Loaded> own = List.copyOf(loaded);
        for (CatalogAdoption a : adopting) {
            try {
                loaded.add(a.resolve(own));
            } catch (CatalogFileException e) {
                problems.addAll(e.problems());
            }
        }
        problems.addAll(overlaps(loaded));
        if (!problems.isEmpty()) {
            throw new CatalogFileException(problems);
        }
        return loaded;
    }

    /** Reads one file; throws {@link CatalogFileException} naming every problem in it. */
    public Loaded read(Resource resource) {
        return readAll(List.of(resource)).get(0);
    }

    /** A file's bytes, its tree, its lines and its fields. */
    record Parsed(String file, JsonNode tree, YamlLines lines, FileEntry entry) {
    }

    private Parsed parse(Resource resource) {
        String file = YamlLines.label(resource);
        byte[] bytes;
        try (InputStream in = resource.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new CatalogFileException(List.of(file + ": cannot be read: " + e.getMessage()));
        }
        JsonNode tree;
        try {
            tree = YAML.readTree(bytes);
        } catch (JacksonException e) {
            throw new CatalogFileException(List.of(format(file, line(e), null, null, e.getOriginalMessage())));
        }
        YamlLines lines = YamlLines.of(bytes, YAML);
        FileEntry entry;
        try {
            entry = YAML.readValue(bytes, FileEntry.class);
        } catch (JacksonException e) {
            String path = YamlLines.path(e);
            throw new CatalogFileException(List.of(format(file, line(e), entryCode(tree, path), path, e.getOriginalMessage())));
        }
        if (entry == null) {
            throw new CatalogFileException(List.of(file + ": the file is empty"));
        }
        return new Parsed(file, tree, lines, entry);
    }

    private Loaded validate(Parsed parsed, Resource resource) {
        CatalogProblems problems = new CatalogProblems();
        Catalog catalog = new CatalogValidation(problems, resource, fsiii).catalog(parsed.entry());
        if (!problems.list.isEmpty() || catalog == null) {
            throw problems(parsed, problems);
        }
        return new Loaded(parsed.file(), catalog, parsed.lines().line("validFrom"));
    }

    static CatalogFileException problems(Parsed parsed, CatalogProblems problems) {
        return new CatalogFileException(problems.list.stream()
                .map(p -> format(parsed.file(), parsed.lines().line(p.path()), entryCode(parsed.tree(), p.path()), p.path(), p.message()))
                .toList());
    }

    /** A catalogue with the file it came from. */
    public record Loaded(String file, Catalog catalog, int validFromLine) {
    }

    private static List<String> overlaps(List<Loaded> loaded) {
        List<String> problems = new ArrayList<>();
        Map<Integer, List<Loaded>> byMunicipality = loaded.stream()
                .collect(Collectors.groupingBy(l -> l.catalog().municipalityId(), LinkedHashMap::new, Collectors.toList()));
        for (List<Loaded> versions : byMunicipality.values()) {
            List<Loaded> sorted = versions.stream().sorted(Comparator.comparing(l -> l.catalog().validFrom())).toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    Loaded a = sorted.get(i);
                    Loaded b = sorted.get(j);
                    if (a.catalog().overlaps(b.catalog())) {
                        problems.add(format(b.file(), b.validFromLine(), null, "validFrom", "version '" + b.catalog().version()
                                + "' (" + period(b.catalog()) + ") overlaps version '" + a.catalog().version() + "' in "
                                + a.file() + " (" + period(a.catalog()) + "); versions of one municipality must not overlap"));
                    }
                }
            }
        }
        return problems;
    }

    static String period(Catalog c) {
        return c.validFrom() + " to " + (c.validTo() == null ? "open" : c.validTo().toString());
    }

    /** "253-greve/catalog-2022.yaml": the file with its municipality folder. */
    private static String format(String file, int line, String entry, String path, String problem) {
        return file + (line > 0 ? ", line " + line : "") + (entry != null ? ", entry '" + entry + "'" : "")
                + (path != null && !path.isEmpty() ? ", field " + path : "") + ": " + problem;
    }

    private static int line(JacksonException e) {
        return e.getLocation() == null ? -1 : e.getLocation().getLineNr();
    }

    /** The code of the intervention or area a path lies in, read from the parsed tree. */
    static String entryCode(JsonNode tree, String path) {
        if (tree == null || path == null) {
            return null;
        }
        Matcher m = ENTRY.matcher(path);
        if (!m.find()) {
            return null;
        }
        JsonNode area = tree.path("areas").path(Integer.parseInt(m.group(1)));
        JsonNode node = m.group(2) == null ? area : area.path("interventions").path(Integer.parseInt(m.group(2)));
        JsonNode code = node.path("code");
        if (code.isString()) {
            return code.asString();
        }
        return m.group(2) != null && area.path("code").isString() ? area.path("code").asString() : null;
    }

    static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    static String blankToNull(String text) {
        return notBlank(text) ? text.strip() : null;
    }
}
