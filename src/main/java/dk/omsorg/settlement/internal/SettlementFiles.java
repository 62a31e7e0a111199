package dk.omsorg.settlement.internal;

import dk.omsorg.shared.PolicyFile;
import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.delivery.ReassessmentRule;
import dk.omsorg.settlement.SettlementPolicy;
import dk.omsorg.settlement.SettlementPolicy.CoPaymentRate;
import dk.omsorg.settlement.SettlementPolicy.FreeChoiceRateFor;
import dk.omsorg.settlement.SettlementPolicy.OutcomeBonus;
import dk.omsorg.settlement.SettlementPolicy.Price;
import dk.omsorg.settlement.SettlementPolicy.Rate;
import dk.omsorg.settlement.SettlementPolicy.RateGroup;
import dk.omsorg.settlement.TimeBand;
import dk.omsorg.settlement.TimeBandRule;
import dk.omsorg.shared.Money;
import dk.omsorg.shared.YamlLines;
import org.springframework.core.io.Resource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static dk.omsorg.settlement.SettlementPolicy.FREE_CHOICE;

/**
 * Reads {@code policy/<code>-<name>/settlement.yaml} (format: {@code docs/settlement-format.md}). Strict: unknown
 * fields are errors, and so are a negative amount, a band that does not fit the rate group, and two validity periods
 * of one key that overlap (a rate per provider, rate group and band; a time-band version; a co-payment price; the
 * outcome bonus). Every problem of a file is reported at once with file, line and field. Provider codes are checked
 * against the provider tables when the policy is mirrored ({@code SettlementPolicyTables}).
 */
public final class SettlementFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private SettlementFiles() {
    }

    /** @throws SettlementFileException naming every problem */
    public static SettlementPolicy read(Resource resource) {
        PolicyFile<FileEntry> read = PolicyFile.read(resource, YAML, FileEntry.class, SettlementFileException::new);
        Reader reader = new Reader(read.label(), read.lines());
        SettlementPolicy policy = reader.policy(read.entry(), sha256(read.bytes()));
        if (!reader.problems.isEmpty()) {
            throw new SettlementFileException(reader.problems);
        }
        return policy;
    }

    private static final class Reader {
        final String file;
        final YamlLines lines;
        final List<String> problems = new ArrayList<>();

        Reader(String file, YamlLines lines) {
            this.file = file;
            this.lines = lines;
        }

        void problem(String field, String message) {
            problems.add(PolicyFile.problem(file, lines.line(field), field, message));
        }

        boolean require(Object value, String field, String message) {
            if (value == null || value instanceof String s && s.isBlank()) {
                problems.add(PolicyFile.problem(file, -1, field, message));
                return false;
            }
            return true;
        }

        SettlementPolicy policy(FileEntry e, String sha256) {
            if (require(e.municipality, "municipality", "is required (the official municipality code)") && e.municipality <= 0) {
                problem("municipality", "must be the official municipality code");
            }
            require(e.source, "source", "must cite where the rates come from");
            if (require(e.correctionMonths, "correctionMonths", "is required: months back that corrections are settled")
                    && (e.correctionMonths < 0 || e.correctionMonths > 60)) {
                problem("correctionMonths", "must be 0–60 months");
            }
            require(e.noCoPaymentForTemporary, "noCoPaymentForTemporary",
                    "is required: the legal bases with no co-payment for temporary help (may be empty)");
            List<TimeBandRule> bands = timeBands(e.timeBands);
            List<RateGroup> groups = rateGroups(e.rateGroups);
            Map<String, RateGroup> byCode = new HashMap<>();
            groups.forEach(g -> byCode.put(g.code(), g));
            List<Rate> rates = rates(e.rates, byCode);
            List<CoPaymentRate> coPayment = coPayment(e.coPayment);
            List<OutcomeBonus> bonus = outcomeBonus(e.outcomeBonus);
            List<FreeChoiceRateFor> freeChoice = freeChoiceRateFor(e.freeChoiceRateFor, byCode, rates);
            if (!problems.isEmpty()) {
                return null;
            }
            return new SettlementPolicy(e.municipality, e.source.strip(), sha256, e.correctionMonths,
                    List.copyOf(e.noCoPaymentForTemporary), bands, groups, rates, coPayment, bonus, freeChoice);
        }

        List<TimeBandRule> timeBands(List<TimeBandEntry> entries) {
            if (entries == null || entries.isEmpty()) {
                problem("timeBands", "at least one version of the time-band boundaries is required");
                return List.of();
            }
            List<TimeBandRule> rules = new ArrayList<>();
            List<Period> periods = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                TimeBandEntry t = entries.get(i);
                String at = "timeBands[" + i + "]";
                LocalTime dayFrom = time(t.weekdayDayFrom, at + ".weekdayDayFrom");
                LocalTime dayTo = time(t.weekdayDayTo, at + ".weekdayDayTo");
                LocalTime nightFrom = time(t.nightFrom, at + ".nightFrom");
                LocalTime nightTo = time(t.nightTo, at + ".nightTo");
                boolean valid = period(t.validFrom, t.validTo, at);
                if (dayFrom != null && dayTo != null && !dayFrom.isBefore(dayTo)) {
                    problem(at + ".weekdayDayTo", "must be after weekdayDayFrom");
                }
                if (nightFrom != null && nightFrom.equals(nightTo)) {
                    problem(at + ".nightTo", "must differ from nightFrom");
                }
                if (valid) {
                    periods.add(new Period("the time bands", t.validFrom, t.validTo, at));
                }
                if (dayFrom != null && dayTo != null && nightFrom != null && nightTo != null && valid) {
                    rules.add(new TimeBandRule(t.validFrom, t.validTo, dayFrom, dayTo, nightFrom, nightTo,
                            t.extraHolidays == null || t.extraHolidays.isEmpty() ? Set.of() : EnumSet.copyOf(t.extraHolidays)));
                }
            }
            overlaps(periods, p -> "");
            return List.copyOf(rules);
        }

        List<RateGroup> rateGroups(List<RateGroupEntry> entries) {
            if (entries == null || entries.isEmpty()) {
                problem("rateGroups", "at least one rate group is required");
                return List.of();
            }
            List<RateGroup> groups = new ArrayList<>();
            Map<String, String> memberOf = new HashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                RateGroupEntry g = entries.get(i);
                String at = "rateGroups[" + i + "]";
                boolean ok = require(g.code, at + ".code", "is required") & require(g.name, at + ".name", "is required")
                        & require(g.unit, at + ".unit", "is required: HOUR or VISIT")
                        & require(g.byTimeBand, at + ".byTimeBand", "is required: true or false")
                        & require(g.basis, at + ".basis", "is required: GRANTED or DELIVERED")
                        & require(g.account, at + ".account", "is required: the account code (kontering)");
                if (g.code != null && groups.stream().anyMatch(x -> x.code().equals(g.code))) {
                    problem(at + ".code", "rate group " + g.code + " is defined twice");
                }
                List<String> paid = g.paidNotDelivered == null ? List.of() : g.paidNotDelivered;
                if (!ReassessmentRule.NOT_DELIVERED_REASONS.containsAll(paid)) {
                    problem(at + ".paidNotDelivered", "may list only " + new java.util.TreeSet<>(ReassessmentRule.NOT_DELIVERED_REASONS));
                }
                List<String> areas = g.areas == null ? List.of() : g.areas;
                List<String> interventions = g.interventions == null ? List.of() : g.interventions;
                if (areas.isEmpty() && interventions.isEmpty()) {
                    problem(at, "a rate group must list areas or interventions");
                }
                for (String area : areas) {
                    String other = memberOf.putIfAbsent("area " + area, g.code);
                    if (other != null) {
                        problem(at + ".areas", "area " + area + " is already priced by rate group " + other);
                    }
                }
                for (String intervention : interventions) {
                    String other = memberOf.putIfAbsent("intervention " + intervention, g.code);
                    if (other != null) {
                        problem(at + ".interventions", "intervention " + intervention + " is already priced by rate group " + other);
                    }
                }
                Map<String, String> accounts = new LinkedHashMap<>();
                if (g.accounts != null) {
                    for (int j = 0; j < g.accounts.size(); j++) {
                        AccountEntry a = g.accounts.get(j);
                        String aAt = at + ".accounts[" + j + "]";
                        if (require(a.legalBasis, aAt + ".legalBasis", "is required") & require(a.account, aAt + ".account", "is required")
                                && accounts.putIfAbsent(a.legalBasis.strip(), a.account.strip()) != null) {
                            problem(aAt + ".legalBasis", "has two accounts");
                        }
                    }
                }
                if (ok) {
                    groups.add(new RateGroup(g.code, g.name.strip(), g.unit, g.byTimeBand, g.basis, Set.copyOf(paid),
                            List.copyOf(areas), List.copyOf(interventions), g.account.strip(), accounts));
                }
            }
            return List.copyOf(groups);
        }

        List<Rate> rates(List<RateEntry> entries, Map<String, RateGroup> groups) {
            if (entries == null || entries.isEmpty()) {
                problem("rates", "at least one rate is required");
                return List.of();
            }
            List<Rate> rates = new ArrayList<>();
            List<Period> periods = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                RateEntry r = entries.get(i);
                String at = "rates[" + i + "]";
                boolean ok = require(r.provider, at + ".provider", "is required: a provider code or FREE_CHOICE")
                        & require(r.rateGroup, at + ".rateGroup", "is required") & require(r.band, at + ".band", "is required");
                RateGroup group = r.rateGroup == null ? null : groups.get(r.rateGroup);
                if (r.rateGroup != null && group == null) {
                    problem(at + ".rateGroup", "no rate group " + r.rateGroup);
                    ok = false;
                }
                if (group != null && r.band != null && group.byTimeBand() == (r.band == TimeBand.ALL)) {
                    problem(at + ".band", group.byTimeBand() ? "rate group " + group.code() + " is priced by time band: WEEKDAY_DAY, OTHER or NIGHT"
                            : "rate group " + group.code() + " is not priced by time band: ALL");
                    ok = false;
                }
                Money amount = amount(r.amount, at + ".amount");
                ok &= amount != null & period(r.validFrom, r.validTo, at);
                if (ok) {
                    rates.add(new Rate(r.provider, r.rateGroup, r.band, amount, r.validFrom, r.validTo));
                    periods.add(new Period(r.provider + " " + r.rateGroup + " " + r.band, r.validFrom, r.validTo, at));
                }
            }
            overlaps(periods, Period::key);
            return List.copyOf(rates);
        }

        /**
         * Each entry names a provider, group and band paid at the free-choice rate: a free-choice rate must exist
         * for the group and band on its first day, and the provider may have no own rate there in the period.
         */
        List<FreeChoiceRateFor> freeChoiceRateFor(List<FreeChoiceEntry> entries, Map<String, RateGroup> groups, List<Rate> rates) {
            List<FreeChoiceRateFor> result = new ArrayList<>();
            if (entries == null) {
                return result;
            }
            for (int i = 0; i < entries.size(); i++) {
                FreeChoiceEntry f = entries.get(i);
                String at = "freeChoiceRateFor[" + i + "]";
                boolean ok = require(f.provider, at + ".provider", "is required: a provider code")
                        & require(f.rateGroup, at + ".rateGroup", "is required") & require(f.band, at + ".band", "is required")
                        & period(f.validFrom, f.validTo, at);
                if (FREE_CHOICE.equals(f.provider)) {
                    problem(at + ".provider", "must be a provider code, not FREE_CHOICE");
                    ok = false;
                }
                if (f.rateGroup != null && !groups.containsKey(f.rateGroup)) {
                    problem(at + ".rateGroup", "no rate group " + f.rateGroup);
                    ok = false;
                }
                if (!ok) {
                    continue;
                }
                Period declared = new Period("", f.validFrom, f.validTo, at);
                boolean freeChoiceRate = rates.stream().anyMatch(r -> r.provider().equals(FREE_CHOICE)
                        && r.rateGroup().equals(f.rateGroup) && r.band() == f.band
                        && !f.validFrom.isBefore(r.validFrom()) && (r.validTo() == null || !f.validFrom.isAfter(r.validTo())));
                if (!freeChoiceRate) {
                    problem(at + ".band", "there is no FREE_CHOICE rate for " + f.rateGroup + " " + f.band + " on " + f.validFrom);
                }
                rates.stream().filter(r -> r.provider().equals(f.provider) && r.rateGroup().equals(f.rateGroup) && r.band() == f.band
                                && declared.overlaps(new Period("", r.validFrom(), r.validTo(), "")))
                        .findFirst().ifPresent(r -> problem(at + ".provider", f.provider + " has a rate of its own for "
                                + f.rateGroup + " " + f.band + " from " + r.validFrom() + "; it cannot also be paid the free-choice rate"));
                result.add(new FreeChoiceRateFor(f.provider, f.rateGroup, f.band, f.validFrom, f.validTo));
            }
            return List.copyOf(result);
        }

        List<CoPaymentRate> coPayment(List<CoPaymentEntry> entries) {
            List<CoPaymentRate> rates = new ArrayList<>();
            if (entries == null) {
                return rates;
            }
            Map<String, String> rateOf = new HashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                CoPaymentEntry c = entries.get(i);
                String at = "coPayment[" + i + "]";
                boolean ok = require(c.rate, at + ".rate", "is required: the catalogue's coPayment.rate")
                        & require(c.name, at + ".name", "is required") & require(c.unit, at + ".unit", "is required: MONTH or VISIT");
                if (c.interventions == null || c.interventions.isEmpty()) {
                    problem(at + ".interventions", "at least one intervention is required");
                    ok = false;
                } else {
                    for (String intervention : c.interventions) {
                        String other = rateOf.putIfAbsent(intervention, String.valueOf(c.rate));
                        if (other != null) {
                            problem(at + ".interventions", "intervention " + intervention + " already has the co-payment " + other);
                        }
                    }
                }
                List<Price> prices = new ArrayList<>();
                List<Period> periods = new ArrayList<>();
                if (c.prices == null || c.prices.isEmpty()) {
                    problem(at + ".prices", "at least one price is required");
                    ok = false;
                } else {
                    for (int j = 0; j < c.prices.size(); j++) {
                        PriceEntry p = c.prices.get(j);
                        String pAt = at + ".prices[" + j + "]";
                        Money amount = amount(p.amount, pAt + ".amount");
                        if (amount != null & period(p.validFrom, p.validTo, pAt)) {
                            prices.add(new Price(amount, p.validFrom, p.validTo));
                            periods.add(new Period("the price of " + c.rate, p.validFrom, p.validTo, pAt));
                        }
                    }
                }
                overlaps(periods, p -> "");
                if (ok) {
                    rates.add(new CoPaymentRate(c.rate, c.name.strip(), c.unit, List.copyOf(c.interventions), List.copyOf(prices)));
                }
            }
            return List.copyOf(rates);
        }

        List<OutcomeBonus> outcomeBonus(List<BonusEntry> entries) {
            List<OutcomeBonus> bonus = new ArrayList<>();
            if (entries == null) {
                return bonus;
            }
            List<Period> periods = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                BonusEntry b = entries.get(i);
                String at = "outcomeBonus[" + i + "]";
                Money amount = amount(b.amount, at + ".amount");
                boolean ok = amount != null & period(b.validFrom, b.validTo, at)
                        & require(b.account, at + ".account", "is required");
                if (require(b.minImprovement, at + ".minImprovement", "is required: FSIII points in all") && b.minImprovement <= 0) {
                    problem(at + ".minImprovement", "must be 1 or more");
                    ok = false;
                }
                if (ok && b.minImprovement != null) {
                    bonus.add(new OutcomeBonus(amount, b.minImprovement, b.account.strip(), b.validFrom, b.validTo));
                    periods.add(new Period("the outcome bonus", b.validFrom, b.validTo, at));
                }
            }
            overlaps(periods, p -> "");
            return List.copyOf(bonus);
        }

        Money amount(String text, String field) {
            if (!require(text, field, "is required: kroner with two decimals, e.g. \"413.00\"")) {
                return null;
            }
            try {
                Money amount = Money.parse(text);
                if (amount.isNegative()) {
                    problem(field, "cannot be negative: " + text);
                    return null;
                }
                return amount;
            } catch (IllegalArgumentException e) {
                problem(field, e.getMessage());
                return null;
            }
        }

        LocalTime time(String text, String field) {
            if (!require(text, field, "is required: HH:mm")) {
                return null;
            }
            try {
                return LocalTime.parse(text.strip());
            } catch (DateTimeParseException e) {
                problem(field, "not a time HH:mm: " + text);
                return null;
            }
        }

        boolean period(LocalDate from, LocalDate to, String at) {
            if (!require(from, at + ".validFrom", "is required")) {
                return false;
            }
            if (to != null && to.isBefore(from)) {
                problem(at + ".validTo", "ends before it starts (" + to + " < " + from + ")");
                return false;
            }
            return true;
        }

        /** Two validity periods of one key that share a day. */
        void overlaps(List<Period> periods, Function<Period, String> key) {
            for (int i = 0; i < periods.size(); i++) {
                for (int j = i + 1; j < periods.size(); j++) {
                    Period a = periods.get(i);
                    Period b = periods.get(j);
                    if (key.apply(a).equals(key.apply(b)) && a.overlaps(b)) {
                        problem(b.at() + ".validFrom", b.key() + ": the validity overlaps " + a.at()
                                + " (line " + lines.line(a.at()) + ")");
                    }
                }
            }
        }
    }

    private record Period(String key, LocalDate from, LocalDate to, String at) {
        boolean overlaps(Period other) {
            return (to == null || !other.from.isAfter(to)) && (other.to == null || !from.isAfter(other.to));
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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

    /** Settlement files that cannot be used; the application refuses to start with them. */
    public static final class SettlementFileException extends RuntimeException {
        private final List<String> problems;

        public SettlementFileException(List<String> problems) {
            super(problems.size() == 1 ? "Invalid settlement file " + problems.get(0)
                    : "Invalid settlement files (" + problems.size() + " problems):\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
