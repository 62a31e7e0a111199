package dk.omsorg.provider;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.citizen.District;
import dk.omsorg.provider.internal.ProviderTables;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Transfer to another district (seed 002: "Ved overflytning til andet distrikt foretages ikke en revisitation,
 * men sagen overføres med alle sagsakter til det nye distrikt"). The grants stay as decided; a grant whose
 * provider is not approved in the new district gets a new provider, chosen by the caseworker, at once (a
 * switch effective today, announced with {@link ProviderSwitchScheduled}).
 */
@Service
public class TransferringDistrict {

    static final String DISTRICT_TRANSFER = "DISTRICT_TRANSFER";

    private final ProviderTables tables;
    private final Providers providers;
    private final Citizens citizens;
    private final SwitchingProvider switching;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    TransferringDistrict(ProviderTables tables, Providers providers, Citizens citizens, SwitchingProvider switching,
                         CurrentUsers users, AuditLog audit, Clock clock) {
        this.tables = tables;
        this.providers = providers;
        this.citizens = citizens;
        this.switching = switching;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A grant whose provider may not deliver in the new district.
     *
     * @param options the providers approved for the grant's area in the new district today
     */
    public record NeedsNewProvider(DeliveredGrant grant, Provider current, String why, List<Provider> options) {
    }

    /** The grants that need a new provider if the citizen moves to {@code districtCode} today. */
    @RequireCitizenAccess
    @Transactional(readOnly = true)
    public List<NeedsNewProvider> consequences(long citizenId, String districtCode) {
        Citizen citizen = citizens.accessible(citizenId);
        District to = citizens.district(citizen.municipalityId(), districtCode)
                .orElseThrow(() -> new InvalidInputException("district", "citizen.district.unknown", districtCode));
        return consequences(citizen, to, LocalDate.now(clock));
    }

    private List<NeedsNewProvider> consequences(Citizen citizen, District to, LocalDate today) {
        List<NeedsNewProvider> needs = new ArrayList<>();
        for (DeliveredGrant g : tables.grantsOf(citizen.municipalityId(), citizen.id(), today)) {
            LocalDate on = g.start().isAfter(today) ? g.start() : today;
            Provider current = providers.deliveringGrant(g.grantKey(), on).orElse(null);
            if (current == null) {
                continue;
            }
            ApprovalPolicy.Result approval = switching.approval(citizen, current, g, to, on);
            if (approval instanceof ApprovalPolicy.Rejected r) {
                List<Provider> options = tables.approved(citizen.municipalityId(), g.areaCode(), to.code(), on).stream()
                        .filter(p -> switching.approval(citizen, p, g, to, on).allowed()).toList();
                needs.add(new NeedsNewProvider(g, current, r.messageKey(), options));
            }
        }
        return needs;
    }

    /**
     * Moves the citizen to another district today.
     *
     * @param newProviders the new provider for each grant that needs one (by grant key)
     * @return the switches made
     * @throws InvalidInputException (nothing stored) for an unknown or the same district, or a grant that needs a
     *                               new provider without one, or with one that is not approved there
     */
    @RequireCaseworker
    @Transactional
    public List<ProviderSwitch> transfer(long citizenId, String districtCode, Map<UUID, Long> newProviders) {
        Citizen citizen = citizens.accessible(citizenId);
        LocalDate today = LocalDate.now(clock);
        if (districtCode == null || districtCode.isBlank()) {
            throw new InvalidInputException("district", "provider.transfer.districtRequired");
        }
        District to = citizens.district(citizen.municipalityId(), districtCode.strip())
                .orElseThrow(() -> new InvalidInputException("district", "citizen.district.unknown", districtCode));
        if (to.code().equals(citizen.district())) {
            throw new InvalidInputException("district", "provider.transfer.sameDistrict", to.name());
        }
        Map<UUID, Long> chosen = newProviders == null ? Map.of() : newProviders;
        List<Violation> violations = new ArrayList<>();
        List<SwitchingProvider.Planned> planned = new ArrayList<>();
        Map<SwitchingProvider.Planned, Provider> targets = new java.util.LinkedHashMap<>();
        for (NeedsNewProvider need : consequences(citizen, to, today)) {
            DeliveredGrant g = need.grant();
            String field = "newProviders[" + g.grantKey() + "]";
            Long id = chosen.get(g.grantKey());
            if (id == null) {
                violations.add(new Violation(field, "provider.transfer.providerRequired", g.interventionName(),
                        need.current().name(), to.name()));
                continue;
            }
            Provider next = tables.find(id).filter(p -> p.municipalityId() == citizen.municipalityId() && tables.listed(p.id()))
                    .orElse(null);
            if (next == null) {
                violations.add(new Violation(field, "provider.switch.unknownProvider", id));
                continue;
            }
            LocalDate on = g.start().isAfter(today) ? g.start() : today;
            if (!switching.approval(citizen, next, g, to, on).allowed()) {
                violations.add(new Violation(field, "provider.transfer.notApproved", g.interventionName(), next.name(), to.name()));
                continue;
            }
            SwitchingProvider.Planned p = new SwitchingProvider.Planned(g, need.current().id(), on, DISTRICT_TRANSFER);
            planned.add(p);
            targets.put(p, next);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String from = citizen.district();
        citizens.moveToDistrict(citizenId, to.code());
        tables.insertTransfer(citizen.municipalityId(), citizenId, from, to.code(), today, users.current().username(),
                Instant.now(clock));
        audit.changed(AuditAction.UPDATE, citizenId, "district-transfer", to.code(),
                "overflyttet til distrikt " + to.name() + " (ingen revisitation)");
        List<ProviderSwitch> switches = new ArrayList<>();
        targets.forEach((p, next) -> switches.addAll(switching.record(citizen, List.of(p), next, today,
                "Overflytning til distrikt " + to.name())));
        return switches;
    }
}
