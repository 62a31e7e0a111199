package dk.omsorg.catalog;

import dk.omsorg.assessment.FsiiiCatalog;
import dk.omsorg.catalog.policy.AgePolicy;
import dk.omsorg.catalog.policy.CriteriaPolicy;
import dk.omsorg.catalog.policy.DeliveryWindowPolicy;
import dk.omsorg.catalog.policy.ExclusionPolicy;
import dk.omsorg.catalog.policy.FrequencyLimitPolicy;
import dk.omsorg.catalog.policy.GroupLimitPolicy;
import dk.omsorg.catalog.policy.MaxDurationPolicy;
import dk.omsorg.catalog.policy.ShiftPolicy;
import dk.omsorg.catalog.policy.StartDeadlinePolicy;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Checks proposed grants against the quality standard: each grant against the catalogue in force
 * on its start date, and the grants together (caps summed over grants running at the same time,
 * group caps, exclusions). Returns every finding; deciding is the caseworker's, storing the
 * findings the decision's.
 */
@Service
public class CheckingGrants {

    static final int MINUTES_PER_DAY = 1440;

    private final Catalogs catalogs;
    private final FsiiiCatalog fsiii;
    private final Clock clock;
    private final CriteriaPolicy criteria = new CriteriaPolicy();
    private final ShiftPolicy shifts = new ShiftPolicy();
    private final MaxDurationPolicy maxDuration = new MaxDurationPolicy();
    private final StartDeadlinePolicy startDeadline;
    private final FrequencyLimitPolicy frequency = new FrequencyLimitPolicy();
    private final GroupLimitPolicy groupLimits = new GroupLimitPolicy();
    private final ExclusionPolicy exclusions = new ExclusionPolicy();
    private final DeliveryWindowPolicy windows = new DeliveryWindowPolicy();
    private final AgePolicy age;
    private final IntFunction<ShiftHours> shiftHours;
    private final CriteriaInWords criteriaInWords;
    private final LegalBasisInForce legalBasisInForce;

    /** With today's folkepension ages and the standard shift hours (tests). */
    CheckingGrants(Catalogs catalogs, FsiiiCatalog fsiii, DanishCalendar calendar, Clock clock) {
        this(catalogs, fsiii, calendar, clock, dk.omsorg.catalog.internal.FolkepensionAgeFile.fromClasspath(),
                municipality -> ShiftHours.STANDARD);
    }

    /** @param shiftHours the municipality's shift hours by its code */
    @Autowired
    CheckingGrants(Catalogs catalogs, FsiiiCatalog fsiii, DanishCalendar calendar, Clock clock, FolkepensionAge pension,
                   IntFunction<ShiftHours> shiftHours) {
        this.catalogs = catalogs;
        this.fsiii = fsiii;
        this.clock = clock;
        this.criteriaInWords = new CriteriaInWords(fsiii);
        this.startDeadline = new StartDeadlinePolicy(calendar);
        this.age = new AgePolicy(pension);
        this.legalBasisInForce = new LegalBasisInForce(pension);
        this.shiftHours = shiftHours;
    }

    /**
     * What the checks need to know of the citizen.
     *
     * @param birthDate  from the CPR number; null when not known (age conditions are then not checked)
     * @param continuing the indexes of the grants that continue a grant made earlier (changed or carried over), to
     *                   which a first-grant age limit does not apply
     * @param household  the current grants of the others in the citizen's household, counted against caps "pr.
     *                   husstand"; null when the citizen is not registered in a household (such a cap is then only
     *                   pointed out, for the caseworker to check)
     */
    public record CitizenFacts(LocalDate birthDate, Set<Integer> continuing, List<HouseholdGrant> household) {
        public CitizenFacts {
            continuing = continuing == null ? Set.of() : Set.copyOf(continuing);
            household = household == null ? null : List.copyOf(household);
        }

        /** A citizen not registered in a household. */
        public CitizenFacts(LocalDate birthDate, Set<Integer> continuing) {
            this(birthDate, continuing, null);
        }
    }

    /**
     * When the area's help ends at an age (e.g. SEL § 100: "mellem det fyldte 18. år og folkepensionsalderen"):
     * the last day a grant may run for a citizen born on {@code birthDate}, and why in the letter's words.
     */
    public Optional<AgeEnd> ageEnd(Area area, LocalDate birthDate) {
        LocalDate last = area == null ? null : age.lastDay(area.age(), birthDate);
        return last == null ? Optional.empty() : Optional.of(new AgeEnd(last, AgePolicy.endReason(area.age())));
    }

    /** @param reason "da du når folkepensionsalderen" */
    public record AgeEnd(LocalDate lastDay, String reason) {
    }

    /** The legal basis a grant rests on, by the decision date and the citizen's age. */
    public LegalBasisInForce legalBasisInForce() {
        return legalBasisInForce;
    }

    /** Criteria evaluations in plain Danish, with the FSIII scale's words. */
    public CriteriaInWords criteriaInWords() {
        return criteriaInWords;
    }

    /**
     * @param municipalityId the municipality whose catalogues apply
     * @param decidedOn      the decision date start deadlines run from; null for today
     * @param grants         the proposed grants, at least one
     * @param scores         the citizen's latest functional-ability scores (state UUID → 0–4 or 9);
     *                       a state not in the map is not assessed
     * @throws InvalidInputException for malformed input (frequency not positive, minutes outside
     *                               1–1440, end before start, a score off the scale …), naming
     *                               {@code grants[i].field} or {@code scores[code]}
     */
    public GrantCheck check(int municipalityId, LocalDate decidedOn, List<ProposedGrant> grants,
                            Map<UUID, Integer> scores) {
        return check(municipalityId, decidedOn, grants, scores, new CitizenFacts(null, Set.of()));
    }

    /** As {@link #check(int, LocalDate, List, Map)}, with the citizen's age checked against the areas' age conditions. */
    public GrantCheck check(int municipalityId, LocalDate decidedOn, List<ProposedGrant> grants,
                            Map<UUID, Integer> scores, CitizenFacts citizen) {
        validate(grants, scores);
        ShiftHours hours = shiftHours.apply(municipalityId);
        LocalDate decided = decidedOn != null ? decidedOn : LocalDate.now(clock);
        Map<UUID, Integer> citizenScores = scores == null ? Map.of() : Map.copyOf(scores);
        List<CheckedGrant> checked = new ArrayList<>();
        List<Resolved> resolved = new ArrayList<>();
        for (int i = 0; i < grants.size(); i++) {
            ProposedGrant grant = grants.get(i);
            Catalog catalog = catalogs.inForce(municipalityId, grant.start()).orElse(null);
            if (catalog == null) {
                checked.add(new CheckedGrant(i, grant, null, null, null, null, List.of(new Finding(FindingRule.NO_CATALOG,
                        Severity.ERROR, grant.interventionCode(), "Der er ingen kvalitetsstandard i kraft den "
                        + DanishText.date(grant.start()) + ", som bevillingen kan tjekkes mod.", null))));
                continue;
            }
            Intervention intervention = catalogs.intervention(catalog, grant.interventionCode()).orElse(null);
            if (intervention == null) {
                checked.add(new CheckedGrant(i, grant, catalog.version(), catalog.validFrom(), null, null,
                        List.of(new Finding(FindingRule.UNKNOWN_INTERVENTION, Severity.ERROR, grant.interventionCode(),
                                "Indsatsen \"" + grant.interventionCode() + "\" findes ikke i "
                                        + DanishText.catalog(catalog) + ".", null))));
                continue;
            }
            if (intervention.measure().time() && grant.times() == 0) {
                throw new InvalidInputException("grants[" + i + "].times", "catalog.grant.timesPositive", i + 1, 0);
            }
            Area area = catalog.areaOf(intervention.code()).orElseThrow();
            StartDeadline deadline = area.startDeadlineFor(intervention);
            List<Finding> findings = PolicyResult.findings(List.of(
                    criteria.check(intervention, citizenScores),
                    shifts.check(intervention, grant),
                    windows.check(intervention, area.deliveryWindowsFor(intervention), grant, hours),
                    maxDuration.check(intervention, area.maxDurationFor(intervention), grant),
                    startDeadline.check(intervention, deadline, decided, grant),
                    age.check(intervention, area.age(), citizen.birthDate(), decided, grant, citizen.continuing().contains(i))));
            checked.add(new CheckedGrant(i, grant, catalog.version(), catalog.validFrom(), area.code(),
                    startDeadline.startBy(deadline, decided), findings));
            resolved.add(new Resolved(grant, catalog, intervention));
        }
        return new GrantCheck(checked, combinations(resolved, citizen.household()));
    }

    /**
     * Caps, group caps and exclusions over the grants that run at the same time. The load only
     * grows on a start date, so checking the grants running on each start date (the household's too) finds every peak.
     *
     * @param household the other members' current grants; null when the citizen is in no registered household
     */
    private List<Finding> combinations(List<Resolved> resolved, List<HouseholdGrant> household) {
        Map<String, Finding> findings = new LinkedHashMap<>();
        List<HouseholdGrant> others = household == null ? List.of() : household;
        Map<Catalog, List<Resolved>> byCatalog = resolved.stream()
                .collect(Collectors.groupingBy(Resolved::catalog, LinkedHashMap::new, Collectors.toList()));
        byCatalog.forEach((catalog, grants) -> java.util.stream.Stream.concat(grants.stream().map(r -> r.grant().start()),
                        others.stream().map(h -> h.grant().start()).filter(java.util.Objects::nonNull))
                .distinct().sorted().forEach(day -> {
                    List<Resolved> running = grants.stream().filter(r -> r.grant().activeOn(day)).toList();
                    if (running.isEmpty()) {
                        return;
                    }
                    List<ProposedGrant> all = running.stream().map(Resolved::grant).toList();
                    Map<Intervention, List<ProposedGrant>> byIntervention = running.stream()
                            .collect(Collectors.groupingBy(Resolved::intervention, LinkedHashMap::new,
                                    Collectors.mapping(Resolved::grant, Collectors.toList())));
                    List<PolicyResult> results = new ArrayList<>();
                    byIntervention.forEach((intervention, ofIntervention) -> {
                        List<HouseholdGrant> theirs = household == null ? null : others.stream()
                                .filter(h -> h.grant().interventionCode().equals(intervention.code())
                                        && h.grant().activeOn(day)).toList();
                        intervention.limits().forEach(limit ->
                                results.add(frequency.check(intervention, limit, ofIntervention, theirs)));
                        results.add(frequency.checkMonthlyHours(intervention, ofIntervention));
                    });
                    catalog.areas().forEach(area -> area.groupLimits()
                            .forEach(group -> results.addAll(groupLimits.checkAll(group, all))));
                    byIntervention.forEach((a, grantsOfA) -> byIntervention.forEach((b, grantsOfB) -> {
                        if (a != b) {
                            results.add(exclusions.check(a, grantsOfA, b, grantsOfB));
                        }
                    }));
                    // the same rule broken on several start dates is one finding
                    PolicyResult.findings(results).forEach(f -> findings.putIfAbsent(
                            f.rule() + "|" + f.interventionCode() + "|" + f.quote() + "|" + f.severity(), f));
                }));
        return List.copyOf(findings.values());
    }

    private void validate(List<ProposedGrant> grants, Map<UUID, Integer> scores) {
        List<Violation> violations = new ArrayList<>();
        if (grants == null || grants.isEmpty()) {
            throw new InvalidInputException("grants", "catalog.grants.required");
        }
        for (int i = 0; i < grants.size(); i++) {
            ProposedGrant g = grants.get(i);
            String at = "grants[" + i + "]";
            int number = i + 1;
            if (g == null) {
                violations.add(new Violation(at, "catalog.grant.required", number));
                continue;
            }
            if (g.interventionCode() == null || g.interventionCode().isBlank()) {
                violations.add(new Violation(at + ".interventionCode", "catalog.grant.interventionRequired", number));
            }
            // no time at all (0 times of 0 minutes) is a grant measured in money, a pool or a place (GrantMeasure);
            // whether the intervention is measured so is checked once it is resolved
            boolean noTime = g.times() == 0 && g.minutesPerDelivery() == 0;
            if (g.times() < 1 && !noTime) {
                violations.add(new Violation(at + ".times", "catalog.grant.timesPositive", number, g.times()));
            }
            if (g.per() == null) {
                violations.add(new Violation(at + ".per", "catalog.grant.perRequired", number));
            }
            if (g.every() < 1 || g.every() > ProposedGrant.MAX_EVERY) {
                violations.add(new Violation(at + ".every", "catalog.grant.every", number, g.every(), ProposedGrant.MAX_EVERY));
            }
            if ((g.minutesPerDelivery() < 1 && !noTime) || g.minutesPerDelivery() > MINUTES_PER_DAY) {
                violations.add(new Violation(at + ".minutesPerDelivery", "catalog.grant.minutes", number, g.minutesPerDelivery()));
            }
            if (g.start() == null) {
                violations.add(new Violation(at + ".start", "catalog.grant.startRequired", number));
            } else if (g.end() != null && g.end().isBefore(g.start())) {
                violations.add(new Violation(at + ".end", "catalog.grant.endBeforeStart", number, g.end(), g.start()));
            }
        }
        try {
            CitizenScores.check(scores, fsiii, "scores");
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private record Resolved(ProposedGrant grant, Catalog catalog, Intervention intervention) {
        Resolved {
            Objects.requireNonNull(catalog);
        }
    }
}
