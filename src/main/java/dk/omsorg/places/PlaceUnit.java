package dk.omsorg.places;

import java.time.LocalDate;
import java.util.List;

/** A unit with places: in force from {@code validFrom} to {@code validTo} (inclusive; null = open). */
public record PlaceUnit(String code, String name, PlaceKind kind, int places, String district,
                        LocalDate validFrom, LocalDate validTo, List<WaitingList> waitingLists) {

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
