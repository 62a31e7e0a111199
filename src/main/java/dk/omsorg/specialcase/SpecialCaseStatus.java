package dk.omsorg.specialcase;

/** A special case's course: assessed, offers obtained, contracted, ended. Only forward, and ENDED is final. */
public enum SpecialCaseStatus {
    ASSESSMENT,
    OFFERS,
    CONTRACTED,
    ENDED;

    /** Whether a case in this status may move to {@code next}: forward only, never from an ended case. */
    public boolean mayMoveTo(SpecialCaseStatus next) {
        return this != ENDED && next.ordinal() > ordinal();
    }
}
