package dk.omsorg.decision;

import dk.omsorg.provider.Provider;
import dk.omsorg.provider.Providers;
import dk.omsorg.shared.DomainException.Violation;

import java.util.List;
import java.util.Optional;

/**
 * A place grant (§§ 103, 104, 107, 108) names its offer among the municipality's providers (seed 001: "lokale tilbud
 * frem for eksterne"; Ikast-Brande's offers are providers), so the letter and the citizen's pages name the provider.
 * The place is then the provider's name as it is when decided. Free text stays for an offer that is no provider of
 * the municipality (a regional or another municipality's offer); a provider and another text is refused.
 */
final class PlaceOffers {

    private final Providers providers;

    PlaceOffers(Providers providers) {
        this.providers = providers;
    }

    /** The proposals with each chosen provider's name as the place; problems go to {@code violations} by field. */
    List<Proposal> resolve(int municipalityId, List<Proposal> proposals, List<Violation> violations) {
        if (proposals.stream().noneMatch(PlaceOffers::namesProvider)) {
            return proposals;
        }
        List<Provider> offered = providers.inMunicipality(municipalityId);
        return proposals.stream().map(p -> {
            if (!namesProvider(p)) {
                return p;
            }
            MeasureInput m = p.input().measure();
            String at = "grants[" + p.inputIndex() + "]";
            int number = p.inputIndex() + 1;
            Optional<Provider> provider = offered.stream().filter(o -> o.id() == m.placeProviderId()).findFirst();
            if (provider.isEmpty()) {
                violations.add(new Violation(at + ".placeProviderId", "decision.grant.place.unknownProvider", number));
                return p;
            }
            String name = provider.get().name();
            if (m.place() != null && !m.place().equals(name)) {
                violations.add(new Violation(at + ".place", "decision.grant.place.providerAndText", number, name));
                return p;
            }
            return new Proposal(p.inputIndex(), p.input().withMeasure(m.withPlace(name)), null);
        }).toList();
    }

    private static boolean namesProvider(Proposal p) {
        return p.carried() == null && p.input() != null && p.input().measure() != null
                && p.input().measure().placeProviderId() != null;
    }
}
