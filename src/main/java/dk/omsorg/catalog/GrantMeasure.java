package dk.omsorg.catalog;

/**
 * What a grant of an intervention measures (ydelsens mål): time (times per period × minutes, home care's
 * measure and the default), an amount of money per month or year (§ 100 merudgifter, § 96 BPA tilskud), a
 * pool of hours or days to be used per month or per 12 months (§ 97 ledsagelse, § 84 afløsning/aflastning),
 * or a place in an offer (§§ 107, 108 botilbud; §§ 103, 104 with days a week). Seed 001.
 *
 * @param period           AMOUNT: MONTH or YEAR; POOL: MONTH or TWELVE_MONTHS; null otherwise
 * @param unit             POOL: HOURS or DAYS; null otherwise
 * @param standardQuantity POOL: the standard's quantity, e.g. 15 hours a month; null when it sets none
 * @param daysPerWeek      PLACE: the grant states days a week (§§ 103, 104)
 */
public record GrantMeasure(Kind kind, Period period, PoolUnit unit, Integer standardQuantity, boolean daysPerWeek) {

    public static final GrantMeasure TIME = new GrantMeasure(Kind.TIME, null, null, null, false);

    public enum Kind { TIME, AMOUNT, POOL, PLACE }

    public enum Period { MONTH, YEAR, TWELVE_MONTHS }

    public enum PoolUnit { HOURS, DAYS }

    public GrantMeasure {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required (TIME, AMOUNT, POOL or PLACE)");
        }
        switch (kind) {
            case TIME -> {
                if (period != null || unit != null || standardQuantity != null || daysPerWeek) {
                    throw new IllegalArgumentException("TIME takes no per, unit, standard or daysPerWeek");
                }
            }
            case AMOUNT -> {
                if (period != Period.MONTH && period != Period.YEAR) {
                    throw new IllegalArgumentException("AMOUNT needs per: MONTH or YEAR");
                }
                if (unit != null || standardQuantity != null || daysPerWeek) {
                    throw new IllegalArgumentException("AMOUNT takes only per");
                }
            }
            case POOL -> {
                if (period != Period.MONTH && period != Period.TWELVE_MONTHS) {
                    throw new IllegalArgumentException("POOL needs per: MONTH or TWELVE_MONTHS");
                }
                if (unit == null) {
                    throw new IllegalArgumentException("POOL needs unit: HOURS or DAYS");
                }
                if (standardQuantity != null && standardQuantity < 1) {
                    throw new IllegalArgumentException("standard must be positive");
                }
                if (daysPerWeek) {
                    throw new IllegalArgumentException("POOL takes no daysPerWeek");
                }
            }
            case PLACE -> {
                if (period != null || unit != null || standardQuantity != null) {
                    throw new IllegalArgumentException("PLACE takes only daysPerWeek");
                }
            }
        }
    }

    public boolean time() {
        return kind == Kind.TIME;
    }
}
