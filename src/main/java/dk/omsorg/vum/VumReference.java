package dk.omsorg.vum;

import dk.omsorg.shared.PolicyFile;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * VUM 2.0's themes, sub-themes and scale from {@code reference/vum-2.0.yaml}: data, not code, so that a revision of
 * the method is a change of the file. Read strictly when the application starts (the bean is created eagerly): a
 * file that does not parse, has an unknown key, a duplicate code or a scale with gaps stops the start with the
 * file and the place named, as the FSIII and folkepension reference data do.
 */
@Component
public class VumReference {

    public static final String LOCATION = "reference/vum-2.0.yaml";
    private static final ObjectMapper YAML = PolicyFile.STRICT_YAML;

    public record Category(String code, String name) {
    }

    public record SubTheme(String code, String name) {
    }

    public record Theme(String code, String category, String name, List<SubTheme> subThemes) {
    }

    public record ScaleStep(int step, String name) {
    }

    private final String version;
    private final List<Category> categories;
    private final List<ScaleStep> scale;
    private final List<Theme> themes;

    VumReference() {
        this(read(new ClassPathResource(LOCATION)));
    }

    private VumReference(VumReference other) {
        this.version = other.version;
        this.categories = other.categories;
        this.scale = other.scale;
        this.themes = other.themes;
    }

    private VumReference(String version, List<Category> categories, List<ScaleStep> scale, List<Theme> themes) {
        this.version = version;
        this.categories = List.copyOf(categories);
        this.scale = List.copyOf(scale);
        this.themes = List.copyOf(themes);
    }

    public String version() {
        return version;
    }

    public List<Category> categories() {
        return categories;
    }

    /** The scale steps from "no or insignificant problems" (0) upwards, in order. */
    public List<ScaleStep> scale() {
        return scale;
    }

    /** The themes in the file's order (grouped by category there). */
    public List<Theme> themes() {
        return themes;
    }

    public Optional<Theme> theme(String code) {
        return themes.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public Optional<ScaleStep> step(int step) {
        return scale.stream().filter(s -> s.step() == step).findFirst();
    }

    public String categoryName(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).map(Category::name).findFirst().orElseThrow();
    }

    /** Reads and checks a reference file; throws {@link IllegalStateException} naming the file and the fault. */
    public static VumReference read(Resource resource) {
        String name = resource.getFilename();
        FileEntry file;
        try (InputStream in = resource.getInputStream()) {
            file = YAML.readValue(in, FileEntry.class);
        } catch (JacksonException e) {
            throw new IllegalStateException(name + (e.getLocation() == null ? "" : ", line " + e.getLocation().getLineNr())
                    + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException(name + ": cannot be read: " + e.getMessage(), e);
        }
        if (file == null) {
            throw new IllegalStateException(name + ": empty");
        }
        required(name, "version", file.version);
        if (file.categories == null || file.categories.isEmpty()) {
            throw new IllegalStateException(name + ": categories: at least one is required");
        }
        List<Category> categories = new ArrayList<>();
        Set<String> categoryCodes = new HashSet<>();
        for (int i = 0; i < file.categories.size(); i++) {
            NamedEntry c = file.categories.get(i);
            String at = "categories[" + i + "]";
            required(name, at + ".code", c == null ? null : c.code);
            required(name, at + ".name", c.name);
            unique(name, at + ".code", c.code, categoryCodes);
            categories.add(new Category(c.code, c.name));
        }
        if (file.scale == null || file.scale.isEmpty()) {
            throw new IllegalStateException(name + ": scale: at least one step is required");
        }
        List<ScaleStep> scale = new ArrayList<>();
        for (int i = 0; i < file.scale.size(); i++) {
            StepEntry s = file.scale.get(i);
            String at = "scale[" + i + "]";
            if (s == null || s.step == null || s.step != i) {
                throw new IllegalStateException(name + ": " + at + ".step: must be " + i + " (steps run 0, 1, 2 … without gaps)");
            }
            required(name, at + ".name", s.name);
            scale.add(new ScaleStep(s.step, s.name));
        }
        if (file.themes == null || file.themes.isEmpty()) {
            throw new IllegalStateException(name + ": themes: at least one is required");
        }
        List<Theme> themes = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < file.themes.size(); i++) {
            ThemeEntry t = file.themes.get(i);
            String at = "themes[" + i + "]";
            required(name, at + ".code", t == null ? null : t.code);
            required(name, at + ".name", t.name);
            unique(name, at + ".code", t.code, codes);
            if (!categoryCodes.contains(t.category)) {
                throw new IllegalStateException(name + ": " + at + ".category: unknown category " + t.category);
            }
            List<SubTheme> subThemes = new ArrayList<>();
            List<NamedEntry> subs = t.subThemes == null ? List.of() : t.subThemes;
            for (int j = 0; j < subs.size(); j++) {
                NamedEntry s = subs.get(j);
                String subAt = at + ".subThemes[" + j + "]";
                required(name, subAt + ".code", s == null ? null : s.code);
                required(name, subAt + ".name", s.name);
                unique(name, subAt + ".code", t.code + "." + s.code, codes);
                subThemes.add(new SubTheme(s.code, s.name));
            }
            themes.add(new Theme(t.code, t.category, t.name, List.copyOf(subThemes)));
        }
        return new VumReference(file.version, categories, scale, themes);
    }

    private static void required(String file, String at, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(file + ": " + at + ": is required");
        }
    }

    private static void unique(String file, String at, String code, Set<String> seen) {
        if (!seen.add(code)) {
            throw new IllegalStateException(file + ": " + at + ": duplicate code " + code);
        }
    }

    static final class FileEntry {
        @JsonProperty String version;
        @JsonProperty List<NamedEntry> categories;
        @JsonProperty List<StepEntry> scale;
        @JsonProperty List<ThemeEntry> themes;
    }

    static final class NamedEntry {
        @JsonProperty String code;
        @JsonProperty String name;
    }

    static final class StepEntry {
        @JsonProperty Integer step;
        @JsonProperty String name;
    }

    static final class ThemeEntry {
        @JsonProperty String code;
        @JsonProperty String category;
        @JsonProperty String name;
        @JsonProperty List<NamedEntry> subThemes;
    }
}
