package dk.omsorg.settlement;

import dk.omsorg.shared.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A municipality's settlement policy, read from {@code policy/<code>-<name>/settlement.yaml} (format:
 * {@code docs/settlement-format.md}): time bands, rate groups, rates, co-payment prices and the outcome bonus, each
 * with validity dates.
 *
 * @param correctionMonths         how many months back a change to an approved month is settled as differences
 * @param noCoPaymentForTemporary  legal-basis prefixes with no co-payment when the grant is temporary (seed 002)
 * @param freeChoiceRateFor        a provider's groups and bands paid at the free-choice rate by rule, not for want of a rate
 */
public record SettlementPolicy(int municipalityId, String source, String sha256, int correctionMonths,
                               List<String> noCoPaymentForTemporary, List<TimeBandRule> timeBands,
                               List<RateGroup> rateGroups, List<Rate> rates, List<CoPaymentRate> coPayment,
                               List<OutcomeBonus> outcomeBonus, List<FreeChoiceRateFor> freeChoiceRateFor) {

    public enum Unit { HOUR, VISIT }

    public enum Basis { GRANTED, DELIVERED }

    public static final String FREE_CHOICE = "FREE_CHOICE";

    /**
     * What a grant is priced as.
     *
     * @param areas          catalogue area codes priced by this group
     * @param interventions  intervention codes priced by this group (win over an area)
     * @param accounts       an account per legal basis, else {@code account}
     * @param providerAccounts an account per provider code ({@link #OTHER_PROVIDERS}: every provider not listed); wins
     *                       over the legal basis (seed 000: "De særlige borgersager konteres alt efter, hvilken
     *                       leverandør de har")
     */
    public record RateGroup(String code, String name, Unit unit, boolean byTimeBand, Basis basis,
                            Set<String> paidNotDelivered, List<String> areas, List<String> interventions,
                            String account, Map<String, String> accounts, Map<String, String> providerAccounts) {
    }

    /** In {@link RateGroup#providerAccounts()}: the account of every provider not listed by code. */
    public static final String OTHER_PROVIDERS = "OTHER";

    /** @param provider a provider code, or {@link #FREE_CHOICE} */
    public record Rate(String provider, String rateGroup, TimeBand band, Money amount, LocalDate validFrom,
                       LocalDate validTo) {
    }

    /**
     * A provider paid the free-choice rate for a rate group and band, as a stated rule (seed 000: "Nattimer
     * (indi-tid) hos den kommunale hjemmeplejeleverandør ... afregnes til fritvalgstaksten"), so that its missing
     * rate of its own is not an oversight; the provider may have no own rate there in the period.
     */
    public record FreeChoiceRateFor(String provider, String rateGroup, TimeBand band, LocalDate validFrom,
                                    LocalDate validTo) {
    }

    /** DAY: per day the citizen stays in a place (issue 19: own payment for a temporary stay). */
    public enum CoPaymentUnit { MONTH, VISIT, DAY }

    public record Price(Money amount, LocalDate validFrom, LocalDate validTo) {
    }

    /** @param rate the catalogue area's {@code coPayment.rate} */
    public record CoPaymentRate(String rate, String name, CoPaymentUnit unit, List<String> interventions,
                                List<Price> prices) {
    }

    public record OutcomeBonus(Money amount, int minImprovement, String account, LocalDate validFrom,
                               LocalDate validTo) {
    }

    public Optional<TimeBandRule> timeBandsOn(LocalDate day) {
        return timeBands.stream().filter(t -> t.validOn(day)).findFirst();
    }
}
