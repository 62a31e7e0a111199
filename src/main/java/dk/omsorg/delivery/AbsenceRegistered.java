package dk.omsorg.delivery;

import java.time.LocalDate;

/**
 * An absence was registered for a citizen, published in the registering transaction so that a listener's changes
 * (places: a hospital admission takes the citizen off the waiting lists whose rule says so) stand or fall with it.
 */
public record AbsenceRegistered(int municipalityId, long citizenId, long absenceId, Absence.Kind kind, LocalDate from,
                                String registeredBy) {
}
