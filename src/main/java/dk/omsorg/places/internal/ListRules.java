package dk.omsorg.places.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.omsorg.places.ListRule;
import dk.omsorg.places.PlaceUnit;
import dk.omsorg.places.WaitingList;
import dk.omsorg.shared.PolicyFile;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads places.yaml's {@code lists}: one rule per waiting list a unit serves, checked strictly. */
final class ListRules {

    private ListRules() {
    }

    static List<ListRule> read(List<ListEntry> entries, List<PlaceUnit> units, PolicyFile.Check p) {
        List<ListRule> rules = new ArrayList<>();
        Set<WaitingList> seen = EnumSet.noneOf(WaitingList.class);
        for (int i = 0; entries != null && i < entries.size(); i++) {
            ListEntry l = entries.get(i);
            String at = "lists[" + i + "]";
            if (l == null) {
                p.check(false, at, "is empty");
                continue;
            }
            boolean ok = true;
            ok &= check(p, l.list != null, at + ".list", "is required: TEMPORARY_STAY, INTERVAL_STAY, NURSING_HOME_GENERAL, NURSING_HOME_SPECIFIC or ELDERLY_HOUSING");
            ok &= check(p, l.list == null || seen.add(l.list), at + ".list", "'" + l.list + "' has another rule");
            ok &= check(p, l.list == null || units.stream().anyMatch(u -> u.waitingLists().contains(l.list)), at + ".list",
                    "no unit serves '" + l.list + "'");
            ok &= check(p, l.interventions != null && !l.interventions.isEmpty() && !l.interventions.contains(null),
                    at + ".interventions", "is required: the catalogue interventions whose grant puts the citizen on the list");
            ok &= check(p, l.reviewDays == null || (l.reviewDays >= 1 && l.reviewDays <= 365), at + ".reviewDays", "must be 1–365 days");
            ok &= check(p, l.guarantee == null || l.list == WaitingList.NURSING_HOME_GENERAL, at + ".guarantee",
                    "applies only to NURSING_HOME_GENERAL (serviceloven § 192 a: not to a specific list)");
            ok &= check(p, l.guarantee == null || (l.guarantee.offerWithinMonths != null && l.guarantee.offerWithinMonths >= 1
                    && l.guarantee.moveInWithinWeeks != null && l.guarantee.moveInWithinWeeks >= 0), at + ".guarantee",
                    "needs offerWithinMonths (at least 1) and moveInWithinWeeks (0 or more)");
            ok &= check(p, l.guarantee == null || (l.guarantee.warnDays != null && l.guarantee.warnDays >= 0
                    && l.guarantee.warnDays <= 60), at + ".guarantee.warnDays",
                    "is required: the days (0–60) before the offer-by date the task comes");
            ok &= check(p, l.helpDecision == null || (l.helpDecision.fromWeeks != null && l.helpDecision.toWeeks != null
                    && l.helpDecision.fromWeeks >= 0 && l.helpDecision.toWeeks >= l.helpDecision.fromWeeks), at + ".helpDecision",
                    "needs fromWeeks and toWeeks, toWeeks not before fromWeeks");
            if (ok) {
                rules.add(new ListRule(l.list, List.copyOf(l.interventions), l.reviewDays, Boolean.TRUE.equals(l.removeOnAdmission),
                        l.guarantee == null ? null : new ListRule.Guarantee(l.guarantee.offerWithinMonths, l.guarantee.moveInWithinWeeks,
                                l.guarantee.warnDays),
                        l.helpDecision == null ? null : new ListRule.HelpDecision(l.helpDecision.fromWeeks, l.helpDecision.toWeeks)));
            }
        }
        return rules;
    }

    private static boolean check(PolicyFile.Check p, boolean ok, String field, String message) {
        p.check(ok, field, message);
        return ok;
    }

    static final class ListEntry {
        @JsonProperty WaitingList list;
        @JsonProperty List<String> interventions;
        @JsonProperty Integer reviewDays;
        @JsonProperty Boolean removeOnAdmission;
        @JsonProperty GuaranteeEntry guarantee;
        @JsonProperty HelpDecisionEntry helpDecision;
    }

    static final class GuaranteeEntry {
        @JsonProperty Integer offerWithinMonths;
        @JsonProperty Integer moveInWithinWeeks;
        @JsonProperty Integer warnDays;
    }

    static final class HelpDecisionEntry {
        @JsonProperty Integer fromWeeks;
        @JsonProperty Integer toWeeks;
    }
}
