package dk.omsorg.provider;

import dk.omsorg.catalog.Area;
import dk.omsorg.catalog.DeliveredBy;
import dk.omsorg.catalog.Catalogs;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.citizen.District;
import dk.omsorg.provider.internal.ProviderTables;
import dk.omsorg.shared.DomainException.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The provider chosen when help is granted (for the decision module): which providers may be offered
 * for a grant, and whether the chosen ones may be recorded. Reads only; the decision stores the choice
 * and publishes {@link ProviderAssigned}.
 */
@Service
@Transactional(readOnly = true)
public class ChoosingProvider {

    private final ProviderTables tables;
    private final Providers providers;
    private final Citizens citizens;
    private final Catalogs catalogs;

    ChoosingProvider(ProviderTables tables, Providers providers, Citizens citizens, Catalogs catalogs) {
        this.tables = tables;
        this.providers = providers;
        this.citizens = citizens;
        this.catalogs = catalogs;
    }

    /** The municipality's provider rules; empty when it has no providers.yaml. */
    public Optional<ProviderSettings> settings(int municipalityId) {
        return tables.settings(municipalityId);
    }

    /**
     * Who may deliver the intervention to the citizen from {@code start}, by the catalogue in force on that day.
     *
     * @throws InvalidInputException when the intervention is not in that catalogue or the start is missing
     */
    @RequireCitizenAccess
    public ProviderOptions options(long citizenId, String interventionCode, LocalDate start) {
        Citizen citizen = citizens.accessible(citizenId);
        if (start == null) {
            throw new InvalidInputException("start", "provider.options.startRequired");
        }
        Area area = catalogs.inForce(citizen.municipalityId(), start).flatMap(c -> c.areaOf(interventionCode == null ? "" : interventionCode))
                .orElseThrow(() -> new InvalidInputException("interventionCode", "provider.options.unknownIntervention",
                        interventionCode, start));
        return options(citizen, area, start);
    }

    /** Who may deliver the area's help to the citizen from {@code start}. */
    public ProviderOptions options(Citizen citizen, Area area, LocalDate start) {
        boolean applicable = area.deliveredBy().stream().anyMatch(d -> d == DeliveredBy.MUNICIPAL
                || d == DeliveredBy.APPROVED_PRIVATE || d == DeliveredBy.FREE_CHOICE_VOUCHER);
        if (!applicable || tables.settings(citizen.municipalityId()).isEmpty()) {
            return ProviderOptions.none(area.code(), area.name());
        }
        if (citizen.district() == null) {
            return new ProviderOptions(area.code(), area.name(), true, area.freeChoice(), List.of(), false, true);
        }
        List<Provider> approved = tables.approved(citizen.municipalityId(), area.code(), citizen.district(), start).stream()
                .filter(p -> ApprovalPolicy.deliverableBy(area, p.kind())).toList();
        boolean voucher = area.freeChoice() && area.deliveredBy().contains(DeliveredBy.FREE_CHOICE_VOUCHER)
                && approved.size() <= 1;
        return new ProviderOptions(area.code(), area.name(), true, area.freeChoice(), approved, voucher, false);
    }

    /**
     * One grant's provider choice to check.
     *
     * @param field    where to report, e.g. {@code grants[0].provider}
     * @param number   the grant's number in the request (1-based), for the messages
     * @param area     the area in force on the grant's start; null when the intervention is unknown
     * @param grantKey the grant it changes; null for a new grant
     */
    public record ChoiceToCheck(String field, int number, String interventionName, Area area, String legalBasis,
                                LocalDate start, ProviderChoice choice, UUID grantKey) {
    }

    /**
     * The broken rules of the choices, in Danish message keys beside their fields: a provider that is not
     * approved for the area, the district or the start day, a kind of choice the area does not allow, a
     * selection without a reason, and — where the municipality forbids it (seed 004) — different providers
     * for § 83 and § 83 a help, counting the citizen's other current grants. Grants without a choice are
     * not checked.
     *
     * @param replacing grant keys of the decision being changed, whose current providers the request replaces
     */
    public List<Violation> check(Citizen citizen, List<ChoiceToCheck> choices, Set<UUID> replacing) {
        List<Violation> violations = new ArrayList<>();
        List<ChoiceToCheck> withChoice = choices.stream().filter(c -> c.choice() != null && c.area() != null).toList();
        if (withChoice.isEmpty()) {
            return violations;
        }
        ProviderSettings settings = tables.settings(citizen.municipalityId()).orElse(null);
        if (settings == null) {
            withChoice.forEach(c -> violations.add(new Violation(c.field(), "provider.choice.noProviders", c.number())));
            return violations;
        }
        District district = tables.districtOf(citizen.id()).orElse(null);
        Map<Long, Provider> chosen = new HashMap<>();
        for (ChoiceToCheck c : withChoice) {
            ProviderChoice choice = c.choice();
            String field = c.field();
            ProviderOptions options = options(citizen, c.area(), c.start());
            if (choice.kind() == null) {
                violations.add(new Violation(field + ".kind", "provider.choice.kindRequired", c.number()));
                continue;
            }
            if (!options.applicable()) {
                violations.add(new Violation(field, "provider.choice.notApplicable", c.number(), c.area().name()));
                continue;
            }
            if (district == null) {
                violations.add(new Violation(field, "provider.choice.districtRequired", c.number()));
                continue;
            }
            Provider provider = null;
            if (choice.providerId() != null) {
                provider = tables.find(choice.providerId()).filter(p -> p.municipalityId() == citizen.municipalityId()
                        && tables.listed(p.id())).orElse(null);
                if (provider == null) {
                    violations.add(new Violation(field + ".providerId", "provider.choice.unknown", c.number(), choice.providerId()));
                    continue;
                }
                chosen.put(provider.id(), provider);
            }
            switch (choice.kind()) {
                case FREE_CHOICE_VOUCHER -> {
                    if (!options.voucherOffered()) {
                        violations.add(new Violation(field + ".kind", "provider.choice.voucherNotOffered", c.number(),
                                c.area().name(), options.providers().size()));
                    } else if (provider != null && provider.municipal()) {
                        // seed 003: with a voucher the citizen finds a provider of their own, approved by the municipality
                        violations.add(new Violation(field + ".providerId", "provider.choice.voucherPrivate", c.number()));
                    }
                    continue;
                }
                case FREE_CHOICE -> {
                    // the citizen's own choice among the approved providers — only where the standard gives free
                    // choice (freeChoice: true); elsewhere the municipality selects the provider, with a reason
                    if (!c.area().freeChoice()) {
                        violations.add(new Violation(field + ".kind", "provider.choice.noFreeChoice", c.number(),
                                c.area().name()));
                        continue;
                    }
                }
                case SELECTED_BY_MUNICIPALITY -> {
                    if (choice.reason() == null) {
                        violations.add(new Violation(field + ".reason", "provider.choice.reasonRequired", c.number(),
                                c.interventionName()));
                    }
                }
            }
            if (provider == null) {
                violations.add(new Violation(field + ".providerId", "provider.choice.providerRequired", c.number()));
                continue;
            }
            ApprovalPolicy.Result approval = ApprovalPolicy.check(provider, tables.approvals(provider.id()), c.area(),
                    district, c.start());
            if (approval instanceof ApprovalPolicy.Rejected r) {
                Object[] args = new Object[r.args().length + 1];
                args[0] = "Bevilling " + c.number();
                System.arraycopy(r.args(), 0, args, 1, r.args().length);
                violations.add(new Violation(field + ".providerId", r.messageKey(), args));
            }
        }
        violations.addAll(oneProvider(citizen, settings, withChoice, replacing, chosen));
        return violations;
    }

    private List<Violation> oneProvider(Citizen citizen, ProviderSettings settings, List<ChoiceToCheck> choices,
                                        Set<UUID> replacing, Map<Long, Provider> chosen) {
        if (settings.differentProvidersPerArea()) {
            return List.of();
        }
        LocalDate first = choices.stream().map(ChoiceToCheck::start).min(LocalDate::compareTo).orElseThrow();
        List<OneProviderPolicy.ProvidedGrant> grants = new ArrayList<>();
        for (DeliveredGrant g : tables.grantsOf(citizen.municipalityId(), citizen.id(), first)) {
            if (!replacing.contains(g.grantKey()) && g.providerId() != null) {
                grants.add(new OneProviderPolicy.ProvidedGrant(null, g.interventionName(), g.legalBasis(), g.providerId(),
                        providers.get(g.providerId()).name()));
            }
        }
        for (ChoiceToCheck c : choices) {
            Long id = c.choice().providerId();
            grants.add(new OneProviderPolicy.ProvidedGrant(c.field() + ".providerId", c.interventionName(), c.legalBasis(), id,
                    id == null ? null : chosen.containsKey(id) ? chosen.get(id).name() : String.valueOf(id)));
        }
        List<Violation> violations = new ArrayList<>();
        OneProviderPolicy.conflicts(false, grants).forEach((g, first1) -> violations.add(new Violation(g.field(),
                "provider.choice.oneProvider", g.name(), g.providerName(), first1.name(), first1.providerName())));
        return violations;
    }
}
