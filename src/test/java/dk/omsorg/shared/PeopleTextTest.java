package dk.omsorg.shared;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people read holds no internal words: the templates, the Danish message bundle and the texts of the
 * policy files (names, descriptions, sources — every YAML value, not the comments) never say "seed" (our word
 * for the municipalities' source documents) nor carry a framework's English error ("Failed to convert …").
 * Code comments and policy-file comments may cite the seeds; those are not scanned.
 */
class PeopleTextTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern SEED = Pattern.compile("(?i)(?<![\\p{L}\\d_-])seeds?(?![\\p{L}\\d_-])");
    private static final List<String> FRAMEWORK_ENGLISH = List.of("Failed to convert", "No static resource",
            "Forbidden", "Not Found", "Bad Request", "Internal Server Error", "Whitelabel");

    /** An HTML comment that is not a Thymeleaf comment: it reaches the browser. */
    private static final Pattern SENT_COMMENT = Pattern.compile("<!--(?!/\\*)(.*?)-->", Pattern.DOTALL);

    /** Thymeleaf comments (removed before the page is sent), scripts and styles: not read by anyone. */
    private static final Pattern UNREAD = Pattern.compile("<!--/\\*.*?\\*/-->|<script\\b.*?</script>|<style\\b.*?</style>",
            Pattern.DOTALL);
    /** Expressions are code; what they resolve to is scanned where it is written (bundle, policy file). */
    private static final Pattern EXPRESSION = Pattern.compile("[$*#@~]\\{[^}]*}");
    private static final Pattern TAG = Pattern.compile("<[^>]*>", Pattern.DOTALL);
    /** Attributes a person sees: tooltips, placeholders, labels, confirmation questions. */
    private static final Pattern SHOWN_ATTRIBUTE = Pattern.compile(
            "\\b(?:title|placeholder|alt|aria-label|label|hx-confirm|data-confirm)\\s*=\\s*\"([^\"]*)\"");

    @Test
    void templatesShowNoInternalWords() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String html = UNREAD.matcher(Files.readString(file)).replaceAll(" ");
                html = EXPRESSION.matcher(html).replaceAll(" ");
                StringBuilder read = new StringBuilder(TAG.matcher(html).replaceAll("\n"));
                // an HTML comment is sent to the browser (page source): only Thymeleaf's <!--/* */--> is removed
                Matcher sent = SENT_COMMENT.matcher(html);
                while (sent.find()) {
                    read.append('\n').append(sent.group(1));
                }
                Matcher tag = TAG.matcher(html);
                while (tag.find()) {
                    Matcher shown = SHOWN_ATTRIBUTE.matcher(tag.group());
                    while (shown.find()) {
                        read.append('\n').append(shown.group(1));
                    }
                }
                check(RESOURCES.relativize(file).toString(), read.toString(), found);
            }
        }
        assertThat(found).as("internal words in templates").isEmpty();
    }

    @Test
    void theMessageBundlesSayNoInternalWords() throws IOException {
        List<String> found = new ArrayList<>();
        for (String bundle : List.of("messages_da.properties", "messages.properties")) {
            Properties messages = new Properties();
            try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(bundle), StandardCharsets.UTF_8)) {
                messages.load(reader);
            }
            messages.stringPropertyNames().stream().sorted()
                    .forEach(key -> check(bundle + " " + key, messages.getProperty(key), found));
        }
        assertThat(found).as("internal words in the message bundles").isEmpty();
    }

    @Test
    void policyTextsSayNoInternalWords() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("policy"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (Object document : new Yaml(new LoaderOptions()).loadAll(reader)) {
                        values(RESOURCES.relativize(file).toString(), document, found);
                    }
                }
            }
        }
        assertThat(found).as("internal words in policy texts (values, not comments)").isEmpty();
    }

    @Test
    void theScanFindsWhatItLooksFor() {
        List<String> found = new ArrayList<>();
        check("a", "Kilde: seed 003", found);
        check("b", "SEEDS adopted", found);
        check("c", "Failed to convert 'id'", found);
        check("d", "Frøet, seedet-frit, seed_id, Sagsbehandlingsfrister", found);
        assertThat(found).hasSize(3);
    }

    /** Every scalar value, with the path of keys to it; keys themselves are code. */
    private static void values(String where, Object node, List<String> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> values(where + " " + key, value, found));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                values(where + "[" + i + "]", list.get(i), found);
            }
        } else if (node instanceof String text) {
            check(where, text, found);
        }
    }

    private static void check(String where, String text, List<String> found) {
        for (String line : text.split("\n")) {
            if (SEED.matcher(line).find() || FRAMEWORK_ENGLISH.stream().anyMatch(line::contains)) {
                found.add(where + ": " + line.strip());
            }
        }
    }
}
