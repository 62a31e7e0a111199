package dk.omsorg.provider.internal;

import dk.omsorg.shared.YamlLines;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.provider.Approval;
import dk.omsorg.provider.Cvr;
import dk.omsorg.citizen.District;
import dk.omsorg.provider.ProviderKind;
import dk.omsorg.provider.ProviderSettings;
import dk.omsorg.provider.SwitchRule;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Reads {@code policy/<code>-<name>/providers.yaml} (format: {@code docs/provider-format.md}). Unknown
 * fields are errors; every problem of a file is reported at once with the file, the line, the provider
 * (when inside one) and the field.
 */
public final class ProviderFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ]{8,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ProviderFiles() {
    }

    /**
     * Reads and validates one file.
     *
     * @param knownAreas the area codes of the municipality's catalogues, by municipality code; an empty set
     *                   when the municipality has no catalogue (its area codes cannot be checked then)
     * @throws ProviderFileException naming every problem
     */
    public static ProviderPolicy read(Resource resource, IntFunction<Set<String>> knownAreas) {
        String file = YamlLines.label(resource);
        byte[] bytes;
        try (InputStream in = resource.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ProviderFileException(List.of(file + ": cannot be read: " + e.getMessage()));
        }
        FileEntry entry;
        try {
            entry = YAML.readValue(bytes, FileEntry.class);
        } catch (JacksonException e) {
            throw new ProviderFileException(List.of(format(file, e.getLocation() == null ? -1 : e.getLocation().getLineNr(),
                    null, YamlLines.path(e), e.getOriginalMessage())));
        }
        if (entry == null) {
            throw new ProviderFileException(List.of(file + ": the file is empty"));
        }
        YamlLines lines = YamlLines.of(bytes, YAML);
        Validation v = new Validation(entry, knownAreas);
        ProviderPolicy policy = v.policy(file);
        if (!v.problems.isEmpty()) {
            throw new ProviderFileException(v.problems.stream()
                    .map(p -> format(file, lines.line(p.path), p.provider, p.path, p.message)).toList());
        }
        return policy;
    }

    private static String format(String file, int line, String provider, String path, String problem) {
        return file + (line > 0 ? ", line " + line : "") + (provider != null ? ", provider '" + provider + "'" : "")
                + (path != null && !path.isEmpty() ? ", field " + path : "") + ": " + problem;
    }

    private record Problem(String path, String provider, String message) {
    }

    private static final class Validation {
        private final FileEntry file;
        private final IntFunction<Set<String>> knownAreas;
        private final List<Problem> problems = new ArrayList<>();
        private String provider;

        Validation(FileEntry file, IntFunction<Set<String>> knownAreas) {
            this.file = file;
            this.knownAreas = knownAreas;
        }

        private void problem(String path, String message) {
            problems.add(new Problem(path, provider, message));
        }

        private boolean require(boolean ok, String path, String message) {
            if (!ok) {
                problem(path, message);
            }
            return ok;
        }

        ProviderPolicy policy(String name) {
            require(file.municipality != null, "municipality", "is required (the official municipality code)");
            require(!blank(file.source), "source", "must cite where the rules come from");
            Set<String> areas = file.municipality == null ? Set.of() : knownAreas.apply(file.municipality);
            ProviderSettings settings = settings(areas);
            List<District> districts = districts();
            Set<String> districtCodes = new HashSet<>();
            districts.forEach(d -> districtCodes.add(d.code()));
            List<ProviderPolicy.Entry> providers = new ArrayList<>();
            if (require(file.providers != null && !file.providers.isEmpty(), "providers", "at least one provider is required")) {
                Set<String> codes = new HashSet<>();
                Set<String> cvrs = new HashSet<>();
                for (int i = 0; i < file.providers.size(); i++) {
                    ProviderEntry p = file.providers.get(i);
                    String at = "providers[" + i + "]";
                    if (p == null) {
                        problem(at, "is empty");
                        continue;
                    }
                    provider = p.code;
                    if (require(!blank(p.code), at + ".code", "is required")) {
                        require(CODE.matcher(p.code).matches(), at + ".code", "must be lower-case letters, digits and hyphens");
                        require(codes.add(p.code), at + ".code", "is used by another provider in the file");
                    }
                    require(!blank(p.name), at + ".name", "is required");
                    require(p.kind != null, at + ".kind", "is required: MUNICIPAL or PRIVATE");
                    if (require(!blank(p.cvr), at + ".cvr", "is required")) {
                        require(Cvr.isValid(p.cvr), at + ".cvr",
                                "'" + p.cvr + "' is not a valid CVR number (8 digits, modulus 11)");
                        require(cvrs.add(p.cvr), at + ".cvr", "is used by another provider in the file");
                    }
                    require(p.phone == null || PHONE.matcher(p.phone).matches(), at + ".phone", "is not a phone number");
                    require(p.email == null || EMAIL.matcher(p.email).matches(), at + ".email", "is not an e-mail address");
                    List<Approval> areaApprovals = approvals(p.areas, at + ".areas", "area", code ->
                            areas.isEmpty() || areas.contains(code) ? null
                                    : "'" + code + "' is not an area of the municipality's quality standard");
                    List<Approval> districtApprovals = approvals(p.districts, at + ".districts", "district", code ->
                            districtCodes.contains(code) ? null : "'" + code + "' is not a district in this file");
                    providers.add(new ProviderPolicy.Entry(p.code, strip(p.name), p.kind, p.cvr, strip(p.phone),
                            strip(p.email), strip(p.address), areaApprovals, districtApprovals));
                    provider = null;
                }
            }
            return problems.isEmpty() ? new ProviderPolicy(name, settings, districts, providers) : null;
        }

        private ProviderSettings settings(Set<String> areas) {
            SettingsEntry s = file.settings;
            if (!require(s != null, "settings", "is required")) {
                return null;
            }
            require(s.differentProvidersPerArea != null, "settings.differentProvidersPerArea", "is required: true or false");
            SwitchRuleEntry r = s.switchRule;
            if (require(r != null, "settings.switchRule", "is required")) {
                require(r.noticeMonths != null && r.noticeMonths >= 0, "settings.switchRule.noticeMonths",
                        "must be a number of months (0 or more)");
                require(r.onFirstOfMonth != null, "settings.switchRule.onFirstOfMonth", "is required: true or false");
                require(!blank(r.text), "settings.switchRule.text", "must quote the municipality's rule");
            }
            List<String> personalCare = s.personalCareAreas == null ? List.of() : s.personalCareAreas;
            for (int i = 0; i < personalCare.size(); i++) {
                String code = personalCare.get(i);
                require(code != null && (areas.isEmpty() || areas.contains(code)), "settings.personalCareAreas[" + i + "]",
                        "'" + code + "' is not an area of the municipality's quality standard");
            }
            if (!problems.isEmpty() || file.municipality == null) {
                return null;
            }
            return new ProviderSettings(file.municipality, s.differentProvidersPerArea,
                    new SwitchRule(r.noticeMonths, r.onFirstOfMonth, r.text.strip()), personalCare, file.source.strip());
        }

        private List<District> districts() {
            List<District> districts = new ArrayList<>();
            if (!require(file.districts != null && !file.districts.isEmpty(), "districts", "at least one district is required")) {
                return districts;
            }
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < file.districts.size(); i++) {
                DistrictEntry d = file.districts.get(i);
                String at = "districts[" + i + "]";
                if (d == null || !require(!blank(d.code), at + ".code", "is required")) {
                    continue;
                }
                require(CODE.matcher(d.code).matches(), at + ".code", "must be lower-case letters, digits and hyphens");
                require(codes.add(d.code), at + ".code", "is listed twice");
                require(!blank(d.name), at + ".name", "is required");
                districts.add(new District(file.municipality == null ? 0 : file.municipality, d.code, strip(d.name)));
            }
            return districts;
        }

        private List<Approval> approvals(List<ApprovalEntry> entries, String at, String what,
                                         Function<String, String> unknown) {
            List<Approval> approvals = new ArrayList<>();
            if (!require(entries != null && !entries.isEmpty(), at, "at least one " + what + " approval is required")) {
                return approvals;
            }
            for (int i = 0; i < entries.size(); i++) {
                ApprovalEntry e = entries.get(i);
                String field = at + "[" + i + "]";
                if (e == null) {
                    problem(field, "is empty");
                    continue;
                }
                boolean periodOk = require(e.validFrom != null, field + ".validFrom", "is required")
                        & require(e.validTo == null || e.validFrom == null || !e.validTo.isBefore(e.validFrom),
                        field + ".validTo", "is before validFrom");
                if (!require(e.codes != null && !e.codes.isEmpty(), field + ".codes", "at least one " + what + " is required")) {
                    continue;
                }
                for (int j = 0; j < e.codes.size(); j++) {
                    String code = e.codes.get(j);
                    String codeField = field + ".codes[" + j + "]";
                    if (!require(!blank(code), codeField, "is empty")) {
                        continue;
                    }
                    String problem = unknown.apply(code);
                    if (!require(problem == null, codeField, problem) || !periodOk) {
                        continue;
                    }
                    Approval approval = new Approval(code, e.validFrom, e.validTo);
                    require(approvals.stream().noneMatch(approval::overlaps), codeField,
                            "'" + code + "' is approved twice in overlapping periods");
                    approvals.add(approval);
                }
            }
            return approvals;
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }

        private static String strip(String text) {
            return blank(text) ? null : text.strip();
        }
    }

    static final class FileEntry {
        @JsonProperty Integer municipality;
        @JsonProperty String source;
        @JsonProperty SettingsEntry settings;
        @JsonProperty List<DistrictEntry> districts;
        @JsonProperty List<ProviderEntry> providers;
    }

    static final class SettingsEntry {
        @JsonProperty Boolean differentProvidersPerArea;
        @JsonProperty SwitchRuleEntry switchRule;
        @JsonProperty List<String> personalCareAreas;
    }

    static final class SwitchRuleEntry {
        @JsonProperty Integer noticeMonths;
        @JsonProperty Boolean onFirstOfMonth;
        @JsonProperty String text;
    }

    static final class DistrictEntry {
        @JsonProperty String code;
        @JsonProperty String name;
    }

    static final class ProviderEntry {
        @JsonProperty String code;
        @JsonProperty String name;
        @JsonProperty ProviderKind kind;
        @JsonProperty String cvr;
        @JsonProperty String phone;
        @JsonProperty String email;
        @JsonProperty String address;
        @JsonProperty List<ApprovalEntry> areas;
        @JsonProperty List<ApprovalEntry> districts;
    }

    static final class ApprovalEntry {
        @JsonProperty List<String> codes;
        @JsonProperty LocalDate validFrom;
        @JsonProperty LocalDate validTo;
        @JsonProperty String note;
    }

    /** Provider files that cannot be used; the application refuses to start with them. */
    public static final class ProviderFileException extends RuntimeException {
        private final List<String> problems;

        ProviderFileException(List<String> problems) {
            super(problems.size() == 1 ? "Invalid provider file " + problems.get(0)
                    : "Invalid provider files (" + problems.size() + " problems):\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
