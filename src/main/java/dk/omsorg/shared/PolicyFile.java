package dk.omsorg.shared;

import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

/**
 * A policy file read and parsed, before its own rules are checked: its name for messages, its bytes, the typed entry
 * and where each field starts. An unreadable, unparsable or empty file is refused with file, line and field, through
 * the loader's own exception.
 */
public record PolicyFile<T>(String label, byte[] bytes, T entry, YamlLines lines) {

    /** The YAML reader of policy files: an unknown field is an error, so a misspelt rule never goes unread. */
    public static final ObjectMapper STRICT_YAML = tools.jackson.dataformat.yaml.YAMLMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** @param refused the loader's exception for a list of problems */
    public static <T> PolicyFile<T> read(Resource resource, ObjectMapper yaml, Class<T> type,
                                         Function<List<String>, ? extends RuntimeException> refused) {
        String file = YamlLines.label(resource);
        byte[] bytes;
        try (InputStream in = resource.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw refused.apply(List.of(file + ": cannot be read: " + e.getMessage()));
        }
        T entry;
        try {
            entry = yaml.readValue(bytes, type);
        } catch (JacksonException e) {
            throw refused.apply(List.of(problem(file, e.getLocation() == null ? -1 : e.getLocation().getLineNr(),
                    YamlLines.path(e), e.getOriginalMessage())));
        }
        if (entry == null) {
            throw refused.apply(List.of(file + ": the file is empty"));
        }
        return new PolicyFile<>(file, bytes, entry, YamlLines.of(bytes, yaml));
    }

    /** "253-greve/settlement.yaml, line 12, field rates[1].validFrom: …" (line and field when known). */
    public static String problem(String file, int line, String path, String problem) {
        return file + (line > 0 ? ", line " + line : "") + (path != null && !path.isEmpty() ? ", field " + path : "")
                + ": " + problem;
    }

    /** A rule of the file: when {@code ok} is false, the problem is recorded at {@code field}'s line. */
    public interface Check {
        void check(boolean ok, String field, String message);
    }

    /** A check that adds every broken rule of this file, with its line and field, to {@code problems}. */
    public Check checker(List<String> problems) {
        return (ok, field, message) -> {
            if (!ok) {
                problems.add(problem(label, lines.line(field), field, message));
            }
        };
    }
}
