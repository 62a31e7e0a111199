package dk.omsorg.specialcase;

import dk.omsorg.catalog.Shift;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A special 1:1 case as stored. The contact caseworker is not here: it is the citizen's
 * ({@code citizen.contact_caseworker}), one fact shown on the overview and in the case.
 *
 * @param shifts            the shifts with a fixed watch (seed 000 KRITERIER 2)
 * @param informedOn        when the citizen or a contact was told that the municipality selects the provider
 * @param informedContactId the contact who was told; null when the citizen was
 * @param nextFollowUp      when the contact caseworker follows up next; null once ended
 */
public record SpecialCase(long id, int municipalityId, long citizenId, Long inquiryId, SpecialCaseSetting setting,
                          SpecialCaseStatus status, Set<Shift> shifts, String need, boolean packageCriteriaMet,
                          LocalDate informedOn, Long informedContactId, LocalDate openedOn, LocalDate endedOn,
                          String endReason, LocalDate nextFollowUp, Instant createdAt, String createdBy, int version) {

    public SpecialCase {
        shifts = Set.copyOf(shifts);
    }

    public boolean open() {
        return status != SpecialCaseStatus.ENDED;
    }
}
