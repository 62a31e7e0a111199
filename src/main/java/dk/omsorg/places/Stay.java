package dk.omsorg.places;

import java.time.LocalDate;

/**
 * A citizen's stay in a place: days [from, to) — {@code to} is the move-out day, free for the next citizen; null while
 * open. Planned (booked), staying (moved in), ended (moved out) or cancelled (did not happen, with the reason).
 *
 * @param absenceId the home-care pause registered at the move-in of a temporary or interval stay; null otherwise
 */
public record Stay(long id, long citizenId, String unitCode, String unitName, PlaceKind unitKind, int placeNo,
                   Long entryId, LocalDate from, LocalDate to, Status status, Long absenceId, LocalDate cancelledOn,
                   String cancelReason, int version) {

    public enum Status { PLANNED, STAYING, ENDED, CANCELLED }

    /** Whether home care pauses while the citizen stays (temporary and interval places). */
    public boolean pausesHomeCare() {
        return unitKind == PlaceKind.TEMPORARY_STAY || unitKind == PlaceKind.INTERVAL_STAY;
    }
}
