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
        Version version = inForceOn(receivedOn)
                .orElseThrow(() -> new InvalidInputException("receivedAt", "inquiry.noDeadlineTable", receivedOn));
        Integer weeks = version.weeksByLegalBasis().get(legalBasis);
        if (weeks == null) {
            throw new InvalidInputException("legalBasis", "inquiry.unknownLegalBasis", legalBasis);
        }
        return new ProcessingDeadline(receivedOn.plusWeeks(weeks), weeks, version.label());
    }

    /**
     * @param weeksByLegalBasis every legal basis the municipality takes applications under, with its
     *                          deadline in weeks from receipt
     */
    public record Version(String label, LocalDate validFrom, LocalDate validTo, String source,
                          Map<String, Integer> weeksByLegalBasis) {

        public Version {
            if (validTo != null && validTo.isBefore(validFrom)) {
                throw new IllegalArgumentException("Version '" + label + "' ends before it starts");
            }
            weeksByLegalBasis = Map.copyOf(weeksByLegalBasis);
        }

        boolean covers(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /** @param versionLabel the deadline table version the deadline was computed from */
    public record ProcessingDeadline(LocalDate deadline, int weeks, String versionLabel) {
    }
}
