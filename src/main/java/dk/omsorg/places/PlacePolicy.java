package dk.omsorg.places;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One municipality's places.yaml: its units and the temporary-stay priority classes over time. */
public record PlacePolicy(int municipalityId, String source, List<PlaceUnit> units, List<Priorities> priorities,
                          List<ListRule> lists, String file) {

    /** A priority class of the temporary-stay list; the list order is the ranking order (first = most urgent). */
    public record PriorityClass(String code, String name) {
    }

    public record Priorities(LocalDate validFrom, LocalDate validTo, String source, List<PriorityClass> classes) {
        boolean inForceOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /** The rule of a waiting list; empty when the municipality does not run that list. */
    public Optional<ListRule> list(WaitingList list) {
        return lists.stream().filter(l -> l.list() == list).findFirst();
    }

    /** The lists a granted catalogue intervention puts the citizen on. */
    public List<ListRule> listsFor(String interventionCode) {
        return lists.stream().filter(l -> l.interventions().contains(interventionCode)).toList();
    }

    public Optional<PlaceUnit> unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    public Optional<Priorities> prioritiesOn(LocalDate day) {
        return priorities.stream().filter(p -> p.inForceOn(day)).findFirst();
    }
}
