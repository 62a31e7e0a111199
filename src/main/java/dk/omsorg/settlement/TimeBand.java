package dk.omsorg.settlement;

/**
 * The time band (tidsrum) a visit is priced in: hverdag dag, øvrige tider (evenings, weekends, public holidays),
 * nat — or {@link #ALL} for a rate group that is not priced by time of day. The boundaries are policy data
 * ({@link TimeBandRule}).
 */
public enum TimeBand {
    WEEKDAY_DAY,
    OTHER,
    NIGHT,
    ALL
}
