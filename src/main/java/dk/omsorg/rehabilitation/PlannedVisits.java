package dk.omsorg.rehabilitation;

import dk.omsorg.catalog.FrequencyUnit;
import dk.omsorg.catalog.Shift;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/** Visits a week on average from a grant's frequency: times per {@code every} {@code per} in each listed shift. */
public final class PlannedVisits {

    private PlannedVisits() {
    }

    public static BigDecimal perWeek(int times, FrequencyUnit per, int every, Set<Shift> shifts) {
        int shiftCount = shifts == null || shifts.isEmpty() ? 1 : shifts.size();
        BigDecimal visits = BigDecimal.valueOf((long) times * shiftCount);
        BigDecimal weeks = switch (per) {
            case DAY -> BigDecimal.ONE.divide(BigDecimal.valueOf(7), 10, RoundingMode.HALF_UP);
            case WEEK -> BigDecimal.ONE;
            case MONTH -> BigDecimal.valueOf(52).divide(BigDecimal.valueOf(12), 10, RoundingMode.HALF_UP);
            case YEAR -> BigDecimal.valueOf(52);
        };
        return visits.divide(weeks.multiply(BigDecimal.valueOf(Math.max(1, every))), 2, RoundingMode.HALF_UP);
    }
}
