package dk.omsorg.specialcase;

import dk.omsorg.catalog.Shift;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the caseworker states when opening a special case (form and API).
 *
 * @param inquiryId           the inquiry "Særlig borgersag" it is opened from; null from the citizen overview
 * @param shifts              the shifts that need a fixed watch
 * @param packageCriteriaMet  the caseworker found the municipality's criteria for an individual package met
 * @param respirationCaused   the need is caused by respiration monitoring (respirator, CPAP): no case, the
 *                            coordinator takes over
 * @param contactCaseworker   the case's contact caseworker (username); null: the caseworker opening it
 * @param informedContactId   the contact who was told that the municipality selects the provider; null: the citizen
 * @param informedOn          when that was told
 */
public record SpecialCaseOpening(Long inquiryId, SpecialCaseSetting setting, Set<Shift> shifts, String need,
                                 Boolean packageCriteriaMet, Boolean respirationCaused, String contactCaseworker,
                                 Long informedContactId, LocalDate informedOn) {

    public SpecialCaseOpening {
        shifts = shifts == null ? Set.of() : Set.copyOf(shifts);
        need = need == null || need.isBlank() ? null : need.strip();
        contactCaseworker = contactCaseworker == null || contactCaseworker.isBlank() ? null : contactCaseworker.strip();
    }
}
