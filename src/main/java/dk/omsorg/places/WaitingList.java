package dk.omsorg.places;

/**
 * The waiting lists a unit can serve: the temporary-stay list, interval stays, the general nursing-home list (where
 * the plejeboliggaranti applies) and the specific one (a wished nursing home), and ældreboliger.
 */
public enum WaitingList {
    TEMPORARY_STAY,
    INTERVAL_STAY,
    NURSING_HOME_GENERAL,
    NURSING_HOME_SPECIFIC,
    ELDERLY_HOUSING
}
