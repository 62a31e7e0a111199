package dk.omsorg.inquiry;

import dk.omsorg.citizen.ContactRelation;

/**
 * Who applies on the citizen's behalf, as one of the citizen's contacts (issue 15): one picked from the contacts, or
 * the applicant named on the form added as a new contact, or neither (the name stays free text).
 *
 * @param contactId    a current contact of the citizen; null when none is picked
 * @param addAsContact add the applicant named in the intake's {@code sourceName} as a new contact
 * @param relation     the new contact's relation; null counts as pårørende
 * @param phone        the new contact's phone; optional
 */
public record Applicant(Long contactId, boolean addAsContact, ContactRelation relation, String phone) {

    public static final Applicant NONE = new Applicant(null, false, null, null);

    public boolean any() {
        return contactId != null || addAsContact;
    }
}
