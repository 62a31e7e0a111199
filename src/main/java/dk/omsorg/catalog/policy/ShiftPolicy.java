package dk.omsorg.catalog.policy;

import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.PolicyResult;
import dk.omsorg.catalog.ProposedGrant;
import dk.omsorg.catalog.Severity;
import dk.omsorg.catalog.Shift;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Is the intervention offered in the proposed shifts? Catalogues split help by shift (Greve has
 * separate evening and night interventions, with their own rates), so a grant in a shift the
 * intervention does not exist in is an error: another intervention is meant.
 */
public final class ShiftPolicy {

    public PolicyResult check(Intervention intervention, ProposedGrant grant) {
        Set<Shift> allowed = intervention.allowedShifts();
        Set<Shift> outside = grant.shifts().isEmpty() ? Set.of()
                : grant.shifts().stream().filter(s -> !allowed.contains(s))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Shift.class)));
        if (outside.isEmpty()) {
            return PolicyResult.allowed();
        }
        return new Finding(FindingRule.SHIFT, Severity.ERROR, intervention.code(),
                intervention.name() + " kan kun bevilges i " + names(allowed) + ", ikke i " + names(outside) + ".",
                null);
    }

    private static String names(Set<Shift> shifts) {
        return EnumSet.copyOf(shifts).stream().map(Shift::danish).collect(Collectors.joining(" og "));
    }
}
