package dk.omsorg.citizen;

import java.time.LocalDate;

/**
 * A relative or representative of a citizen (issue 15). Ended, never deleted: an inquiry may name it as its
 * applicant, and the audit log refers to it.
 *
 * @param contactMe whether the municipality contacts this person (e.g. about a hospital discharge or a change)
 * @param endedOn   the day the contact was ended; null while current
 */
public record Contact(long id, long citizenId, String name, ContactRelation relation, String phone, String email,
                      boolean contactMe, ContactConsent consent, String note, LocalDate endedOn, int version) {

    public boolean current() {
        return endedOn == null;
    }
}
