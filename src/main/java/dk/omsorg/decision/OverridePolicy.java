package dk.omsorg.decision;

import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.Severity;
import dk.omsorg.shared.DomainException.Violation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * May the decision be saved as checked? A quality standard is a service level, not a law: Danish
 * law requires a concrete, individual assessment, so a caseworker may grant beyond the standard,
 * but must say why.
 * <ul>
 *     <li>an ERROR (unknown intervention, no catalogue in force, a shift the intervention does not
 *     exist in) cannot be overridden: the grant is not what is meant;</li>
 *     <li>every WARNING must be covered by a reason: on its grant, or on the decision as a whole; a
 *     finding about grants together is covered by a reason on any grant of its intervention;</li>
 *     <li>an override must carry a reason;</li>
 *     <li>INFO needs nothing.</li>
 * </ul>
 * Grants carried over unchanged from an earlier version were decided then; their findings stand.
 */
final class OverridePolicy {

    private OverridePolicy() {
    }

    /** Every rule broken, as violations naming the field to correct; empty when the decision may be saved. */
    static List<Violation> check(DecisionCheck check, boolean decisionOverride, String decisionReason) {
        List<Violation> errors = new ArrayList<>();
        List<Violation> reasons = new ArrayList<>();
        if (decisionOverride && decisionReason == null) {
            reasons.add(new Violation("overrideReason", "decision.override.decisionReasonRequired"));
        }
        for (ProposalCheck grant : check.grants()) {
            if (grant.carriedOver()) {
                continue;
            }
            GrantInput input = grant.input();
            if (input.override() && input.overrideReason() == null) {
                reasons.add(new Violation(grant.field("overrideReason"), "decision.override.reasonRequired",
                        grant.number(), grant.interventionName()));
            }
            for (Finding finding : grant.findings()) {
                if (finding.severity() == Severity.ERROR) {
                    errors.add(new Violation(grant.field(errorField(finding)), "decision.grant.error", grant.number(),
                            grant.interventionName(), rule(finding), finding.message()));
                } else if (finding.severity() == Severity.WARNING && input.overrideReason() == null
                        && decisionReason == null) {
                    reasons.add(new Violation(grant.field("overrideReason"), "decision.override.required",
                            grant.number(), grant.interventionName(), rule(finding), finding.message(), quote(finding)));
                }
            }
        }
        for (Finding finding : check.combinationFindings()) {
            Optional<ProposalCheck> first = check.grants().stream()
                    .filter(g -> g.interventionCode().equals(finding.interventionCode())).findFirst();
            String field = first.filter(g -> !g.carriedOver()).map(g -> g.field("overrideReason")).orElse("overrideReason");
            if (finding.severity() == Severity.ERROR) {
                errors.add(new Violation(null, "decision.combination.error", rule(finding), finding.message()));
            } else if (finding.severity() == Severity.WARNING && decisionReason == null
                    && check.grants().stream().noneMatch(g -> g.interventionCode().equals(finding.interventionCode())
                    && reason(g) != null)) {
                Optional<ProposalCheck> named = first.filter(g -> !g.carriedOver());
                reasons.add(named.isPresent()
                        ? new Violation(field, "decision.override.required", named.get().number(),
                        named.get().interventionName(), rule(finding), finding.message(), quote(finding))
                        : new Violation(field, "decision.override.combinationRequired", rule(finding),
                        finding.message(), quote(finding)));
            }
        }
        errors.addAll(reasons);
        return errors;
    }

    private static String reason(ProposalCheck grant) {
        return grant.carriedOver() ? grant.carried().overrideReason() : grant.input().overrideReason();
    }

    private static String errorField(Finding finding) {
        return switch (finding.rule()) {
            case UNKNOWN_INTERVENTION -> "interventionCode";
            case NO_CATALOG, AGE -> "start";
            case SHIFT -> "shifts";
            default -> null;
        };
    }

    /** The rule's Danish name, resolved by the message source when the violation is shown. */
    static DefaultMessageSourceResolvable rule(Finding finding) {
        return new DefaultMessageSourceResolvable(new String[]{"decision.rule." + finding.rule().name()},
                finding.rule().name());
    }

    private static String quote(Finding finding) {
        return finding.quote() == null ? "" : " Kvalitetsstandarden: »" + finding.quote().strip() + "«";
    }
}
