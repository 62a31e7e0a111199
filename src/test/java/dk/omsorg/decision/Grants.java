package dk.omsorg.decision;

import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FrequencyUnit;
import dk.omsorg.catalog.Shift;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Grants and decisions for the unit tests, without Spring. */
final class Grants {

    static final LocalDate START = LocalDate.of(2025, 3, 3);

    private Grants() {
    }

    static Grant grant(String code, int times, FrequencyUnit per, Set<Shift> shifts, int minutes) {
        return grant(UUID.randomUUID(), 1, code, times, per, shifts, minutes, null, List.of());
    }

    static Grant grant(UUID key, int versionNo, String code, int times, FrequencyUnit per, Set<Shift> shifts, int minutes,
                       String overrideReason, List<Finding> findings) {
        return new Grant(null, key, versionNo, false, "Kvalitetsstandarder 2022", LocalDate.of(2022, 1, 1),
                "personlig-pleje", "Personlig hjælp og pleje", code, code.toUpperCase(), "SEL § 83 stk. 1 nr. 1", true,
                times, per, shifts, minutes, START, null, null, null,
                Grant.weeklyMinutes(times, per, 1, shifts, minutes), null, CriteriaOutcome.NONE, null, null, overrideReason,
                findings);
    }

    static Decision stored(long id, Grant... grants) {
        return new Decision(id, 253, 7L, null, id, 1, null, null, DecisionStatus.CURRENT, START, "Hjælp", null, null,
                false, List.of(grants), List.of(), List.of(), null, "visitator", null, "visitator", 0, "abc");
    }
}
