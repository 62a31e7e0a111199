package dk.omsorg.inquiry;

import dk.omsorg.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One municipality's processing deadlines (sagsbehandlingsfrister) per legal basis, in versions
 * with validity periods. The version in force on the day an application is received sets its
 * deadline: a later political decision does not move deadlines already running.
 */
public record ProcessingDeadlineTable(int municipalityId, List<Version> versions) {

    public ProcessingDeadlineTable {
        versions = versions.stream().sorted(Comparator.comparing(Version::validFrom)).toList();
        for (int i = 1; i < versions.size(); i++) {
            Version previous = versions.get(i - 1);
            if (previous.validTo() == null || !previous.validTo().isBefore(versions.get(i).validFrom())) {
                throw new IllegalArgumentException("Versions '" + previous.label() + "' and '"
                        + versions.get(i).label() + "' overlap");
            }
        }
    }

    public Optional<Version> inForceOn(LocalDate day) {
        return versions.stream().filter(v -> v.covers(day)).findFirst();
    }

    /** The deadline for an application under {@code legalBasis} received on {@code receivedOn}. */
    public ProcessingDeadline deadlineFor(String legalBasis, LocalDate receivedOn) {
        return deadlineFor(legalBasis, receivedOn, Priority.NORMAL);
    }

    /**
     * The deadline for an inquiry of {@code priority}: an acute one gets the version's acute deadline (seed 001: the
     * leader "kan ... træffe afgørelse med det samme"), the others the weeks of their legal basis. The legal basis
     * must be one the municipality takes applications under either way.
     */
    public ProcessingDeadline deadlineFor(String legalBasis, LocalDate receivedOn, Priority priority) {
        Version version = inForceOn(receivedOn)
                .orElseThrow(() -> new InvalidInputException("receivedAt", "inquiry.noDeadlineTable", receivedOn));
        Integer weeks = version.weeksByLegalBasis().get(legalBasis);
        if (weeks == null) {
            throw new InvalidInputException("legalBasis", "inquiry.unknownLegalBasis", legalBasis);
        }
        if (priority == Priority.ACUTE && version.acute() != null) {
            return new ProcessingDeadline(receivedOn.plusDays(version.acute().days()), 0, version.label(), version.acute());
        }
        return new ProcessingDeadline(receivedOn.plusWeeks(weeks), weeks, version.label());
    }

    /**
     * @param weeksByLegalBasis every legal basis the municipality takes applications under, with its
     *                          deadline in weeks from receipt
     * @param acute             the deadline of an acute inquiry; null when the version sets none (then the
     *                          legal basis's weeks apply)
     */
    public record Version(String label, LocalDate validFrom, LocalDate validTo, String source,
                          Map<String, Integer> weeksByLegalBasis, AcuteDeadline acute) {

        public Version {
            if (validTo != null && validTo.isBefore(validFrom)) {
                throw new IllegalArgumentException("Version '" + label + "' ends before it starts");
            }
            weeksByLegalBasis = Map.copyOf(weeksByLegalBasis);
        }

        /** A version without an acute deadline. */
        public Version(String label, LocalDate validFrom, LocalDate validTo, String source,
                       Map<String, Integer> weeksByLegalBasis) {
            this(label, validFrom, validTo, source, weeksByLegalBasis, null);
        }

        boolean covers(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /**
     * An acute inquiry's deadline: {@code days} calendar days from receipt, 0 for the same day.
     *
     * @param text the municipality's words, e.g. "kan der af leder af myndighed træffes afgørelse med det samme"
     */
    public record AcuteDeadline(int days, String text) {
        public AcuteDeadline {
            if (days < 0) {
                throw new IllegalArgumentException("An acute deadline cannot lie before the day of receipt");
            }
        }
    }

    /**
     * @param weeks        the legal basis's weeks; 0 for an acute deadline
     * @param versionLabel the deadline table version the deadline was computed from
     * @param acute        the acute deadline applied; null for a deadline in weeks
     */
    public record ProcessingDeadline(LocalDate deadline, int weeks, String versionLabel, AcuteDeadline acute) {
        public ProcessingDeadline(LocalDate deadline, int weeks, String versionLabel) {
            this(deadline, weeks, versionLabel, null);
        }
    }
}
