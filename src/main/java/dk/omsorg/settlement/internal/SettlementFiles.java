package dk.omsorg.settlement.internal;

import dk.omsorg.settlement.SettlementPolicy;
import dk.omsorg.settlement.internal.SettlementEntries.FileEntry;
import dk.omsorg.shared.PolicyFile;
import org.springframework.core.io.Resource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads {@code policy/<code>-<name>/settlement.yaml} (format: {@code docs/settlement-format.md}). Strict: unknown
 * fields are errors, and so are a negative amount, a band that does not fit the rate group, and two validity periods
 * of one key that overlap (a rate per provider, rate group and band; a time-band version; a co-payment price; the
 * outcome bonus). Every problem of a file is reported at once with file, line and field. Provider codes are checked
 * against the provider tables when the policy is mirrored ({@code SettlementPolicyTables}).
 */
public final class SettlementFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private SettlementFiles() {
    }

    /** @throws SettlementFileException naming every problem */
    public static SettlementPolicy read(Resource resource) {
        PolicyFile<FileEntry> read = PolicyFile.read(resource, YAML, FileEntry.class, SettlementFileException::new);
        SettlementReader reader = new SettlementReader(read.label(), read.lines());
        SettlementPolicy policy = reader.policy(read.entry(), sha256(read.bytes()));
        if (!reader.problems.isEmpty()) {
            throw new SettlementFileException(reader.problems);
        }
        return policy;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Settlement files that cannot be used; the application refuses to start with them. */
    public static final class SettlementFileException extends RuntimeException {
        private final List<String> problems;

        public SettlementFileException(List<String> problems) {
            super(problems.size() == 1 ? "Invalid settlement file " + problems.get(0)
                    : "Invalid settlement files (" + problems.size() + " problems):\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
