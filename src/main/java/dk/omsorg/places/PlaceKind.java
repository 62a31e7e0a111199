package dk.omsorg.places;

/** What a unit offers (seed 002 "Bolig til midlertidigt ophold", "Intervalophold", "Plejeboliger"; seed 003 area 22). */
public enum PlaceKind {
    TEMPORARY_STAY,
    INTERVAL_STAY,
    NURSING_HOME,
    ELDERLY_HOUSING
}
