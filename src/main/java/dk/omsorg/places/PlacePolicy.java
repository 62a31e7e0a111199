package dk.omsorg.places;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One municipality's places.yaml: its units and the temporary-stay priority classes over time. */
public record PlacePolicy(int municipalityId, String source, List<PlaceUnit> units, List<Priorities> priorities,
                          String file) {

    /** A priority class of the temporary-stay list; the list order is the ranking order (first = most urgent). */
    public record PriorityClass(String code, String name) {
    }

    public record Priorities(LocalDate validFrom, LocalDate validTo, String source, List<PriorityClass> classes) {
        boolean inForceOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    public Optional<Priorities> prioritiesOn(LocalDate day) {
        return priorities.stream().filter(p -> p.inForceOn(day)).findFirst();
    }
}
