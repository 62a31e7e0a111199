package dk.omsorg.decision;

import dk.omsorg.citizen.Citizen;
import dk.omsorg.provider.ChoosingProvider;
import dk.omsorg.provider.ProviderAssigned;
import dk.omsorg.provider.ProviderChoice;
import dk.omsorg.shared.DomainException.Violation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The provider side of making a decision: which provider choice a grant keeps or gets, the provider module's rules
 * and other modules' {@link ProviderChoiceRule}s for the choices made now, and {@link ProviderAssigned} for grants
 * that got their provider in a version. Split from {@link Decisions} to keep that file readable.
 */
final class DecisionProviders {

    private final ChoosingProvider choosingProvider;
    private final ObjectProvider<ProviderChoiceRule> providerChoiceRules;
    private final ApplicationEventPublisher events;

    DecisionProviders(ChoosingProvider choosingProvider, ObjectProvider<ProviderChoiceRule> providerChoiceRules,
                      ApplicationEventPublisher events) {
        this.choosingProvider = choosingProvider;
        this.providerChoiceRules = providerChoiceRules;
        this.events = events;
    }

    /**
     * The provider choice a grant keeps or gets: a grant that already has a provider keeps it (a change of
     * provider is a switch, with the municipality's notice); otherwise the caseworker's choice.
     */
    static ProviderChoice choice(ProposalCheck g, Decision current) {
        if (g.carriedOver()) {
            return g.carried().provider();
        }
        Grant existing = current == null || g.input().grantKey() == null ? null
                : current.grant(g.input().grantKey()).orElse(null);
        return existing != null && existing.provider() != null ? existing.provider() : g.input().provider();
    }

    /**
     * The provider rules (provider module) for the grants that get a provider choice now; the other modules' rules for
     * those and for the grants changed now that keep their provider.
     */
    List<Violation> rules(Citizen citizen, DecisionCheck check, Decision current) {
        List<ChoosingProvider.ChoiceToCheck> choices = check.grants().stream()
                .filter(g -> !g.carriedOver() && g.inputIndex() != null && g.input().provider() != null
                        && choice(g, current) == g.input().provider())
                .map(g -> new ChoosingProvider.ChoiceToCheck("grants[" + g.inputIndex() + "].provider", g.inputIndex() + 1,
                        g.interventionName(), g.area(), g.legalBasis(), g.input().start(), g.input().provider(),
                        g.input().grantKey()))
                .toList();
        List<Violation> violations = new ArrayList<>(choosingProvider.check(citizen, choices, Set.of()));
        List<ProviderChoiceRule.Choice> ruled = choices.stream().map(c -> {
            ProposalCheck g = check.grants().stream().filter(p -> p.inputIndex() != null && p.inputIndex() + 1 == c.number())
                    .findFirst().orElse(null);
            return new ProviderChoiceRule.Choice(c.field(), c.number(), g == null ? null : g.interventionCode(),
                    c.interventionName(), c.start(), c.choice(), g == null ? null : g.input(), g != null && g.course() != null,
                    false);
        }).toList();
        List<ProviderChoiceRule.Choice> kept = check.grants().stream()
                .filter(g -> !g.carriedOver() && g.inputIndex() != null && choice(g, current) != null
                        && choice(g, current) != g.input().provider())
                .map(g -> new ProviderChoiceRule.Choice("grants[" + g.inputIndex() + "].times", g.inputIndex() + 1,
                        g.interventionCode(), g.interventionName(), g.input().start(), choice(g, current), g.input(),
                        g.course() != null, true))
                .toList();
        List<ProviderChoiceRule.Choice> all = new ArrayList<>(ruled);
        all.addAll(kept);
        providerChoiceRules.orderedStream()
                .forEach(rule -> violations.addAll(rule.check(citizen.municipalityId(), citizen.id(), all)));
        return violations;
    }

    /** ProviderAssigned for each grant that got its provider in this version, in the decision's transaction. */
    void publishAssignments(Decision saved, Decision previous) {
        for (Grant g : saved.grants()) {
            if (g.provider() == null || g.provider().providerId() == null) {
                continue;
            }
            Grant before = previous == null ? null : previous.grant(g.grantKey()).orElse(null);
            if (before == null || before.provider() == null || before.provider().providerId() == null) {
                events.publishEvent(new ProviderAssigned(saved.municipalityId(), saved.citizenId(), saved.id(),
                        g.grantKey(), g.provider().providerId(), g.start(), g.provider().kind()));
            }
        }
    }
}
