package dk.omsorg.specialcase;

import dk.omsorg.shared.DomainException.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * Seed 000 "KRITERIER", in the municipality's words: (1) the criteria for an individual package are met, and the need
 * is not caused by respiration monitoring — then the faglig koordinator takes the case; (2) a fixed watch in at
 * least the policy's number of the shifts day, evening and night (night only does not qualify). The refusals quote
 * the criterion, as the quality standard's checks do.
 */
public final class SpecialCaseCriteria {

    private SpecialCaseCriteria() {
    }

    /** Why the case is or is not opened. */
    public sealed interface Result {
    }

    /** All criteria met: the case is opened. */
    public record Qualifies() implements Result {
    }

    /** Respiration monitoring: no special case; the professional coordinator is asked (seed 000 KRITERIER 1). */
    public record ToCoordinator(String criterion) implements Result {
    }

    /** Not met, with the criterion quoted per field. */
    public record Refused(List<Violation> violations) implements Result {
    }

    /** Checks an opening whose fields are complete (setting, need and the answers given). */
    public static Result check(SpecialCasePolicy.Rules rules, SpecialCaseOpening opening) {
        if (Boolean.TRUE.equals(opening.respirationCaused())) {
            return new ToCoordinator(rules.respirationCriterion());
        }
        List<Violation> violations = new ArrayList<>();
        if (!Boolean.TRUE.equals(opening.packageCriteriaMet())) {
            violations.add(new Violation("packageCriteriaMet", "specialCase.criteria.package", rules.packageCriteria()));
        }
        if (opening.shifts().size() < rules.minimumShifts()) {
            violations.add(new Violation("shifts", "specialCase.criteria.shifts", rules.shiftsCriterion()));
        }
        return violations.isEmpty() ? new Qualifies() : new Refused(List.copyOf(violations));
    }
}
