package dk.omsorg.settlement;

import dk.omsorg.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** What a settlement run shows: totals per provider, a provider's statement, problems, co-payment, history. */
public final class SettlementReport {

    private SettlementReport() {
    }

    /** A provider's total in a run: the month's own lines, differences for earlier months, outcome bonuses. */
    public record ProviderTotal(long providerId, String providerName, long visits, long minutes, Money period,
                                Money differences, Money bonus, Money total) {
    }

    /**
     * One statement line: a citizen's intervention in one time band at one rate.
     *
     * @param kind          PERIOD (the month's own), DIFFERENCE (a change to an approved month), BONUS (outcome bonus)
     * @param serviceMonth  the month the visits belong to (earlier than the run's month for a difference)
     * @param band          WEEKDAY_DAY, OTHER, NIGHT or ALL
     * @param unit          HOUR (amount = minutes × rate ÷ 60), VISIT (visits × rate), COURSE (a bonus)
     * @param rateSource    CASE (case-specific), PROVIDER (its own bid), FREE_CHOICE (fritvalgstakst), BONUS
     */
    public record StatementLine(String kind, YearMonth serviceMonth, long citizenId, String citizenName, UUID grantKey,
                                String interventionCode, String interventionName, String rateGroup,
                                String rateGroupName, String legalBasis, String account, String band, String unit,
                                String rateSource, Money rate, int visits, long minutes, Money amount) {
    }

    /** Subtotal per rate group, legal basis and account (kontering). */
    public record Subtotal(String rateGroup, String rateGroupName, String legalBasis, String account, Money amount) {
    }

    /** A provider's statement for a run. */
    public record Statement(SettlementRun run, String municipalityName, long providerId, String providerName,
                            String providerCvr, List<StatementLine> lines, List<Subtotal> subtotals, Money total) {
    }

    /**
     * Why a run stopped: visits it could not price (with provider, grant and first day), or an error that broke the
     * computation off (only code and text). Every failed run has at least one.
     *
     * @param code NO_GRANT (no grant version on the day), NO_RATE_GROUP, NO_TIME_BAND, NO_RATE; or, for a
     *             computation that broke off, AMOUNT_TOO_LARGE, ERROR
     * @param text the reason in Danish, as the run page shows it
     */
    public record Problem(Long providerId, String providerName, UUID grantKey, String interventionCode, String band,
                          LocalDate firstDay, int visits, String code, String text) {

        public Problem withText(String danish) {
            return new Problem(providerId, providerName, grantKey, interventionCode, band, firstDay, visits, code, danish);
        }
    }

    /** A citizen's co-payment for one grant in the run's month. */
    public record CoPaymentLine(long citizenId, String cprNumber, String citizenName, UUID grantKey,
                                String interventionCode, String interventionName, String name, String unit,
                                BigDecimal quantity, Money price, Money amount) {
    }

    /** A provider's own approved month and what it is owed in it, for the provider's list of statements. */
    public record OwnMonth(SettlementRun run, Money total) {
    }

    /** A provider's total of one month's run, for the chart of the month against the previous months. */
    public record MonthTotal(YearMonth month, long providerId, Money total) {
    }
}
