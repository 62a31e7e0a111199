package dk.omsorg.decision;

import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of a change to a decision that need no catalogue: which grants a change proposes, what a minor adjustment
 * may change, goals for a course, and the day a changed grant takes effect (seed 002: back-dated, never before the
 * start or the previous change).
 */
final class ChangeRules {

    private ChangeRules() {
    }

    /**
     * The proposals of a change: the current grants in order, each replaced by its changed version
     * when the input names it, then the new grants.
     */
    static List<Proposal> proposals(Decision current, List<GrantInput> inputs, boolean strict) {
        List<Violation> violations = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < (inputs == null ? 0 : inputs.size()); i++) {
            GrantInput in = inputs.get(i);
            if (in != null && in.grantKey() != null && (current.grant(in.grantKey()).isEmpty() || !seen.add(in.grantKey()))) {
                violations.add(new Violation("grants[" + i + "].grantKey", "decision.change.unknownGrant", i + 1));
            }
        }
        if (!violations.isEmpty() && strict) {
            throw new InvalidInputException(violations);
        }
        List<Proposal> proposals = new ArrayList<>();
        for (Grant grant : current.grants()) {
            int index = indexOf(inputs, grant.grantKey());
            // a grant sent back exactly as it was is not changed: it keeps its version
            boolean unchanged = index < 0 || (grant.sameAs(inputs.get(index))
                    && Objects.equals(grant.overrideReason(), inputs.get(index).overrideReason()));
            proposals.add(unchanged ? new Proposal(null, grant.asInput(), grant) : new Proposal(index, inputs.get(index), null));
        }
        for (int i = 0; i < (inputs == null ? 0 : inputs.size()); i++) {
            GrantInput in = inputs.get(i);
            if (in == null || in.grantKey() == null || current.grant(in.grantKey()).isEmpty()) {
                proposals.add(new Proposal(i, in, null));
            }
        }
        return proposals;
    }

    static int indexOf(List<GrantInput> inputs, UUID key) {
        for (int i = 0; inputs != null && i < inputs.size(); i++) {
            if (inputs.get(i) != null && key.equals(inputs.get(i).grantKey())) {
                return i;
            }
        }
        return -1;
    }

    /** Seed 003: minor adjustments within a grant already granted, without a new letter. */
    static void minorAdjustmentRules(Decision current, List<GrantInput> inputs, List<Violation> violations) {
        boolean changed = false;
        for (int i = 0; i < inputs.size(); i++) {
            GrantInput in = inputs.get(i);
            if (in == null) {
                continue;
            }
            Grant existing = in.grantKey() == null ? null : current.grant(in.grantKey()).orElse(null);
            if (existing == null) {
                violations.add(new Violation("grants[" + i + "].grantKey", "decision.minor.existingOnly", i + 1));
            } else if (!existing.differsOnlyInMinutesOrFrequency(in)) {
                violations.add(new Violation("grants[" + i + "]", "decision.minor.onlyMinutesOrFrequency", i + 1,
                        existing.interventionName()));
            } else if (!existing.sameAs(in)) {
                changed = true;
            }
        }
        if (violations.isEmpty() && !changed) {
            violations.add(new Violation("grants", "decision.change.nothing"));
        }
    }

    /** A § 83 a course has goals (seed 003: "Der bliver fastsat individuelle mål og tidsramme for forløbet"). */
    static void requireGoalsForCourses(DecisionCheck check, List<Violation> violations) {
        check.grants().stream().filter(g -> !g.carriedOver() && g.course() != null && g.input().goals() == null)
                .forEach(g -> violations.add(new Violation(g.field("goals"), "decision.grant.goalsRequired",
                        g.number(), g.interventionName())));
    }

    /** When a changed grant takes effect: the caseworker's date, else the decision date or the start if later. */
    static LocalDate effectiveFrom(GrantInput in, LocalDate today) {
        if (in.effectiveFrom() != null) {
            return in.effectiveFrom();
        }
        return in.start() != null && in.start().isAfter(today) ? in.start() : today;
    }

    /**
     * A changed grant takes effect on or after its start and not before the previous change took effect; earlier
     * than today is a back-dated change (seed 002: "med tilbagevirkende kraft").
     */
    static List<Violation> effectiveDateRules(DecisionCheck check, Decision current, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        for (ProposalCheck g : check.grants()) {
            GrantInput in = g.input();
            if (g.carriedOver() || in.grantKey() == null || in.effectiveFrom() == null) {
                continue;
            }
            Grant previous = current.grant(in.grantKey()).orElseThrow();
            if (in.start() != null && in.effectiveFrom().isBefore(in.start())) {
                violations.add(new Violation(g.field("effectiveFrom"), "decision.grant.effectiveFrom.beforeStart",
                        g.number(), in.effectiveFrom(), in.start()));
            } else if (in.effectiveFrom().isBefore(previous.effectiveFrom())) {
                violations.add(new Violation(g.field("effectiveFrom"), "decision.grant.effectiveFrom.beforePrevious",
                        g.number(), in.effectiveFrom(), previous.effectiveFrom()));
            }
        }
        return violations;
    }
}
