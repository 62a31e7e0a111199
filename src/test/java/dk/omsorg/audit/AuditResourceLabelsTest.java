package dk.omsorg.audit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leader reads the audit log in Danish: every resource the code audits (a {@code RESOURCE = "…"} constant or a
 * literal in an audit call) has its Danish name ({@code audit.resource.*}); without one the log says only "anden
 * information", which tells the leader nothing. Modules added later are caught here rather than on the screen.
 */
class AuditResourceLabelsTest {

    private static final Pattern CONSTANT = Pattern.compile("RESOURCE\\s*=\\s*\"([a-z_-]+)\"");
    private static final Pattern LITERAL = Pattern.compile(
            "audit\\.(?:read|changed|readAll|changedAll)\\((?:AuditAction\\.\\w+,\\s*)?[^,]+,\\s*\"([a-z_-]+)\"");

    @Test
    void everyAuditedResourceHasADanishName() throws IOException {
        Set<String> resources = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern p : new Pattern[]{CONSTANT, LITERAL}) {
                    Matcher m = p.matcher(source);
                    while (m.find()) {
                        resources.add(m.group(1));
                    }
                }
            }
        }
        Properties messages = new Properties();
        try (var in = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/messages_da.properties")),
                StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        assertThat(resources).contains("citizen", "special-case");
        assertThat(resources).allSatisfy(r -> assertThat(messages.getProperty("audit.resource." + r))
                .as("audit.resource." + r).isNotBlank());
    }
}
