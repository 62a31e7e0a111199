package dk.omsorg.rehabilitation.internal;

import dk.omsorg.decision.GrantInput;
import dk.omsorg.decision.ProviderChoiceRule;
import dk.omsorg.provider.Provider;
import dk.omsorg.provider.ProviderKind;
import dk.omsorg.provider.Providers;
import dk.omsorg.rehabilitation.PlannedVisits;
import dk.omsorg.rehabilitation.RehabilitationPolicies;
import dk.omsorg.rehabilitation.RehabilitationPolicy;
import dk.omsorg.shared.DomainException.Violation;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A § 83 a course's provider must be allowed at the course's package level (seed 004, Esbjerg: "Ved lette pakker ...
 * er det kun kommunale terapeuter, der inddrages ... Private leverandører kan inddrages i moderate og omfattende
 * pakker"). The level comes from the planned visits by the municipality's rehabilitation.yaml on the course's start.
 * Checked when the provider is chosen and when a later change of the course (its frequency) keeps a private provider.
 * Implements the decision module's {@link ProviderChoiceRule}, so the decision check knows nothing of this module.
 */
@Component
class PackageLevelRule implements ProviderChoiceRule {

    private final RehabilitationPolicies policies;
    private final Providers providers;

    PackageLevelRule(RehabilitationPolicies policies, Providers providers) {
        this.policies = policies;
        this.providers = providers;
    }

    @Override
    public List<Violation> check(int municipalityId, long citizenId, List<Choice> choices) {
        List<Violation> violations = new ArrayList<>();
        for (Choice choice : choices) {
            GrantInput input = choice.input();
            if (!choice.rehabilitationCourse() || input == null || input.times() == null || input.per() == null
                    || choice.provider() == null || choice.provider().providerId() == null || choice.start() == null) {
                continue;
            }
            RehabilitationPolicy.Version policy = policies.on(municipalityId, choice.start()).orElse(null);
            if (policy == null) {
                continue;
            }
            Provider provider = providers.get(choice.provider().providerId());
            BigDecimal visits = PlannedVisits.perWeek(input.times(), input.per(), input.every(), input.shifts());
            RehabilitationPolicy.Level level = policy.levelFor(visits);
            if (provider.kind() == ProviderKind.PRIVATE && !level.privateProviders()) {
                violations.add(new Violation(choice.field(), choice.kept() ? "rehabilitation.level.privateKept"
                        : "rehabilitation.level.privateNotAllowed", choice.number(),
                        provider.name(),
                        new org.springframework.context.support.DefaultMessageSourceResolvable("rehabilitation.level." + level.level())));
            }
        }
        return violations;
    }
}
