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

    /**
     * TEMPORARY_STAY: the citizen stays in a temporary or interval place (issue 19); registered and ended by the stay,
     * never chosen by hand.
     */
    public enum Kind {
        HOSPITAL, HOLIDAY, OTHER, TEMPORARY_STAY;

        /** The kinds a caseworker registers by hand. */
        public static java.util.List<Kind> registrable() {
            return java.util.List.of(HOSPITAL, HOLIDAY, OTHER);
        }
    }
}
