package dk.omsorg.ownpayment;

import dk.omsorg.shared.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One municipality's own-payment levels ({@code own-payment.yaml}), each in force from–to. A level holds the
 * disposable amount per month and the approved expense kinds with their monthly cap (or "actual amount").
 */
public record OwnPaymentPolicy(int municipalityId, String source, List<Level> levels, String file) {

    /**
     * @param expenses by kind code, in file order
     */
    public record Level(LocalDate validFrom, LocalDate validTo, String source, Money disposableAmount,
                        Map<String, ExpenseKind> expenses) {

        public boolean inForce(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /**
     * An approved expense kind.
     *
     * @param name        the Danish name people read
     * @param maxPerMonth the cap, or null when the actual amount is approved (medicine)
     * @param months      how many months from the stay's start the expense is approved, or null for the whole stay
     *                    (saving for a deposit: 3 years)
     */
    public record ExpenseKind(String code, String name, Money maxPerMonth, Integer months) {
    }

    /** The level in force on the day, if any. */
    public Optional<Level> levelOn(LocalDate day) {
        return levels.stream().filter(l -> l.inForce(day)).findFirst();
    }
}
