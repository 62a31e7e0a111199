package dk.omsorg.specialcase.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.shared.PolicyFile;
import dk.omsorg.specialcase.SpecialCaseContractPolicy;
import org.springframework.core.io.Resource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads one {@code special-case-contracts.yaml} strictly: every problem with file, line and field, all at once. */
public final class SpecialCaseContractFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private SpecialCaseContractFiles() {
    }

    /** A file that cannot be loaded, with every problem. */
    public static final class SpecialCaseContractFileException extends RuntimeException {
        private final List<String> problems;

        public SpecialCaseContractFileException(List<String> problems) {
            super("Invalid special-case contract policy:\n  " + String.join("\n  ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    public static List<SpecialCaseContractPolicy> read(Resource resource) {
        PolicyFile<FileEntry> file = PolicyFile.read(resource, YAML, FileEntry.class, SpecialCaseContractFileException::new);
        List<String> problems = new ArrayList<>();
        PolicyFile.Check check = file.checker(problems);
        FileEntry e = file.entry();
        check.check(e.municipality != null && e.municipality > 0, "municipality", "is required (the official municipality code)");
        check.check(e.source != null && !e.source.isBlank(), "source", "is required");
        check.check(e.rules != null && !e.rules.isEmpty(), "rules", "at least one rule is required");
        List<SpecialCaseContractPolicy> rules = new ArrayList<>();
        for (int i = 0; e.rules != null && i < e.rules.size(); i++) {
            RuleEntry r = e.rules.get(i);
            String at = "rules[" + i + "]";
            boolean ok = r.validFrom != null && r.maxNoticeMonths != null && r.maxNoticeMonths >= 0
                    && present(r.rateGroup) && present(r.municipalProvider) && present(r.primaryPrivateProvider);
            check.check(r.validFrom != null, at + ".validFrom", "is required");
            check.check(r.validTo == null || r.validFrom == null || !r.validTo.isBefore(r.validFrom), at + ".validTo",
                    "is before validFrom");
            check.check(r.maxNoticeMonths != null && r.maxNoticeMonths >= 0, at + ".maxNoticeMonths", "is required: 0 or more");
            check.check(present(r.rateGroup), at + ".rateGroup", "is required: a rate group of settlement.yaml");
            check.check(present(r.municipalProvider), at + ".municipalProvider", "is required: a provider code");
            check.check(present(r.primaryPrivateProvider), at + ".primaryPrivateProvider", "is required: a provider code");
            for (SpecialCaseContractPolicy earlier : rules) {
                boolean overlap = r.validFrom != null && (earlier.validTo() == null || !r.validFrom.isAfter(earlier.validTo()))
                        && (r.validTo == null || !r.validTo.isBefore(earlier.validFrom()));
                check.check(!overlap, at + ".validFrom", "overlaps an earlier rule's validity");
            }
            if (ok && e.municipality != null) {
                rules.add(new SpecialCaseContractPolicy(e.municipality, r.validFrom, r.validTo, r.maxNoticeMonths,
                        r.rateGroup.strip(), r.municipalProvider.strip(), r.primaryPrivateProvider.strip()));
            }
        }
        if (!problems.isEmpty()) {
            throw new SpecialCaseContractFileException(problems);
        }
        return List.copyOf(rules);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    static final class FileEntry {
        @JsonProperty Integer municipality;
        @JsonProperty String source;
        @JsonProperty List<RuleEntry> rules;
    }

    static final class RuleEntry {
        @JsonProperty LocalDate validFrom;
        @JsonProperty LocalDate validTo;
        @JsonProperty Integer maxNoticeMonths;
        @JsonProperty String rateGroup;
        @JsonProperty String municipalProvider;
        @JsonProperty String primaryPrivateProvider;
    }
}
