package dk.omsorg.rehabilitation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One municipality's rules for § 83 a courses (policy/&lt;code&gt;-&lt;name&gt;/rehabilitation.yaml), by validity period.
 */
public record RehabilitationPolicy(int municipalityId, String source, List<Version> versions, String file) {

    public RehabilitationPolicy {
        versions = List.copyOf(versions);
    }

    /** The rules in force on {@code day}. */
    public Optional<Version> on(LocalDate day) {
        return versions.stream().filter(v -> v.covers(day)).findFirst();
    }

    /** The IPPA bounds: up to {@code maxProblems} problems, each scored {@code minScale}–{@code maxScale}. */
    public record IppaBounds(int maxProblems, int minScale, int maxScale) {
    }

    /**
     * A package level: courses with at most {@code maxVisitsPerWeek} visits a week (null: no upper bound) that are not
     * in a lower level; {@code privateProviders} says whether a private provider may deliver it.
     */
    public record Level(PackageLevel level, BigDecimal maxVisitsPerWeek, boolean privateProviders) {
    }

    /** The rules in force in one period; levels ordered from the lightest. */
    public record Version(LocalDate validFrom, LocalDate validTo, String source, CourseOwnerKind owner,
                          boolean providerEvaluates, IppaBounds ippa, List<Level> levels) {

        public Version {
            levels = List.copyOf(levels);
        }

        public boolean covers(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }

        /** The level of a course with {@code visitsPerWeek} planned visits a week. */
        public Level levelFor(BigDecimal visitsPerWeek) {
            return levels.stream()
                    .filter(l -> l.maxVisitsPerWeek() == null || visitsPerWeek.compareTo(l.maxVisitsPerWeek()) <= 0)
                    .findFirst().orElse(levels.get(levels.size() - 1));
        }
    }
}
