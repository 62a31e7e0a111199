package dk.omsorg.provider;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.catalog.Area;
import dk.omsorg.catalog.Catalogs;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.citizen.District;
import dk.omsorg.provider.internal.ProviderTables;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Switching provider (skift af leverandør): the citizen asks the authority (seed 003: "borgeren kontakter
 * visitationen"), which ends the cooperation with the current provider and hands the grant to the new one
 * (seed 002) from the day the municipality's notice allows ({@link SwitchRule}); until then the old provider
 * delivers. A nurse's delegation of a task to another provider's staff is not a switch (seed 002) and is not
 * recorded here. Every switch is audited and announced with {@link ProviderSwitchScheduled} in its transaction.
 */
@Service
public class SwitchingProvider {

    static final String CITIZEN_REQUEST = "CITIZEN_REQUEST";
    static final String VOUCHER_PROVIDER_FOUND = "VOUCHER_PROVIDER_FOUND";

    private final ProviderTables tables;
    private final Providers providers;
    private final Citizens citizens;
    private final Catalogs catalogs;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SwitchingProvider(ProviderTables tables, Providers providers, Citizens citizens, Catalogs catalogs,
                      CurrentUsers users, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.tables = tables;
        this.providers = providers;
        this.citizens = citizens;
        this.catalogs = catalogs;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A citizen's request to switch provider for some of their grants.
     *
     * @param grantKeys     the grants to switch (decision grant keys)
     * @param effectiveFrom the day the citizen wishes; null for the first day the municipality's rule allows
     * @param note          what the citizen said, for the case (optional)
     */
    public record SwitchRequest(List<UUID> grantKeys, Long newProviderId, LocalDate effectiveFrom, String note) {

        public SwitchRequest {
            grantKeys = grantKeys == null ? List.of() : List.copyOf(new LinkedHashSet<>(grantKeys.stream()
                    .filter(java.util.Objects::nonNull).toList()));
            note = note == null || note.isBlank() ? null : note.strip();
        }
    }

    /**
     * Schedules the switch. Refused (nothing stored) when no grant or provider is given, a grant is not the
     * citizen's current grant, the new provider is the one delivering on the switch day, the wished day is
     * in the past or earlier than the municipality's rule allows (or not the 1st where the rule says so), the
     * new provider is not approved for the grant's area in the citizen's district on the switch day, another
     * switch of the grant is already scheduled on or after it, or — where the municipality forbids it — the
     * switch would leave § 83 and § 83 a help with different providers. A voucher grant without a provider
     * gets the provider the citizen found, from the wished day or today.
     */
    @RequireCaseworker
    @Transactional
    public List<ProviderSwitch> request(long citizenId, SwitchRequest request) {
        Citizen citizen = citizens.accessible(citizenId);
        LocalDate today = LocalDate.now(clock);
        ProviderSettings settings = tables.settings(citizen.municipalityId())
                .orElseThrow(() -> new InvalidInputException("newProviderId", "provider.switch.noProviders"));
        List<Violation> violations = new ArrayList<>();
        if (request.grantKeys().isEmpty()) {
            violations.add(new Violation("grantKeys", "provider.switch.grantsRequired"));
        }
        Provider next = null;
        if (request.newProviderId() == null) {
            violations.add(new Violation("newProviderId", "provider.switch.providerRequired"));
        } else {
            next = tables.find(request.newProviderId()).filter(p -> p.municipalityId() == citizen.municipalityId()
                    && tables.listed(p.id())).orElse(null);
            if (next == null) {
                violations.add(new Violation("newProviderId", "provider.switch.unknownProvider", request.newProviderId()));
            }
        }
        LocalDate earliest = settings.switchRule().earliestEffective(today);
        LocalDate effective = request.effectiveFrom() == null ? earliest : request.effectiveFrom();
        if (effective.isBefore(today)) {
            violations.add(new Violation("effectiveFrom", "provider.switch.pastDate", effective));
        }
        District district = tables.districtOf(citizenId).orElse(null);
        if (district == null) {
            violations.add(new Violation("grantKeys", "provider.switch.districtRequired"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Map<UUID, DeliveredGrant> grants = new LinkedHashMap<>();
        tables.grantsOf(citizen.municipalityId(), citizenId, today).forEach(g -> grants.put(g.grantKey(), g));
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < request.grantKeys().size(); i++) {
            UUID key = request.grantKeys().get(i);
            String field = "grantKeys[" + i + "]";
            DeliveredGrant grant = grants.get(key);
            if (grant == null) {
                violations.add(new Violation(field, "provider.switch.unknownGrant", key));
                continue;
            }
            boolean voucher = grant.choice() == ProviderChoiceKind.FREE_CHOICE_VOUCHER && grant.providerId() == null
                    && grant.nextProviderId() == null;
            if (voucher) {
                // seed 003: the citizen found a provider with the free-choice voucher; it must be a private one
                LocalDate from = request.effectiveFrom() == null ? today : request.effectiveFrom();
                if (next.municipal()) {
                    violations.add(new Violation("newProviderId", "provider.choice.voucherPrivate", i + 1));
                } else {
                    planned.add(new Planned(grant, null, from, VOUCHER_PROVIDER_FOUND));
                }
                continue;
            }
            if (request.effectiveFrom() != null && !settings.switchRule().allows(today, effective)) {
                violations.add(new Violation("effectiveFrom", "provider.switch.tooEarly", effective, earliest,
                        settings.switchRule().text()));
                continue;
            }
            Long current = providers.deliveringGrant(key, effective).map(Provider::id).orElse(null);
            if (current == null) {
                violations.add(new Violation(field, "provider.switch.noProvider", grant.interventionName()));
                continue;
            }
            if (current == next.id()) {
                violations.add(new Violation("newProviderId", "provider.switch.sameProvider", grant.interventionName(),
                        next.name(), effective));
                continue;
            }
            if (tables.scheduledSwitchOnOrAfter(key, effective).isPresent()) {
                violations.add(new Violation(field, "provider.switch.alreadyScheduled", grant.interventionName(),
                        tables.scheduledSwitchOnOrAfter(key, effective).get()));
                continue;
            }
            ApprovalPolicy.Result approval = approval(citizen, next, grant, district, effective);
            if (approval instanceof ApprovalPolicy.Rejected r) {
                violations.add(new Violation("newProviderId", r.messageKey(), prepend(grant.interventionName(), r.args())));
                continue;
            }
            planned.add(new Planned(grant, current, effective, CITIZEN_REQUEST));
        }
        if (violations.isEmpty()) {
            violations.addAll(oneProvider(citizen, settings, grants, planned, next));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return record(citizen, planned, next, today, request.note());
    }

    /** Records the switches, audits and announces them; for this module's transfer too. */
    List<ProviderSwitch> record(Citizen citizen, List<Planned> planned, Provider next, LocalDate today, String note) {
        String username = users.current().username();
        Instant now = Instant.now(clock);
        List<ProviderSwitch> done = new ArrayList<>();
        for (Planned p : planned) {
            tables.insertSwitch(citizen.municipalityId(), citizen.id(), p.grant().grantKey(), p.oldProviderId(), next.id(),
                    p.cause(), today, p.effectiveFrom(), note, username, now);
            Provider old = p.oldProviderId() == null ? null : providers.get(p.oldProviderId());
            audit.changed(AuditAction.CREATE, citizen.id(), "provider-switch", p.grant().grantKey(),
                    (old == null ? "leverandør fundet med fritvalgsbevis: " : "skift af leverandør fra " + old.name() + " til ")
                            + next.name() + " fra " + p.effectiveFrom());
            if (old == null) {
                events.publishEvent(new ProviderAssigned(citizen.municipalityId(), citizen.id(), p.grant().decisionId(),
                        p.grant().grantKey(), next.id(), p.effectiveFrom(), ProviderChoiceKind.FREE_CHOICE_VOUCHER));
            } else {
                events.publishEvent(new ProviderSwitchScheduled(citizen.municipalityId(), citizen.id(), p.grant().grantKey(),
                        old.id(), next.id(), today, p.effectiveFrom()));
            }
            done.add(new ProviderSwitch(p.grant().grantKey(), p.grant().interventionName(), p.oldProviderId(),
                    old == null ? null : old.name(), next.id(), next.name(), p.cause(), today, p.effectiveFrom(), note));
        }
        return done;
    }

    /** A switch to record. */
    record Planned(DeliveredGrant grant, Long oldProviderId, LocalDate effectiveFrom, String cause) {
    }

    ApprovalPolicy.Result approval(Citizen citizen, Provider provider, DeliveredGrant grant, District district, LocalDate on) {
        Area area = catalogs.inForce(citizen.municipalityId(), on).flatMap(c -> c.area(grant.areaCode())).orElse(null);
        ProviderApprovals approvals = tables.approvals(provider.id());
        return area != null ? ApprovalPolicy.check(provider, approvals, area, district, on)
                : ApprovalPolicy.check(provider, approvals, grant.areaCode(), grant.areaName(), district, on);
    }

    List<Violation> oneProvider(Citizen citizen, ProviderSettings settings, Map<UUID, DeliveredGrant> grants,
                                List<Planned> planned, Provider next) {
        if (settings.differentProvidersPerArea() || planned.isEmpty()) {
            return List.of();
        }
        LocalDate on = planned.stream().map(Planned::effectiveFrom).max(LocalDate::compareTo).orElseThrow();
        Map<UUID, Planned> byKey = new LinkedHashMap<>();
        planned.forEach(p -> byKey.put(p.grant().grantKey(), p));
        List<OneProviderPolicy.ProvidedGrant> after = new ArrayList<>();
        for (DeliveredGrant g : grants.values()) {
            if (byKey.containsKey(g.grantKey())) {
                after.add(new OneProviderPolicy.ProvidedGrant("newProviderId", g.interventionName(), g.legalBasis(),
                        next.id(), next.name()));
            } else {
                providers.deliveringGrant(g.grantKey(), on).ifPresent(p -> after.add(new OneProviderPolicy.ProvidedGrant(
                        null, g.interventionName(), g.legalBasis(), p.id(), p.name())));
            }
        }
        List<Violation> violations = new ArrayList<>();
        OneProviderPolicy.conflicts(false, after).forEach((g, first) -> violations.add(new Violation(g.field(),
                "provider.switch.oneProvider", g.name(), g.providerName(), first.name(), first.providerName())));
        return violations;
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
