package dk.omsorg.inquiry.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.inquiry.ProcessingDeadlineTable;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code policy/<code>-<name>/processing-deadlines.yaml}. A file that does not parse or
 * breaks a rule is rejected with its name, the line (when the parser knows it) and the field.
 */
public final class ProcessingDeadlineFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ProcessingDeadlineFiles() {
    }

    public static ProcessingDeadlineTable read(Resource resource) {
        String name = resource.getFilename();
        DeadlineFile file;
        try (InputStream in = resource.getInputStream()) {
            file = YAML.readValue(in, DeadlineFile.class);
        } catch (JacksonException e) {
            throw new PolicyFileException(name, e.getLocation() == null ? -1 : e.getLocation().getLineNr(),
                    e.getPathReference(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new PolicyFileException(name, -1, null, e.getMessage());
        }
        return toTable(name, file);
    }

    private static ProcessingDeadlineTable toTable(String name, DeadlineFile file) {
        require(name, file.municipality != null, "municipality", "is required");
        require(name, file.versions != null && !file.versions.isEmpty(), "versions", "at least one version is required");
        var versions = new java.util.ArrayList<ProcessingDeadlineTable.Version>();
        for (int i = 0; i < file.versions.size(); i++) {
            VersionEntry v = file.versions.get(i);
            String at = "versions[" + i + "]";
            require(name, v.label != null && !v.label.isBlank(), at + ".label", "is required");
            require(name, v.validFrom != null, at + ".validFrom", "is required");
            require(name, v.validTo == null || !v.validTo.isBefore(v.validFrom), at + ".validTo", "is before validFrom");
            require(name, v.source != null && !v.source.isBlank(), at + ".source", "must cite where the rule comes from");
            require(name, v.defaultWeeks != null && v.defaultWeeks > 0, at + ".defaultWeeks", "must be a positive number of weeks");
            require(name, v.legalBases != null && !v.legalBases.isEmpty(), at + ".legalBases", "at least one legal basis is required");
            Map<String, Integer> weeks = new LinkedHashMap<>();
            for (int j = 0; j < v.legalBases.size(); j++) {
                LegalBasisEntry basis = v.legalBases.get(j);
                String field = at + ".legalBases[" + j + "]";
                require(name, basis.legalBasis != null && !basis.legalBasis.isBlank(), field + ".legalBasis", "is required");
                require(name, basis.weeks == null || basis.weeks > 0, field + ".weeks", "must be a positive number of weeks");
                require(name, !weeks.containsKey(basis.legalBasis), field + ".legalBasis", "is listed twice");
                weeks.put(basis.legalBasis, basis.weeks == null ? v.defaultWeeks : basis.weeks);
            }
            versions.add(new ProcessingDeadlineTable.Version(v.label, v.validFrom, v.validTo, v.source, weeks,
                    acute(name, at + ".acute", v.acute)));
        }
        try {
            return new ProcessingDeadlineTable(file.municipality, versions);
        } catch (IllegalArgumentException e) {
            throw new PolicyFileException(name, -1, "versions", e.getMessage());
        }
    }

    private static ProcessingDeadlineTable.AcuteDeadline acute(String name, String at, AcuteEntry a) {
        if (a == null) {
            return null;
        }
        require(name, a.days != null && a.days >= 0, at + ".days", "is required: calendar days from receipt, 0 for the same day");
        require(name, a.text != null && !a.text.isBlank(), at + ".text", "must give the municipality's words for acute inquiries");
        return new ProcessingDeadlineTable.AcuteDeadline(a.days, a.text.strip());
    }

    private static void require(String file, boolean condition, String field, String problem) {
        if (!condition) {
            throw new PolicyFileException(file, -1, field, problem);
        }
    }

    static final class DeadlineFile {
        @JsonProperty Integer municipality;
        @JsonProperty List<VersionEntry> versions;
    }

    static final class VersionEntry {
        @JsonProperty String label;
        @JsonProperty LocalDate validFrom;
        @JsonProperty LocalDate validTo;
        @JsonProperty String source;
        @JsonProperty Integer defaultWeeks;
        @JsonProperty List<LegalBasisEntry> legalBases;
        @JsonProperty AcuteEntry acute;
    }

    static final class AcuteEntry {
        @JsonProperty Integer days;
        @JsonProperty String text;
    }

    static final class LegalBasisEntry {
        @JsonProperty String legalBasis;
        @JsonProperty Integer weeks;
    }

    /** A policy file that cannot be used; the application refuses to start with it. */
    public static final class PolicyFileException extends RuntimeException {
        PolicyFileException(String file, int line, String field, String problem) {
            super("Invalid policy file " + file + (line > 0 ? ", line " + line : "")
                    + (field != null ? ", field " + field : "") + ": " + problem);
        }
    }
}
