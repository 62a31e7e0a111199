package dk.omsorg.pools;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One municipality's pool rules from {@code pools.yaml}, each in force over its validity. */
public record PoolPolicy(int municipalityId, String source, List<Companion> companion, List<Allowance> allowance,
                         List<Period> relief, List<Period> respite, String file) {

    public record Validity(LocalDate validFrom, LocalDate validTo, String source) {
        public boolean covers(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    public interface Rule {
        Validity validity();
    }

    /** § 97: hours given each month, the most that may be saved, and how many months a month's hours last. */
    public record Companion(Validity validity, BigDecimal hoursPerMonth, BigDecimal maxSavedHours, int savedMonths)
            implements Rule {
    }

    /** § 97 stk. 7: the most paid once a year for the companion's expenses, on receipts. */
    public record Allowance(Validity validity, BigDecimal yearlyAmount) implements Rule {
    }

    /** § 84: the grant's quantity is for each period of months; what is unused lapses at its end. */
    public record Period(Validity validity, int periodMonths) implements Rule {
    }

    public Optional<Companion> companionOn(LocalDate day) {
        return on(companion, day);
    }

    public Optional<Allowance> allowanceOn(LocalDate day) {
        return on(allowance, day);
    }

    public Optional<Period> periodOn(PoolKind kind, LocalDate day) {
        return on(kind == PoolKind.RESPITE_DAYS ? respite : relief, day);
    }

    private static <R extends Rule> Optional<R> on(List<R> rules, LocalDate day) {
        return rules.stream().filter(r -> r.validity().covers(day)).findFirst();
    }
}
