package dk.omsorg.places;

import dk.omsorg.shared.DomainException.Violation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Checks of list input against the municipality's places.yaml, shared by putting on a list and keeping it current. */
final class PlaceChecks {

    private PlaceChecks() {
    }

    /** A class code of the temporary-stay priority classes in force on {@code day} (seed 002). */
    static void priorityClass(Optional<PlacePolicy> policy, String code, LocalDate day, String field, List<Violation> violations) {
        List<PlacePolicy.PriorityClass> classes = policy.flatMap(p -> p.prioritiesOn(day))
                .map(PlacePolicy.Priorities::classes).orElse(List.of());
        if (code == null) {
            violations.add(new Violation(field, "place.entry.priorityClass.required"));
        } else if (classes.stream().noneMatch(c -> c.code().equals(code))) {
            violations.add(new Violation(field, "place.entry.priorityClass.unknown", code,
                    String.join(", ", classes.stream().map(PlacePolicy.PriorityClass::name).toList())));
        }
    }

    /** Since when a discharge-ready patient waits in hospital: required, not after today. */
    static void inHospitalSince(LocalDate since, LocalDate today, List<Violation> violations) {
        if (since == null) {
            violations.add(new Violation("inHospitalSince", "place.entry.inHospitalSince.required"));
        } else if (since.isAfter(today)) {
            violations.add(new Violation("inHospitalSince", "place.entry.inHospitalSince.future"));
        }
    }

    /** The unit is one of the municipality's, in force on {@code day}, and serves the list. */
    static boolean serves(Optional<PlacePolicy> policy, String unitCode, WaitingList list, LocalDate day) {
        return policy.flatMap(p -> p.unit(unitCode)).filter(u -> u.inForceOn(day) && u.waitingLists().contains(list)).isPresent();
    }

    /** The unit's Danish name for an error; the text as given when it is no unit of the municipality. */
    static String unitName(Optional<PlacePolicy> policy, String unitCode) {
        return policy.flatMap(p -> p.unit(unitCode)).map(PlaceUnit::name).orElse(unitCode);
    }
}
