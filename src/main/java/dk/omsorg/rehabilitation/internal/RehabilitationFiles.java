package dk.omsorg.rehabilitation.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.rehabilitation.CourseOwnerKind;
import dk.omsorg.rehabilitation.PackageLevel;
import dk.omsorg.rehabilitation.RehabilitationPolicy;
import dk.omsorg.rehabilitation.RehabilitationPolicy.IppaBounds;
import dk.omsorg.rehabilitation.RehabilitationPolicy.Level;
import dk.omsorg.rehabilitation.RehabilitationPolicy.Version;
import dk.omsorg.shared.PolicyFile;
import org.springframework.core.io.Resource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code policy/<code>-<name>/rehabilitation.yaml} strictly (docs/rehabilitation.md): unknown fields are
 * errors, and every problem of a file is reported at once with the file, the line and the field.
 */
public final class RehabilitationFiles {

    /** A sane upper bound on IPPA problems and scale steps. */
    static final int MAX_PROBLEMS = 20;
    static final int MAX_SCALE = 10;

    private RehabilitationFiles() {
    }

    /** @throws RehabilitationFileException naming every problem */
    public static RehabilitationPolicy read(Resource resource) {
        PolicyFile<FileEntry> read = PolicyFile.read(resource, PolicyFile.STRICT_YAML, FileEntry.class,
                RehabilitationFileException::new);
        FileEntry entry = read.entry();
        List<String> problems = new ArrayList<>();
        PolicyFile.Check p = read.checker(problems);
        p.check(entry.municipality != null && entry.municipality > 0, "municipality", "is required (the official municipality code)");
        p.check(entry.source != null && !entry.source.isBlank(), "source", "must cite where the rules come from");
        p.check(entry.versions != null && !entry.versions.isEmpty(), "versions", "is required: at least one version");
        List<Version> versions = new ArrayList<>();
        List<VersionEntry> entries = entry.versions == null ? List.of() : entry.versions;
        for (int i = 0; i < entries.size(); i++) {
            VersionEntry v = entries.get(i);
            String at = "versions[" + i + "]";
            int before = problems.size();
            p.check(v.validFrom != null, at + ".validFrom", "is required: the first day the rules are in force");
            p.check(v.validTo == null || v.validFrom == null || !v.validTo.isBefore(v.validFrom), at + ".validTo", "is before validFrom");
            p.check(v.source != null && !v.source.isBlank(), at + ".source", "must cite where the rules come from");
            p.check(v.owner != null, at + ".owner", "is required: VISITATOR or THERAPIST");
            p.check(v.providerEvaluates != null, at + ".providerEvaluates", "is required: true or false");
            IppaEntry ippa = v.ippa;
            p.check(ippa != null, at + ".ippa", "is required: maxProblems, minScale, maxScale");
            if (ippa != null) {
                p.check(ippa.maxProblems != null && ippa.maxProblems >= 1 && ippa.maxProblems <= MAX_PROBLEMS,
                        at + ".ippa.maxProblems", "is required: 1–" + MAX_PROBLEMS);
                p.check(ippa.minScale != null && ippa.minScale >= 0, at + ".ippa.minScale", "is required: 0 or more");
                p.check(ippa.maxScale != null && ippa.minScale != null && ippa.maxScale > ippa.minScale
                        && ippa.maxScale <= MAX_SCALE, at + ".ippa.maxScale", "is required: above minScale, at most " + MAX_SCALE);
            }
            List<LevelEntry> levels = v.levels == null ? List.of() : v.levels;
            p.check(!levels.isEmpty(), at + ".levels", "is required: the package levels from the lightest");
            BigDecimal previous = null;
            for (int j = 0; j < levels.size(); j++) {
                LevelEntry l = levels.get(j);
                String lat = at + ".levels[" + j + "]";
                p.check(l.level != null, lat + ".level", "is required: LIGHT, MODERATE or COMPREHENSIVE");
                p.check(l.privateProviders != null, lat + ".privateProviders", "is required: true or false");
                boolean last = j == levels.size() - 1;
                p.check(last == (l.maxVisitsPerWeek == null), lat + ".maxVisitsPerWeek",
                        last ? "must be left out on the last level (no upper bound)" : "is required on every level but the last");
                if (l.maxVisitsPerWeek != null) {
                    p.check(l.maxVisitsPerWeek.signum() > 0 && (previous == null || l.maxVisitsPerWeek.compareTo(previous) > 0),
                            lat + ".maxVisitsPerWeek", "must be positive and above the level before");
                    previous = l.maxVisitsPerWeek;
                }
            }
            for (int k = 0; k < i; k++) {
                VersionEntry o = entries.get(k);
                if (v.validFrom != null && o.validFrom != null && overlaps(v, o)) {
                    p.check(false, at + ".validFrom", "overlaps versions[" + k + "]");
                }
            }
            if (problems.size() > before) {
                continue;
            }
            versions.add(new Version(v.validFrom, v.validTo, v.source.strip(), v.owner, v.providerEvaluates,
                    new IppaBounds(ippa.maxProblems, ippa.minScale, ippa.maxScale),
                    levels.stream().map(l -> new Level(l.level, l.maxVisitsPerWeek, l.privateProviders)).toList()));
        }
        if (!problems.isEmpty()) {
            throw new RehabilitationFileException(problems);
        }
        return new RehabilitationPolicy(entry.municipality, entry.source.strip(), versions, read.label());
    }

    private static boolean overlaps(VersionEntry a, VersionEntry b) {
        LocalDate aEnd = a.validTo == null ? LocalDate.MAX : a.validTo;
        LocalDate bEnd = b.validTo == null ? LocalDate.MAX : b.validTo;
        return !a.validFrom.isAfter(bEnd) && !b.validFrom.isAfter(aEnd);
    }

    static final class FileEntry {
        @JsonProperty Integer municipality;
        @JsonProperty String source;
        @JsonProperty List<VersionEntry> versions;
    }

    static final class VersionEntry {
        @JsonProperty LocalDate validFrom;
        @JsonProperty LocalDate validTo;
        @JsonProperty String source;
        @JsonProperty CourseOwnerKind owner;
        @JsonProperty Boolean providerEvaluates;
        @JsonProperty IppaEntry ippa;
        @JsonProperty List<LevelEntry> levels;
    }

    static final class IppaEntry {
        @JsonProperty Integer maxProblems;
        @JsonProperty Integer minScale;
        @JsonProperty Integer maxScale;
    }

    static final class LevelEntry {
        @JsonProperty PackageLevel level;
        @JsonProperty BigDecimal maxVisitsPerWeek;
        @JsonProperty Boolean privateProviders;
    }

    /** Rehabilitation files that cannot be used; the application refuses to start with them. */
    public static final class RehabilitationFileException extends RuntimeException {
        private final List<String> problems;

        public RehabilitationFileException(List<String> problems) {
            super("Invalid rehabilitation file(s):\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
