package dk.omsorg.settlement.internal;

import dk.omsorg.delivery.ReassessmentRule;
import dk.omsorg.settlement.SettlementPolicy.FreeChoiceRateFor;
import dk.omsorg.settlement.SettlementPolicy.Rate;
import dk.omsorg.settlement.SettlementPolicy.RateGroup;
import dk.omsorg.settlement.TimeBand;
import dk.omsorg.settlement.internal.SettlementEntries.AccountEntry;
import dk.omsorg.settlement.internal.SettlementEntries.FreeChoiceEntry;
import dk.omsorg.settlement.internal.SettlementEntries.RateEntry;
import dk.omsorg.settlement.internal.SettlementEntries.RateGroupEntry;
import dk.omsorg.shared.Money;
import dk.omsorg.shared.YamlLines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dk.omsorg.settlement.SettlementPolicy.FREE_CHOICE;

/** The rate groups, rates and free-choice rates of a settlement file, with problems added to the file's list. */
final class SettlementRateReader extends SettlementChecks {

    SettlementRateReader(String file, YamlLines lines, List<String> problems) {
        super(file, lines, problems);
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
            Map<String, String> providerAccounts = new LinkedHashMap<>();
            if (g.providerAccounts != null) {
                for (int j = 0; j < g.providerAccounts.size(); j++) {
                    SettlementEntries.ProviderAccountEntry a = g.providerAccounts.get(j);
                    String aAt = at + ".providerAccounts[" + j + "]";
                    if (require(a.provider, aAt + ".provider", "is required: a provider code or OTHER")
                            & require(a.account, aAt + ".account", "is required")
                            && providerAccounts.putIfAbsent(a.provider.strip(), a.account.strip()) != null) {
                        problem(aAt + ".provider", "has two accounts");
                    }
                }
            }
            if (ok) {
                groups.add(new RateGroup(g.code, g.name.strip(), g.unit, g.byTimeBand, g.basis, Set.copyOf(paid),
                        List.copyOf(areas), List.copyOf(interventions), g.account.strip(), accounts, providerAccounts));
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
}
