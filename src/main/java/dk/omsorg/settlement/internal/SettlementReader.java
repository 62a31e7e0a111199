package dk.omsorg.settlement.internal;

import dk.omsorg.settlement.SettlementPolicy;
import dk.omsorg.settlement.SettlementPolicy.CoPaymentRate;
import dk.omsorg.settlement.SettlementPolicy.FreeChoiceRateFor;
import dk.omsorg.settlement.SettlementPolicy.OutcomeBonus;
import dk.omsorg.settlement.SettlementPolicy.Price;
import dk.omsorg.settlement.SettlementPolicy.Rate;
import dk.omsorg.settlement.SettlementPolicy.RateGroup;
import dk.omsorg.settlement.TimeBandRule;
import dk.omsorg.settlement.internal.SettlementEntries.BonusEntry;
import dk.omsorg.settlement.internal.SettlementEntries.CoPaymentEntry;
import dk.omsorg.settlement.internal.SettlementEntries.FileEntry;
import dk.omsorg.settlement.internal.SettlementEntries.PriceEntry;
import dk.omsorg.settlement.internal.SettlementEntries.TimeBandEntry;
import dk.omsorg.shared.Money;
import dk.omsorg.shared.YamlLines;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One settlement file: its header, time bands, co-payment prices and outcome bonus; rate groups, rates and
 * free-choice rates are read by {@link SettlementRateReader}. Problems are collected in {@link #problems}.
 */
final class SettlementReader extends SettlementChecks {

    private final SettlementRateReader rateReader;

    SettlementReader(String file, YamlLines lines) {
        super(file, lines, new ArrayList<>());
        this.rateReader = new SettlementRateReader(file, lines, problems);
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
        List<RateGroup> groups = rateReader.rateGroups(e.rateGroups);
        Map<String, RateGroup> byCode = new HashMap<>();
        groups.forEach(g -> byCode.put(g.code(), g));
        List<Rate> rates = rateReader.rates(e.rates, byCode);
        List<CoPaymentRate> coPayment = coPayment(e.coPayment);
        List<OutcomeBonus> bonus = outcomeBonus(e.outcomeBonus);
        List<FreeChoiceRateFor> freeChoice = rateReader.freeChoiceRateFor(e.freeChoiceRateFor, byCode, rates);
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
                    & require(c.name, at + ".name", "is required") & require(c.unit, at + ".unit", "is required: MONTH, VISIT or DAY");
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
}
