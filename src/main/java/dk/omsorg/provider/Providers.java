package dk.omsorg.provider;

import dk.omsorg.provider.internal.ProviderTables;
import dk.omsorg.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reading providers and who delivers what, for this and other modules (notices, settlement). No access
 * rules here: callers decide what their user may see.
 */
@Service
@Transactional(readOnly = true)
public class Providers {

    private final ProviderTables tables;

    Providers(ProviderTables tables) {
        this.tables = tables;
    }

    /** @throws NotFoundException when there is no such provider */
    public Provider get(long providerId) {
        return tables.find(providerId).orElseThrow(() -> new NotFoundException("provider.notFound", providerId));
    }

    /** The municipality's providers (those in its current policy file), municipal first, then by name. */
    public List<Provider> inMunicipality(int municipalityId) {
        return tables.inMunicipality(municipalityId);
    }

    /**
     * The provider delivering this grant (by decision grant key) on that day, after choices and switches:
     * the provider chosen when the grant was decided (also before the grant starts: it prepares the start)
     * until the first switch's effective day, then the switch's new provider. Empty when the grant has no
     * provider (a free-choice voucher not yet used, help not delivered by a provider), has ended before
     * that day, or is not part of a current decision version.
     */
    public Optional<Provider> deliveringGrant(UUID grantKey, LocalDate on) {
        return tables.deliveringGrant(grantKey, on).map(this::get);
    }

    /** Who delivers each grant on each day asked, in one query; pairs without a provider are left out. */
    public Map<GrantDay, Long> deliveringGrants(Collection<GrantDay> asked) {
        List<GrantDay> list = List.copyOf(asked);
        if (list.isEmpty()) {
            return Map.of();
        }
        Map<GrantDay, Long> result = new HashMap<>();
        for (Object[] row : tables.deliveringGrants(list.stream().map(GrantDay::grantKey).toArray(UUID[]::new),
                list.stream().map(GrantDay::day).toArray(LocalDate[]::new))) {
            result.put(new GrantDay((UUID) row[0], (LocalDate) row[1]), (Long) row[2]);
        }
        return result;
    }

    /** A grant on a day. */
    public record GrantDay(UUID grantKey, LocalDate day) {
    }

    /**
     * Citizens with an active grant delivered by the provider, or one that ended within
     * {@code recentlyEnded} before {@code on}. Active includes grants that start later and grants the
     * provider takes over by a scheduled switch; a grant the provider handed over by a switch counts as
     * ended the day before the switch took effect.
     */
    public Set<Long> citizensServedBy(long providerId, LocalDate on, Period recentlyEnded) {
        return tables.citizensServedBy(providerId, on, recentlyEnded);
    }
}
