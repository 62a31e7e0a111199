package dk.omsorg.complaint;

import dk.omsorg.shared.PolicyFile;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code policy/<code>-<name>/complaint-appeal.yaml}: the weeks within which a maintained complaint is forwarded to
 * Ankestyrelsen, and the days a provider has to answer a complaint about the help delivered, each with its validity.
 */
@Component
public class ComplaintAppealPolicy {

    /** One period's values. */
    public record Rule(LocalDate validFrom, int forwardingWeeks, int providerStatementDays) {
    }

    static final class FileEntry {
        public int municipality;
        public List<Rule> rules = List.of();
    }

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private final Map<Integer, List<Rule>> rules = new HashMap<>();

    public ComplaintAppealPolicy() {
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:policy/*/complaint-appeal.yaml")) {
                FileEntry entry = PolicyFile.read(r, YAML, FileEntry.class, p -> new IllegalStateException(String.join("; ", p))).entry();
                List<String> problems = new ArrayList<>();
                for (Rule rule : entry.rules) {
                    if (rule.validFrom() == null || rule.forwardingWeeks() < 1 || rule.providerStatementDays() < 1) {
                        problems.add(r.getFilename() + ": every rule needs validFrom, forwardingWeeks ≥ 1 and providerStatementDays ≥ 1");
                    }
                }
                if (!problems.isEmpty()) {
                    throw new IllegalStateException(String.join("; ", problems));
                }
                rules.put(entry.municipality, entry.rules.stream().sorted(Comparator.comparing(Rule::validFrom)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule in force on {@code day}: the latest that started on or before it. */
    public Rule on(int municipalityId, LocalDate day) {
        return rules.getOrDefault(municipalityId, List.of()).stream().filter(r -> !r.validFrom().isAfter(day))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("No complaint-appeal policy for municipality "
                        + municipalityId + " on " + day));
    }

    public LocalDate forwardingDeadline(int municipalityId, LocalDate received) {
        return received.plusWeeks(on(municipalityId, received).forwardingWeeks());
    }

    public LocalDate providerStatementDeadline(int municipalityId, LocalDate sent) {
        return sent.plusDays(on(municipalityId, sent).providerStatementDays());
    }
}
