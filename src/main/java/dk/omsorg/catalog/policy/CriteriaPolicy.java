package dk.omsorg.catalog.policy;

import dk.omsorg.catalog.Criteria;
import dk.omsorg.catalog.CriteriaEvaluation;
import dk.omsorg.catalog.CriterionCheck;
import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.FindingRule;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.PolicyResult;
import dk.omsorg.catalog.Severity;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Does the citizen meet the intervention's allocation criteria (tildelingskriterier)? Read from
 * the citizen's latest FSIII scores; a criterion on a state retired in 2024 reads the successor's
 * score. Not meeting the criteria is a warning, not a refusal: the decision rests on a concrete
 * assessment, which may find a need the scores do not show.
 */
public final class CriteriaPolicy {

    public PolicyResult check(Intervention intervention, Map<UUID, Integer> scores) {
        Criteria criteria = intervention.criteria();
        if (criteria == null) {
            return PolicyResult.allowed();
        }
        CriteriaEvaluation evaluation = criteria.evaluate(scores);
        return switch (evaluation.outcome()) {
            case MET -> PolicyResult.allowed();
            case NOT_SCORED -> new Finding(FindingRule.CRITERIA, Severity.INFO, intervention.code(),
                    intervention.name() + ": tildelingskriterierne er ikke udtrykt i FSIII-scorer. "
                            + "En konkret vurdering skal vise, at de er opfyldt.",
                    quote(criteria));
            case NOT_MET -> notMet(intervention, criteria, evaluation);
        };
    }

    private static Finding notMet(Intervention intervention, Criteria criteria, CriteriaEvaluation evaluation) {
        String unmet = evaluation.checks().stream().filter(c -> !c.met()).map(CriterionCheck::explain)
                .collect(Collectors.joining("; "));
        if (criteria.alternative() != null) {
            return new Finding(FindingRule.CRITERIA, Severity.INFO, intervention.code(),
                    intervention.name() + ": kriterierne i FSIII er ikke opfyldt (" + unmet + "). Indsatsen kan også "
                            + "gives på et andet grundlag, som kræver en konkret vurdering: " + criteria.alternative(),
                    criteria.alternative());
        }
        return new Finding(FindingRule.CRITERIA, Severity.WARNING, intervention.code(),
                intervention.name() + ": tildelingskriterierne er ikke opfyldt: " + unmet
                        + ". En bevilling kræver en konkret begrundelse.",
                quote(criteria));
    }

    private static String quote(Criteria criteria) {
        if (criteria.text() != null) {
            return criteria.text();
        }
        String described = criteria.all().stream().map(c -> c.describe()).collect(Collectors.joining("; "));
        return described.isEmpty() ? criteria.alternative() : described;
    }
}
