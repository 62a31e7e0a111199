package dk.omsorg.delivery;

import java.time.LocalDate;

/**
 * A citizen's absence (fravær, seed 002: "indlæggelse, ferie eller andet"): expected delivery pauses for its days,
 * so the reassessment scan does not read the missed visits as a changed need.
 *
 * @param to the last day; null while it lasts (until further notice)
 */
public record Absence(long id, long citizenId, Kind kind, LocalDate from, LocalDate to, String note, boolean cancelled,
                      String createdBy, int version) {

    public enum Kind { HOSPITAL, HOLIDAY, OTHER }
}
