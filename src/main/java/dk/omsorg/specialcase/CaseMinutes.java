package dk.omsorg.specialcase;

import dk.omsorg.catalog.Shift;
import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.Grant;
import dk.omsorg.decision.WeeklyTime;
import dk.omsorg.settlement.SettlementPolicies;
import dk.omsorg.settlement.SettlementPolicy.RateGroup;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A special case's 1:1 minutes per shift: the citizen's current grants in the settlement rate group of 1:1 time
 * (special-case-contracts.yaml: indi-tid, whose members settlement.yaml lists — area fast-vagt), by their shifts and
 * weekly time as the decision states it. One truth: never typed in again for the case.
 */
@Component
class CaseMinutes {

    /** The case's grants on a day: their keys and the minutes per week in each shift. */
    record CaseGrants(List<UUID> grantKeys, ShiftMinutes minutes) {
    }

    private final Decisions decisions;
    private final SettlementPolicies settlement;

    CaseMinutes(Decisions decisions, SettlementPolicies settlement) {
        this.decisions = decisions;
        this.settlement = settlement;
    }

    CaseGrants on(int municipalityId, long citizenId, String rateGroup, LocalDate day) {
        RateGroup group = settlement.forMunicipality(municipalityId).flatMap(p -> p.rateGroups().stream()
                .filter(g -> g.code().equals(rateGroup)).findFirst()).orElseThrow();
        List<Grant> grants = Decisions.currentGrants(decisions.storedForCitizen(municipalityId, citizenId), day).stream()
                .filter(Grant::inTime)
                .filter(g -> group.interventions().contains(g.interventionCode()) || group.areas().contains(g.areaCode()))
                .toList();
        List<UUID> keys = new ArrayList<>();
        ShiftMinutes minutes = ShiftMinutes.NONE;
        for (Grant g : grants) {
            keys.add(g.grantKey());
            minutes = minutes.plus(split(WeeklyTime.of(List.of(g)).totalMinutes(), g.shifts()));
        }
        return new CaseGrants(List.copyOf(keys), minutes);
    }

    /**
     * A grant's weekly minutes shared equally among its shifts (its frequency counts per listed shift); a grant with
     * no shift stated counts as the day shift. A remainder of whole minutes goes to the first shifts.
     */
    static ShiftMinutes split(int weekly, Set<Shift> shifts) {
        Set<Shift> in = shifts == null || shifts.isEmpty() ? EnumSet.of(Shift.DAY) : EnumSet.copyOf(shifts);
        int share = weekly / in.size();
        int rest = weekly % in.size();
        int[] per = new int[3];
        for (Shift s : in) {
            per[s.ordinal()] = share + (rest-- > 0 ? 1 : 0);
        }
        return new ShiftMinutes(per[Shift.DAY.ordinal()], per[Shift.EVENING.ordinal()], per[Shift.NIGHT.ordinal()]);
    }
}
