package dk.omsorg.settlement.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.settlement.SettlementPolicy;
import dk.omsorg.settlement.TimeBand;
import dk.omsorg.settlement.TimeBandRule;

import java.time.LocalDate;
import java.util.List;

/**
 * A settlement file as written ({@code docs/settlement-format.md}), field by field, as Jackson reads it.
 * Nothing is checked here: {@link SettlementFiles} rejects unknown fields, the readers check the rest.
 */
final class SettlementEntries {

    private SettlementEntries() {
    }

    static final class FileEntry {
        @JsonProperty Integer municipality;
        @JsonProperty String source;
        @JsonProperty Integer correctionMonths;
        @JsonProperty List<String> noCoPaymentForTemporary;
        @JsonProperty List<TimeBandEntry> timeBands;
        @JsonProperty List<RateGroupEntry> rateGroups;
        @JsonProperty List<RateEntry> rates;
        @JsonProperty List<CoPaymentEntry> coPayment;
        @JsonProperty List<BonusEntry> outcomeBonus;
        @JsonProperty List<FreeChoiceEntry> freeChoiceRateFor;
    }

    static final class FreeChoiceEntry {
        @JsonProperty String provider;
        @JsonProperty String rateGroup;
        @JsonProperty TimeBand band;
        @JsonProperty LocalDate validFrom;
        @JsonProperty LocalDate validTo;
    }

    static final class TimeBandEntry {
        @JsonProperty LocalDate validFrom;
        @JsonProperty LocalDate validTo;
        @JsonProperty String weekdayDayFrom;
        @JsonProperty String weekdayDayTo;
        @JsonProperty String nightFrom;
        @JsonProperty String nightTo;
        @JsonProperty List<TimeBandRule.ExtraHoliday> extraHolidays;
    }

    static final class RateGroupEntry {
        @JsonProperty String code;
        @JsonProperty String name;
        @JsonProperty SettlementPolicy.Unit unit;
        @JsonProperty Boolean byTimeBand;
        @JsonProperty SettlementPolicy.Basis basis;
        @JsonProperty List<String> paidNotDelivered;
        @JsonProperty List<String> areas;
        @JsonProperty List<String> interventions;
        @JsonProperty String account;
        @JsonProperty List<AccountEntry> accounts;
        @JsonProperty List<ProviderAccountEntry> providerAccounts;
    }

    /** An account for the group's lines of one provider, or of every provider not listed ({@code OTHER}). */
    static final class ProviderAccountEntry {
        @JsonProperty String provider;
        @JsonProperty String account;
    }

    static final class AccountEntry {
        @JsonProperty String legalBasis;
        @JsonProperty String account;
    }

    static final class RateEntry {
        @JsonProperty String provider;
        @JsonProperty String rateGroup;
        @JsonProperty TimeBand band;
        @JsonProperty String amount;
        @JsonProperty LocalDate validFrom;
        @JsonProperty LocalDate validTo;
    }

    static final class CoPaymentEntry {
        @JsonProperty String rate;
        @JsonProperty String name;
        @JsonProperty SettlementPolicy.CoPaymentUnit unit;
        @JsonProperty List<String> interventions;
        @JsonProperty List<PriceEntry> prices;
    }

    static final class PriceEntry {
        @JsonProperty String amount;
        @JsonProperty LocalDate validFrom;
        @JsonProperty LocalDate validTo;
    }

    static final class BonusEntry {
        @JsonProperty String amount;
        @JsonProperty Integer minImprovement;
        @JsonProperty String account;
        @JsonProperty LocalDate validFrom;
        @JsonProperty LocalDate validTo;
    }
}
