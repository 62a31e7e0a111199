package dk.omsorg.klgateway.internal;

import dk.omsorg.catalog.Catalogs;
import dk.omsorg.catalog.Criterion;
import dk.omsorg.catalog.FsiiiRef;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The functional-ability states a catalogue intervention addresses: those its allocation criteria are scored on (a
 * retired state read on its successor). The planned and completed interventions give the conditions of these states
 * as their reason, as KL Gateway asks ("all conditions known to be addressed by this intervention").
 */
@Component
class AddressedStates {

    private final Catalogs catalogs;

    AddressedStates(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    Set<UUID> of(int municipalityId, LocalDate catalogValidFrom, String interventionCode) {
        Set<UUID> states = new LinkedHashSet<>();
        catalogs.versions(municipalityId).stream().filter(c -> c.validFrom().equals(catalogValidFrom)).findFirst()
                .flatMap(c -> catalogs.intervention(c, interventionCode))
                .filter(i -> i.criteria() != null)
                .ifPresent(i -> i.criteria().all().stream().map(Criterion::states).flatMap(java.util.List::stream)
                        .map(FsiiiRef::scoredOn).filter(Objects::nonNull).map(FsiiiRef::uuid).forEach(states::add));
        return Set.copyOf(states);
    }
}
