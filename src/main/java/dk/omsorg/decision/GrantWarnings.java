package dk.omsorg.decision;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the citizen's grants in force say that changes how one acts with the citizen (the overview's warnings,
 * issue 15).
 * <ul>
 *   <li>Terminal care: a grant under serviceloven § 119 or § 120 (plejevederlag, pleje af døende i eget hjem —
 *   Greve's quality standard, seed 003, area 16, granted on a "terminalerklæring"). The law, not a municipality's
 *   choice, so it is stated here and not in a policy file; a catalogue without such an area never shows it.</li>
 *   <li>Special 1:1 case (særlig borgersag, seed 000 "Særlige borgere"): the citizen has an open special case — the
 *   case itself, recorded by the special-case module ({@link SpecialCaseLookup}), not a grant's intervention code.</li>
 * </ul>
 */
public final class GrantWarnings {

    /** Serviceloven's paragraphs of care for the dying at home (plejevederlag). */
    private static final List<String> TERMINAL_CARE_PARAGRAPHS = List.of("§ 119", "§ 120");

    public enum Warning { TERMINAL_CARE, SPECIAL_CASE }

    private GrantWarnings() {
    }

    /**
     * The warnings of the grants in force on {@code day} (a grant yet to start warns from its start) and of an open
     * special case.
     */
    public static Set<Warning> of(List<Grant> grants, LocalDate day, boolean openSpecialCase) {
        Set<Warning> warnings = EnumSet.noneOf(Warning.class);
        for (Grant g : grants) {
            if (g.start().isAfter(day) || !g.notEndedOn(day)) {
                continue;
            }
            if (g.legalBasis() != null && g.legalBasis().startsWith("SEL ")
                    && TERMINAL_CARE_PARAGRAPHS.stream().anyMatch(p -> g.legalBasis().contains(p))) {
                warnings.add(Warning.TERMINAL_CARE);
            }
        }
        if (openSpecialCase) {
            warnings.add(Warning.SPECIAL_CASE);
        }
        return warnings;
    }
}
