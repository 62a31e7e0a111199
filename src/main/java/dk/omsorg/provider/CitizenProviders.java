package dk.omsorg.provider;

import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.citizen.District;
import dk.omsorg.provider.internal.ProviderTables;
import dk.omsorg.security.RequireCitizenAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who delivers what to a citizen, and who coordinates. Seed 002: "Når der er flere leverandører i borgerens
 * hjem, er det den leverandør, der har leverancen af de personlige opgaver og/eller Sygepleje/træning, der er
 * ansvarlig for koordineringen af den samlede indsats i borgerens hjem … Hvis der er tvivl, aftales i den
 * konkrete sag, hvem der har koordineringsansvaret."
 */
@Service
public class CitizenProviders {

    private final ProviderTables tables;
    private final Providers providers;
    private final Citizens citizens;
    private final AuditLog audit;
    private final Clock clock;

    CitizenProviders(ProviderTables tables, Providers providers, Citizens citizens, AuditLog audit, Clock clock) {
        this.tables = tables;
        this.providers = providers;
        this.citizens = citizens;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One provider serving the citizen.
     *
     * @param coordinating the provider coordinates the help in the home (seed 002)
     * @param grants       the interventions it delivers today (or from their start)
     */
    public record Serving(Provider provider, boolean coordinating, boolean personalCare, List<String> grants) {
    }

    /**
     * @param grants       the current grants, each with its provider today and any scheduled switch
     * @param serving      the providers delivering today (or from a grant's start), coordinating first
     * @param coordination why the coordinating provider is the one, or that it must be agreed in the case
     * @param switches     the switches made, newest first
     */
    public record Overview(long citizenId, District district, List<DeliveredGrant> grants, Map<Long, Provider> byId,
                           List<Serving> serving, Coordination coordination, List<ProviderSwitch> switches,
                           SwitchRule switchRule, LocalDate earliestSwitch) {

        public Provider provider(Long id) {
            return id == null ? null : byId.get(id);
        }
    }

    /** How the coordinating provider was found. */
    public enum Coordination { NONE, ONLY_PROVIDER, PERSONAL_CARE, UNCLEAR }

    @RequireCitizenAccess
    @Transactional
    public Overview overview(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        audit.read(citizenId, "citizen-providers", citizenId);
        LocalDate today = LocalDate.now(clock);
        List<DeliveredGrant> grants = new ArrayList<>();
        for (DeliveredGrant g : tables.grantsOf(citizen.municipalityId(), citizenId, today)) {
            // a grant that starts later is shown with the provider that will start it
            grants.add(g.start().isAfter(today) && g.providerId() == null
                    ? g.with(providers.deliveringGrant(g.grantKey(), g.start()).map(Provider::id).orElse(null),
                    g.nextProviderId(), g.nextProviderFrom()) : g);
        }
        Map<Long, Provider> byId = new LinkedHashMap<>();
        grants.forEach(g -> {
            if (g.providerId() != null) {
                byId.computeIfAbsent(g.providerId(), providers::get);
            }
            if (g.nextProviderId() != null) {
                byId.computeIfAbsent(g.nextProviderId(), providers::get);
            }
        });
        ProviderSettings settings = tables.settings(citizen.municipalityId()).orElse(null);
        Set<String> personalCareAreas = settings == null ? Set.of() : Set.copyOf(settings.personalCareAreas());
        Map<Long, List<DeliveredGrant>> byProvider = grants.stream().filter(g -> g.providerId() != null)
                .collect(Collectors.groupingBy(DeliveredGrant::providerId, LinkedHashMap::new, Collectors.toList()));
        Set<Long> personalCare = byProvider.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(g -> personalCareAreas.contains(g.areaCode())))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Coordination coordination;
        Long coordinator = null;
        if (byProvider.isEmpty()) {
            coordination = Coordination.NONE;
        } else if (byProvider.size() == 1) {
            coordination = Coordination.ONLY_PROVIDER;
            coordinator = byProvider.keySet().iterator().next();
        } else if (personalCare.size() == 1) {
            coordination = Coordination.PERSONAL_CARE;
            coordinator = personalCare.iterator().next();
        } else {
            coordination = Coordination.UNCLEAR;
        }
        List<Serving> serving = new ArrayList<>();
        for (var e : byProvider.entrySet()) {
            serving.add(new Serving(byId.get(e.getKey()), e.getKey().equals(coordinator), personalCare.contains(e.getKey()),
                    e.getValue().stream().map(DeliveredGrant::interventionName).toList()));
        }
        serving.sort((a, b) -> Boolean.compare(b.coordinating(), a.coordinating()));
        Map<java.util.UUID, String> names = new java.util.HashMap<>();
        grants.forEach(g -> names.put(g.grantKey(), g.interventionName()));
        List<ProviderSwitch> switches = tables.switchesOf(citizen.municipalityId(), citizenId).stream()
                .map(s -> new ProviderSwitch(s.grantKey(), names.getOrDefault(s.grantKey(), ""), s.oldProviderId(),
                        s.oldProviderId() == null ? null : providers.get(s.oldProviderId()).name(), s.newProviderId(),
                        providers.get(s.newProviderId()).name(), s.cause(), s.requestedOn(), s.effectiveFrom(), s.note()))
                .toList();
        District district = citizens.district(citizen.municipalityId(), citizen.district()).orElse(null);
        return new Overview(citizenId, district, grants, byId, serving, coordination, switches,
                settings == null ? null : settings.switchRule(),
                settings == null ? null : settings.switchRule().earliestEffective(today));
    }
}
