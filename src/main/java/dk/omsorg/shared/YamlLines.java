package dk.omsorg.shared;

import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where each field and list entry of a YAML file starts, so that a rule broken after parsing
 * can still be reported with its line; and how a policy file and a field in error are named in
 * messages. Used by the loaders of every policy file (catalogues, providers, deadlines, reassessment,
 * follow-up, settlement).
 */
public final class YamlLines {

    private final Map<String, Integer> lines = new HashMap<>();

    private YamlLines() {
    }

    public static YamlLines of(byte[] yaml, ObjectMapper mapper) {
        YamlLines index = new YamlLines();
        try (JsonParser parser = mapper.createParser(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                TokenStreamContext context = parser.streamReadContext();
                if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
                    context = context.getParent();
                }
                index.lines.putIfAbsent(context.pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
            }
        } catch (RuntimeException unreadable) {
            // the file is reported as unreadable by the typed read; lines are a courtesy
        }
        return index;
    }

    /** The line of {@code path} ("areas[0].interventions[2].limits[1].max"), or of its nearest parent; -1 if unknown. */
    public int line(String path) {
        String pointer = pointer(path);
        while (true) {
            Integer line = lines.get(pointer);
            if (line != null) {
                return line;
            }
            if (pointer.isEmpty()) {
                return -1;
            }
            pointer = pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
        }
    }

    public static String pointer(String path) {
        if (path == null || path.isEmpty()) {
            return "";
        }
        return "/" + path.replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
    }

    /** A policy file's name in messages: its folder and file name ("253-greve/catalog-2022.yaml"). */
    public static String label(Resource resource) {
        try {
            String uri = resource.getURI().toString();
            String[] parts = uri.split("/");
            return parts.length >= 2 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : uri;
        } catch (IOException | RuntimeException e) {
            return Objects.requireNonNullElse(resource.getFilename(), resource.getDescription());
        }
    }

    /** The field a Jackson error is about, as a path: "rates[2].amount". */
    public static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
