package dk.omsorg.catalog.internal;

import dk.omsorg.assessment.FsiiiKind;
import dk.omsorg.catalog.Criteria;
import dk.omsorg.catalog.Criterion;
import dk.omsorg.catalog.FsiiiRef;
import dk.omsorg.catalog.GroupLimit;
import dk.omsorg.catalog.Limit;
import dk.omsorg.catalog.LimitPeriod;
import dk.omsorg.catalog.LimitScope;
import dk.omsorg.catalog.ProposedGrant;
import dk.omsorg.catalog.Shift;
import dk.omsorg.catalog.internal.CatalogEntries.CriteriaEntry;
import dk.omsorg.catalog.internal.CatalogEntries.CriterionEntry;
import dk.omsorg.catalog.internal.CatalogEntries.GroupLimitEntry;
import dk.omsorg.catalog.internal.CatalogEntries.LimitEntry;
import dk.omsorg.catalog.internal.CatalogEntries.WithinEntry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dk.omsorg.catalog.internal.CatalogFiles.blankToNull;
import static dk.omsorg.catalog.internal.CatalogFiles.notBlank;

/**
 * An intervention's criteria (FSIII scores) and limits, and an area's group limits, from a catalogue file.
 * Problems go to the file's {@link CatalogProblems}; an invalid criterion or limit is left out.
 */
final class CatalogCriteriaReader {

    private final CatalogProblems p;
    private final FsiiiCodes fsiii;
    /** Every intervention code of the file, as group limits may name interventions of later areas. */
    private final Set<String> interventionCodes;

    CatalogCriteriaReader(CatalogProblems problems, FsiiiCodes fsiii, Set<String> interventionCodes) {
        this.p = problems;
        this.fsiii = fsiii;
        this.interventionCodes = interventionCodes;
    }

    Criteria criteria(String at, CriteriaEntry c) {
        boolean hasAll = c.all != null && !c.all.isEmpty();
        p.require(hasAll || notBlank(c.text) || notBlank(c.alternative), at,
                "give the criteria as text, all (FSIII scores) or alternative");
        List<Criterion> all = new ArrayList<>();
        if (c.all != null) {
            for (int k = 0; k < c.all.size(); k++) {
                Criterion criterion = criterion(at + ".all[" + k + "]", c.all.get(k));
                if (criterion != null) {
                    all.add(criterion);
                }
            }
        }
        return new Criteria(blankToNull(c.text), all, blankToNull(c.alternative));
    }

    private Criterion criterion(String at, CriterionEntry c) {
        if (!p.require(c != null, at, "is empty")) {
            return null;
        }
        boolean single = c.state != null;
        boolean kOfN = c.atLeast != null || c.of != null;
        if (!p.require(single != kOfN, at, single ? "give either state, or atLeast with of – not both"
                : "give state (one FSIII state) or atLeast with of (k of n states)")) {
            return null;
        }
        if (!p.require(c.min != null || c.max != null, at + ".min", "give min and/or max (inclusive scores 0–4)")) {
            return null;
        }
        int min = c.min == null ? 0 : c.min;
        int max = c.max == null ? 4 : c.max;
        boolean scores = p.score(at + ".min", c.min) & p.score(at + ".max", c.max)
                && p.require(min <= max, at + ".min", "min " + min + " is above max " + max);
        if (single) {
            FsiiiRef state = state(at + ".state", c.state);
            return state != null && scores ? new Criterion.StateRange(state, min, max) : null;
        }
        if (!p.require(c.of != null && !c.of.isEmpty(), at + ".of", "list the states the criterion counts")
                || !p.require(c.atLeast != null, at + ".atLeast", "is required with of")) {
            return null;
        }
        List<FsiiiRef> states = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < c.of.size(); k++) {
            FsiiiRef state = state(at + ".of[" + k + "]", c.of.get(k));
            if (state != null) {
                p.require(seen.add(state.uuid().toString()), at + ".of[" + k + "]", "'" + c.of.get(k) + "' is listed twice");
                states.add(state);
            }
        }
        boolean count = p.require(c.atLeast >= 1 && c.atLeast <= c.of.size(), at + ".atLeast",
                "must be between 1 and the number of states in of (" + c.of.size() + ")");
        return scores && count && states.size() == c.of.size()
                ? new Criterion.AtLeast(c.atLeast, states, min, max) : null;
    }

    private FsiiiRef state(String at, String code) {
        if (!p.require(notBlank(code), at, "is empty")) {
            return null;
        }
        FsiiiRef state = fsiii.state(code).orElse(null);
        if (state == null) {
            p.add(at, "'" + code + "' is not an FSIII functional-ability state"
                    + fsiii.concept(code).map(c -> " (it is the " + kind(c.kind()) + " " + c.label() + ")").orElse("")
                    + "; use KL's legacy code (e.g. J2.4, Personlig_pleje) or UUID from reference/fsiii.json");
        }
        return state;
    }

    Limit limit(String at, LimitEntry l) {
        if (!p.require(l != null, at, "is empty")) {
            return null;
        }
        boolean ok = p.require(l.max != null, at + ".max", "is required") & p.positive(at + ".max", l.max)
                & p.require(l.per != null, at + ".per", "is required (DAY, WEEK, MONTH, YEAR or NIGHT)")
                & p.positive(at + ".maxMinutesEach", l.maxMinutesEach) & p.positive(at + ".every", l.every)
                & p.require(l.every == null || l.every <= ProposedGrant.MAX_EVERY, at + ".every",
                "is at most " + ProposedGrant.MAX_EVERY)
                & p.require(l.every == null || l.every == 1 || l.per != LimitPeriod.NIGHT, at + ".every",
                "a per-NIGHT limit has no interval")
                & p.require(l.per != LimitPeriod.NIGHT || l.shift == null || l.shift == Shift.NIGHT, at + ".shift",
                "a per-NIGHT limit counts the night shift only");
        return ok ? p.build(at, () -> new Limit(l.max, l.per, l.every == null ? 1 : l.every, l.shift, l.scope == null ? LimitScope.CITIZEN : l.scope,
                l.maxMinutesEach, blankToNull(l.text))) : null;
    }

    GroupLimit groupLimit(String at, GroupLimitEntry g) {
        boolean ok = p.require(notBlank(g.name), at + ".name", "is required")
                & p.require(g.interventions != null && !g.interventions.isEmpty(), at + ".interventions", "list the interventions the cap counts")
                & p.require(g.max != null, at + ".max", "is required") & p.positive(at + ".max", g.max)
                & p.require(g.per != null, at + ".per", "is required (DAY, WEEK, MONTH, YEAR or NIGHT)");
        if (g.interventions != null) {
            ok &= references(at + ".interventions", g.interventions, null);
        }
        List<GroupLimit.Within> within = new ArrayList<>();
        if (g.within != null) {
            for (int k = 0; k < g.within.size(); k++) {
                String wat = at + ".within[" + k + "]";
                WithinEntry w = g.within.get(k);
                if (!p.require(w != null, wat, "is empty")) {
                    ok = false;
                    continue;
                }
                boolean wok = p.require(w.interventions != null && !w.interventions.isEmpty(), wat + ".interventions",
                        "list the interventions the cap counts")
                        & p.require(w.max != null, wat + ".max", "is required") & p.positive(wat + ".max", w.max);
                if (w.interventions != null) {
                    wok &= references(wat + ".interventions", w.interventions, g.interventions);
                }
                if (wok && g.max != null) {
                    wok = p.require(w.max <= g.max, wat + ".max", "is above the group's max " + g.max);
                }
                if (wok) {
                    within.add(new GroupLimit.Within(w.interventions, w.max));
                }
                ok &= wok;
            }
        }
        return ok ? new GroupLimit(g.name, g.interventions, g.max, g.per, blankToNull(g.text), within) : null;
    }

    /** Codes that must be interventions of this file and, when {@code within} is given, among those. */
    private boolean references(String at, List<String> codes, List<String> within) {
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < codes.size(); k++) {
            String code = codes.get(k);
            String kat = at + "[" + k + "]";
            ok &= p.require(notBlank(code) && interventionCodes.contains(code), kat,
                    "'" + code + "' is not an intervention code in this file")
                    && p.require(within == null || within.contains(code), kat, "'" + code + "' is not one of the group's interventions")
                    && p.require(seen.add(code), kat, "'" + code + "' is listed twice");
        }
        return ok;
    }

    /** How an FSIII concept of the wrong kind is named in a problem. */
    static String kind(FsiiiKind kind) {
        return switch (kind) {
            case FUNCTIONAL_ABILITY_AREA -> "functional-ability area";
            case FUNCTIONAL_ABILITY_STATE -> "functional-ability state";
            case HEALTH_AREA -> "health area";
            case HEALTH_CONDITION -> "health condition";
        };
    }
}
