package dk.omsorg.rehabilitation;

/** Who owns a municipality's courses (forløbsansvarlig): the visitator who decided it, or a municipal therapist. */
public enum CourseOwnerKind {
    VISITATOR,
    THERAPIST
}
