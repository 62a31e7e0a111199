package dk.omsorg.decision;

import dk.omsorg.catalog.Area;
import dk.omsorg.catalog.Catalog;
import dk.omsorg.catalog.Catalogs;
import dk.omsorg.catalog.CheckedGrant;
import dk.omsorg.catalog.CheckingGrants;
import dk.omsorg.catalog.CriteriaEvaluation;
import dk.omsorg.catalog.Finding;
import dk.omsorg.catalog.GrantCheck;
import dk.omsorg.catalog.GrantMeasure;
import dk.omsorg.catalog.Intervention;
import dk.omsorg.catalog.LegalBasisInForce;
import dk.omsorg.catalog.ProposedGrant;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.decision.internal.DecisionRepository;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InputLimits;
import dk.omsorg.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import dk.omsorg.provider.ProviderChoice;
import java.util.stream.Collectors;

/**
 * Checks a decision's proposed grants together: each resolved against the catalogue in force on its start date, the
 * quality standard's rules, rehabilitation first, the legal basis in force for the citizen's age, and the weekly
 * time. Malformed input is refused by field before anything is checked. Also what the checks make: the grant as
 * decided (with the standard's criteria quoted and the citizen's scores in words) and refusals.
 */
class EvaluatingProposals {

    private final Catalogs catalogs;
    private final CheckingGrants checkingGrants;
    private final DecisionRepository decisions;
    private final HouseholdFacts households;
    private final PlaceOffers placeOffers;

    EvaluatingProposals(Catalogs catalogs, CheckingGrants checkingGrants, DecisionRepository decisions,
                        HouseholdFacts households, PlaceOffers placeOffers) {
        this.placeOffers = placeOffers;
        this.catalogs = catalogs;
        this.checkingGrants = checkingGrants;
        this.decisions = decisions;
        this.households = households;
    }

    DecisionCheck evaluate(Citizen citizen, LocalDate decidedOn, List<Proposal> proposals, Map<UUID, Integer> scores) {
        List<Violation> violations = new ArrayList<>();
        DecisionCheck check = evaluate(citizen, decidedOn, proposals, scores, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return check;
    }

    /**
     * Checks the proposals together. Malformed input is thrown at once (with what else is wrong
     * in {@code violations} so far); otherwise the check is returned and the caller decides.
     */
    DecisionCheck evaluate(Citizen citizen, LocalDate decidedOn, List<Proposal> proposals,
                           Map<UUID, Integer> scores, List<Violation> violations) {
        if (proposals.isEmpty()) {
            violations.add(new Violation("grants", "catalog.grants.required"));
            throw new InvalidInputException(violations);
        }
        int municipalityId = citizen.municipalityId();
        List<Violation> malformed = new ArrayList<>();
        proposals = placeOffers.resolve(municipalityId, proposals, malformed);
        proposals.stream().filter(p -> p.carried() == null).forEach(p -> {
            GrantMeasure measure = measureOf(municipalityId, p.input());
            String at = "grants[" + p.inputIndex() + "]";
            if (measure.time()) {
                malformed.addAll(malformed(p));
                if (p.input() != null) {
                    malformed.addAll(MeasureChecks.checkTime(at, p.inputIndex() + 1, p.input()));
                }
            } else {
                malformed.addAll(MeasureChecks.check(at, p.inputIndex() + 1, p.input(), measure));
                malformed.addAll(startAndEnd(at, p.inputIndex() + 1, p.input()));
            }
            InputLimits.beforeBirth("grants[" + p.inputIndex() + "].start", p.input().start(), citizen.birthDate())
                    .ifPresent(malformed::add);
        });
        if (!malformed.isEmpty()) {
            List<Violation> all = new ArrayList<>(violations);
            all.addAll(malformed);
            throw new InvalidInputException(all);
        }
        // a grant in money, a pool or a place has no time (Grant#measured): checked and counted as none
        proposals = proposals.stream().map(p -> p.carried() != null || measureOf(municipalityId, p.input()).time() ? p
                : new Proposal(p.inputIndex(), p.input().withoutTime(), null)).toList();
        // resolve each grant against the catalogue in force on its start date; a course runs its full length
        LocalDate birthDate = citizen.cprNumber().birthDate();
        List<Resolved> resolved = proposals.stream().map(p -> resolve(municipalityId, birthDate, p)).toList();
        List<ProposedGrant> proposed = resolved.stream().map(r -> r.proposal().input().proposed(r.end())).toList();
        // a changed or carried-over grant continues one made earlier: a first-grant age limit does not apply to it
        Set<Integer> continuing = new java.util.HashSet<>();
        for (int i = 0; i < proposals.size(); i++) {
            Proposal p = proposals.get(i);
            if (p.carried() != null || (p.input() != null && p.input().grantKey() != null)) {
                continuing.add(i);
            }
        }
        // the household's other current grants count against caps "pr. husstand" (seed 003) and practical help (seed 002)
        HouseholdFacts.Facts household = households.of(citizen, decidedOn);
        GrantCheck check = checkingGrants.check(municipalityId, decidedOn, proposed, scores,
                new CheckingGrants.CitizenFacts(birthDate, continuing, household.grants()));
        boolean courseGranted = resolved.stream().anyMatch(r -> r.course() != null) || decisions.hasCourse(citizen.id());
        List<ProposalCheck> checked = new ArrayList<>();
        for (int i = 0; i < resolved.size(); i++) {
            Resolved r = resolved.get(i);
            CheckedGrant c = check.grants().get(i);
            List<Finding> findings = new ArrayList<>(c.findings());
            LegalBasisInForce.Reading basis = legalBasis(r, citizen, decidedOn, findings);
            if (r.area() != null && r.proposal().carried() == null) {
                RehabilitationFirstPolicy.check(r.catalog(), r.area(), r.intervention(), proposed.get(i), courseGranted,
                        basis.text()).finding().ifPresent(findings::add);
                HouseholdPracticalHelpPolicy.check(r.intervention(), proposed.get(i),
                        households.practicalHelp(municipalityId, r.area().code(), proposed.get(i).start()),
                        household.grants()).finding().ifPresent(findings::add);
            }
            GrantInput in = r.proposal().input();
            // help begun before the decision has no start deadline: none due after the decision for help already
            // begun, and none already past to be broken
            LocalDate startBy = in.start().isBefore(decidedOn) ? null : c.startBy();
            CriteriaEvaluation criteria = r.intervention() == null ? null : CriteriaEvaluation.of(r.intervention(), scores);
            checked.add(new ProposalCheck(i, r.proposal().inputIndex(), in, r.proposal().carried(), c.catalogVersion(),
                    c.catalogValidFrom(), r.area(), r.intervention(), startBy, r.end(), r.course(), criteria,
                    Grant.weeklyMinutes(in.times(), in.per(), in.every(), in.shifts(), in.minutesPerDelivery()), findings,
                    checkingGrants.criteriaInWords().forCaseworker(criteria), basis == null ? null : basis.text(),
                    basis == null ? null : basis.citizenAge()));
        }
        WeeklyTime weekly = WeeklyTime.sum(checked.stream()
                .filter(g -> g.intervention() == null || g.intervention().measure().time())
                .map(g -> new WeeklyTime.Line(g.interventionCode(), g.interventionName(), g.weeklyMinutes())).toList());
        return new DecisionCheck(checked, check.combinationFindings(), weekly);
    }

    /**
     * The legal basis in force on the decision date for the citizen's age (catalogue data), with its finding
     * when none applies; a grant carried over keeps its stored basis and is flagged when that no longer applies.
     */
    private LegalBasisInForce.Reading legalBasis(Resolved r, Citizen citizen, LocalDate decidedOn, List<Finding> findings) {
        if (r.area() == null) {
            return null;
        }
        LegalBasisInForce rules = checkingGrants.legalBasisInForce();
        LegalBasisInForce.Reading today = rules.read(r.area(), r.intervention(), decidedOn, citizen.cprNumber().birthDate());
        Grant carried = r.proposal().carried();
        if (carried != null) {
            Optional.ofNullable(rules.carried(carried.legalBasis(), carried.interventionCode(), carried.interventionName(),
                    today, decidedOn)).ifPresent(findings::add);
            return new LegalBasisInForce.Reading(carried.legalBasis(), carried.legalBasisAge(), null);
        }
        Optional.ofNullable(today.finding()).ifPresent(findings::add);
        return today;
    }

    /** What the policy engine would refuse as malformed, named by the caseworker's field. */
    private static List<Violation> malformed(Proposal p) {
        List<Violation> v = new ArrayList<>();
        int number = p.inputIndex() + 1;
        String at = "grants[" + p.inputIndex() + "]";
        GrantInput g = p.input();
        if (g == null) {
            v.add(new Violation(at, "catalog.grant.required", number));
            return v;
        }
        if (g.interventionCode() == null) {
            v.add(new Violation(at + ".interventionCode", "catalog.grant.interventionRequired", number));
        }
        if (g.times() == null) {
            v.add(new Violation(at + ".times", "decision.grant.timesRequired", number));
        } else if (g.times() < 1) {
            v.add(new Violation(at + ".times", "catalog.grant.timesPositive", number, g.times()));
        } else if (g.times() > Decisions.MAX_TIMES) {
            v.add(new Violation(at + ".times", "decision.grant.timesTooMany", number, g.times(), Decisions.MAX_TIMES));
        }
        if (g.per() == null) {
            v.add(new Violation(at + ".per", "catalog.grant.perRequired", number));
        }
        if (g.minutesPerDelivery() == null) {
            v.add(new Violation(at + ".minutesPerDelivery", "decision.grant.minutesRequired", number));
        } else if (g.minutesPerDelivery() < 1 || g.minutesPerDelivery() > 1440) {
            v.add(new Violation(at + ".minutesPerDelivery", "catalog.grant.minutes", number, g.minutesPerDelivery()));
        }
        if (g.start() == null) {
            v.add(new Violation(at + ".start", "catalog.grant.startRequired", number));
        } else if (g.end() != null && g.end().isBefore(g.start())) {
            v.add(new Violation(at + ".end", "catalog.grant.endBeforeStart", number, g.end(), g.start()));
        }
        return v;
    }

    /** What the catalogue in force on the grant's start measures it in; TIME when that is unknown (then checked as today). */
    private GrantMeasure measureOf(int municipalityId, GrantInput in) {
        if (in == null || in.start() == null || in.interventionCode() == null) {
            return GrantMeasure.TIME;
        }
        return catalogs.inForce(municipalityId, in.start())
                .flatMap(c -> catalogs.intervention(c, in.interventionCode()))
                .map(Intervention::measure).orElse(GrantMeasure.TIME);
    }

    private static List<Violation> startAndEnd(String at, int number, GrantInput g) {
        if (g.start() == null) {
            return List.of(new Violation(at + ".start", "catalog.grant.startRequired", number));
        }
        return g.end() != null && g.end().isBefore(g.start())
                ? List.of(new Violation(at + ".end", "catalog.grant.endBeforeStart", number, g.end(), g.start())) : List.of();
    }

    private Resolved resolve(int municipalityId, LocalDate birthDate, Proposal p) {
        GrantInput in = p.input();
        Catalog catalog = catalogs.inForce(municipalityId, in.start()).orElse(null);
        Intervention intervention = catalog == null ? null : catalogs.intervention(catalog, in.interventionCode()).orElse(null);
        Area area = intervention == null ? null : catalog.areaOf(intervention.code()).orElseThrow();
        if (p.carried() != null) {
            return new Resolved(p, catalog, area, intervention, p.carried().end(), p.carried().course());
        }
        if (area == null || area.rehabilitationCourse() == null) {
            return new Resolved(p, catalog, area, intervention, endByAge(area, birthDate, in.start(), in.end()), null);
        }
        CoursePlan course = CoursePlan.of(area.rehabilitationCourse(), area.maxDurationFor(intervention), in.start(), in.end());
        return new Resolved(p, catalog, area, intervention, course.end(), course);
    }

    /**
     * Help that ends at an age (the area's {@code age.until}, e.g. the folkepension age) ends on the last day the
     * citizen is entitled to it, unless the caseworker set an earlier end. A grant starting after that day is left
     * as it is: the age check refuses it.
     */
    private LocalDate endByAge(Area area, LocalDate birthDate, LocalDate start, LocalDate end) {
        LocalDate last = checkingGrants.ageEnd(area, birthDate).map(CheckingGrants.AgeEnd::lastDay).orElse(null);
        if (last == null || start == null || last.isBefore(start) || (end != null && !end.isAfter(last))) {
            return end;
        }
        return last;
    }

    /** The grant as decided, from its check. */
    Grant grant(ProposalCheck g, UUID key, int versionNo, ProviderChoice provider, LocalDate effectiveFrom) {
        GrantInput in = g.input();
        Intervention intervention = g.intervention();
        boolean hasCriteria = intervention.criteria() != null;
        CriteriaEvaluation criteria = g.criteria();
        return new Grant(null, key, versionNo, false, g.catalogVersion(), g.catalogValidFrom(), g.area().code(),
                g.area().name(), intervention.code(), intervention.name(), g.legalBasis(), g.area().appealable(),
                in.times(), in.per(), in.every(), in.shifts(), in.minutesPerDelivery(), in.start(), g.end(), in.goals(), g.startBy(),
                g.weeklyMinutes(), g.course(), CriteriaOutcome.of(criteria, hasCriteria),
                hasCriteria ? criteriaText(intervention) : null, hasCriteria ? explain(criteria) : null,
                in.overrideReason(), g.findings(), provider, effectiveFrom, g.legalBasisAge(),
                Measured.of(intervention.measure(), in.measure()));
    }

    /** Refusals with the standard's criteria quoted and the citizen's scores read against them. */
    List<Refusal> refusals(Citizen citizen, LocalDate today, List<RefusalInput> inputs,
                                   Map<UUID, Integer> scores, String inquiryLegalBasis, List<Violation> violations) {
        Catalog catalog = catalogs.inForce(citizen.municipalityId(), today).orElse(null);
        List<Refusal> refusals = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            RefusalInput in = inputs.get(i);
            String at = "refusals[" + i + "]";
            Intervention intervention = null;
            Area area = null;
            if (in.interventionCode() != null) {
                intervention = catalog == null ? null : catalogs.intervention(catalog, in.interventionCode()).orElse(null);
                if (intervention == null) {
                    violations.add(new Violation(at + ".interventionCode", "decision.refusal.unknownIntervention",
                            i + 1, in.interventionCode()));
                    continue;
                }
                area = catalog.areaOf(intervention.code()).orElseThrow();
            } else if (in.description() == null) {
                violations.add(new Violation(at + ".description", "decision.refusal.descriptionRequired", i + 1));
            }
            if (in.reason() == null) {
                violations.add(new Violation(at + ".reason", "decision.refusal.reasonRequired", i + 1));
                continue;
            }
            if (in.description() == null && intervention == null) {
                continue;
            }
            boolean hasCriteria = intervention != null && intervention.criteria() != null;
            refusals.add(new Refusal(intervention == null ? null : intervention.code(),
                    intervention == null ? null : intervention.name(),
                    area != null ? checkingGrants.legalBasisInForce().read(area, intervention, today,
                            citizen.cprNumber().birthDate()).text() : inquiryLegalBasis,
                    area == null || area.appealable(),
                    in.description() != null ? in.description() : intervention.name(), in.reason(),
                    hasCriteria ? criteriaText(intervention) : null,
                    hasCriteria ? explain(CriteriaEvaluation.of(intervention, scores)) : null));
        }
        return refusals;
    }

    private static String criteriaText(Intervention intervention) {
        var c = intervention.criteria();
        if (c.text() != null) {
            return c.text().strip();
        }
        return c.all().stream().map(x -> x.describeForCitizen()).collect(Collectors.joining("; "));
    }

    /** The citizen's scores read against the criteria, in the letter's plain Danish (no FSIII codes, no retired states). */
    private String explain(CriteriaEvaluation evaluation) {
        return checkingGrants.criteriaInWords().forCitizen(evaluation);
    }

    private record Resolved(Proposal proposal, Catalog catalog, Area area, Intervention intervention, LocalDate end,
                            CoursePlan course) {
    }
}
