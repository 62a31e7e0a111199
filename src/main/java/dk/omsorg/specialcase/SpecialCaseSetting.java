package dk.omsorg.specialcase;

/** Where the citizen lives (seed 000: "Borgeren kan bo hjemme eller på et ældrecenter"). */
public enum SpecialCaseSetting {
    HOME,
    CARE_CENTRE
}
