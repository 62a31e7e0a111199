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
 *   <li>Special 1:1 case (særlig borgersag, seed 000 "Særlige borgere"): a grant of the 1:1 intervention, Greve's
 *   "fast vagt" (catalog-2022.yaml area 5; the same code follow-up.yaml's special-case rule names). Until the special
 *   case workflow of a later issue records the case itself, the grant is how the data expresses it.</li>
 * </ul>
 */
public final class GrantWarnings {

    /** Serviceloven's paragraphs of care for the dying at home (plejevederlag). */
    private static final List<String> TERMINAL_CARE_PARAGRAPHS = List.of("§ 119", "§ 120");
    /** The 1:1 intervention's code in the catalogues that have one (Greve, and Esbjerg by adoption). */
    private static final String ONE_TO_ONE = "fast-vagt";

    public enum Warning { TERMINAL_CARE, SPECIAL_CASE }

    private GrantWarnings() {
    }

    /** The warnings of the grants in force on {@code day} (a grant yet to start warns from its start). */
    public static Set<Warning> of(List<Grant> grants, LocalDate day) {
        Set<Warning> warnings = EnumSet.noneOf(Warning.class);
        for (Grant g : grants) {
            if (g.start().isAfter(day) || !g.notEndedOn(day)) {
                continue;
            }
            if (g.legalBasis() != null && g.legalBasis().startsWith("SEL ")
                    && TERMINAL_CARE_PARAGRAPHS.stream().anyMatch(p -> g.legalBasis().contains(p))) {
                warnings.add(Warning.TERMINAL_CARE);
            }
            if (ONE_TO_ONE.equals(g.interventionCode())) {
                warnings.add(Warning.SPECIAL_CASE);
            }
        }
        return warnings;
    }
}
