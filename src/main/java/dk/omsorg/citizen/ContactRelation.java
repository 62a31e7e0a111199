package dk.omsorg.citizen;

/**
 * How a contact stands to the citizen (issue 15): a relative (pårørende), a guardian appointed by the state
 * administration (værge), someone the citizen has given power of attorney (fuldmagtshaver), or a contact person
 * (kontaktperson, e.g. a neighbour or a friend the citizen names).
 */
public enum ContactRelation {
    RELATIVE,
    GUARDIAN,
    POWER_OF_ATTORNEY,
    CONTACT_PERSON
}
