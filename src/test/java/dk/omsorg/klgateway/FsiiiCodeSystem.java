package dk.omsorg.klgateway;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every code of KL's FSIII CodeSystem ({@code urn:oid:1.2.208.176.2.21}), read from the shared reference file
 * {@code ../shared/reference/CodeSystem-FSIII.json} (from a worktree under {@code wt/} one level further up) — the
 * source the application's reference files are derived from.
 */
final class FsiiiCodeSystem {

    private static final List<Path> CANDIDATES = List.of(
            Path.of("../shared/reference/CodeSystem-FSIII.json"),
            Path.of("../../shared/reference/CodeSystem-FSIII.json"));

    private FsiiiCodeSystem() {
    }

    static Set<String> codes() {
        Path file = CANDIDATES.stream().filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException("KL's CodeSystem-FSIII.json not found at " + CANDIDATES));
        try {
            JsonNode codeSystem = JsonMapper.builder().build().readTree(Files.readAllBytes(file));
            Set<String> codes = new HashSet<>();
            collect(codeSystem.get("concept"), codes);
            return codes;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(JsonNode concepts, Set<String> codes) {
        if (concepts == null) {
            return;
        }
        for (JsonNode c : concepts) {
            codes.add(c.get("code").asString());
            collect(c.get("concept"), codes);
        }
    }
}
