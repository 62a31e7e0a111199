package dk.omsorg.places;

import java.time.LocalDate;

/**
 * An offer of a place to a citizen on a list (place_offer, V49): accepted (the move-in is planned as a stay), declined
 * with the reason and the day the refusal was received, or withdrawn. Days are [fromOn, toOn); toOn null = until
 * further notice.
 */
public record PlaceOffer(long id, long entryId, long citizenId, WaitingList list, String unitCode, int placeNo,
                         LocalDate fromOn, LocalDate toOn, LocalDate offeredOn, String offeredBy, Status status,
                         LocalDate answeredOn, String declineReason, LocalDate refusalReceivedOn, Long stayId, int version) {

    public enum Status {
        OFFERED,
        ACCEPTED,
        DECLINED,
        WITHDRAWN
    }
}
