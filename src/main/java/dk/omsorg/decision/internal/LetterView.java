package dk.omsorg.decision.internal;

import dk.omsorg.catalog.DanishText;
import dk.omsorg.decision.DanishCount;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.Grant;
import dk.omsorg.decision.Refusal;
import dk.omsorg.decision.WeeklyTime;
import dk.omsorg.provider.Provider;
import dk.omsorg.provider.ProviderChoiceKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the decision letter says, already in Danish words and dates, so the template only lays it out.
 *
 * <p>A change letter (a version that changes an earlier one) says what changed — before → after, from the day the
 * grant version takes effect — and why, gives new grants in full, and lists the grants that continue unchanged in
 * brief; grants that have ended are not repeated, nor is a start deadline for help already begun.
 *
 * @param changes          null for a first decision; else "Afgørelsen ændrer afgørelsen af 07.09.2026 (version 1)."
 * @param grants           the grants in full: every grant of a first decision; the new ones of a change
 * @param changed          a change letter's changed grants; empty for a first decision
 * @param unchanged        a change letter's grants that continue unchanged, in brief
 * @param reducesHelp      a change reduces or ends help: the letter says so with the complaint guidance
 * @param nonAppealable    the parts that cannot be brought before Ankestyrelsen, in words
 * @param freeChoice       some grant's area gives free choice of provider: only then does the letter explain it
 * @param lawsCited        the legal bases in force for this decision, spelled out for the citizen
 *                         ("ældreloven § 10", "serviceloven § 83 stk. 1 nr. 1"): the letter and the
 *                         complaint guidance cite these, not the law the standard was written under
 * @param citizenAge       the citizen's age on the decision date when a basis was chosen by age; else null
 */
public record LetterView(long decisionId, Instant createdAt, String fileName, String title, String municipalityName,
                         String decidedOn, String citizenName, String citizenAddress, String cprNumber,
                         String caseworkerName, String appliedFor, String receivedOn, String changes,
                         List<GrantLine> grants, List<ChangeLine> changed, List<String> unchanged, boolean reducesHelp,
                         List<RefusalLine> refusals, String weeklyTotal, String reasoning,
                         List<String> legalBases, List<String> catalogVersions, boolean anyAppealable,
                         List<String> nonAppealable, List<ProviderLine> providers, String switchRule,
                         boolean freeChoice, List<String> lawsCited, Integer citizenAge) {

    /**
     * @param previous    the version this one changes; null for a first decision
     * @param receivedOn  when the application was received; null when not known
     * @param deliveredBy the provider delivering each grant (by grant key), where it has one
     * @param switchRule  the municipality's rule for switching provider, in its words; null when none
     */
    public static LetterView of(Decision d, String municipalityName, String citizenName, String citizenAddress,
                                String cprNumber, String caseworkerName, LocalDate receivedOn,
                                Decision previous, Map<UUID, Provider> deliveredBy, String switchRule) {
        return of(d, municipalityName, citizenName, citizenAddress, cprNumber, caseworkerName, receivedOn, previous,
                deliveredBy, switchRule, true, Map.of());
    }

    /**
     * @param freeChoice some grant's area gives free choice of provider
     * @param endNotes   why a grant ends when it does, by grant key, e.g. "Bevillingen ophører den …, da du når
     *                   folkepensionsalderen."
     */
    public static LetterView of(Decision d, String municipalityName, String citizenName, String citizenAddress,
                                String cprNumber, String caseworkerName, LocalDate receivedOn,
                                Decision previous, Map<UUID, Provider> deliveredBy, String switchRule,
                                boolean freeChoice, Map<UUID, String> endNotes) {
        // a change letter does not repeat grants that have ended
        List<Grant> shown = previous == null ? d.grants()
                : d.grants().stream().filter(g -> !g.carriedOver() || g.notEndedOn(d.decidedOn())).toList();
        List<GrantLine> grants = new ArrayList<>();
        List<ChangeLine> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Grant g : shown) {
            Grant before = previous == null ? null : previous.grant(g.grantKey()).orElse(null);
            if (before == null) {
                grants.add(GrantLine.of(g, endNotes.get(g.grantKey())));
            } else if (g.carriedOver()) {
                unchanged.add(ChangeLine.unchanged(g));
            } else {
                changed.add(ChangeLine.of(before, g));
            }
        }
        boolean reduces = changed.stream().anyMatch(ChangeLine::reduces);
        List<RefusalLine> refusals = d.refusals().stream().map(RefusalLine::of).toList();
        Set<String> bases = new LinkedHashSet<>();
        Stream.concat(shown.stream().map(Grant::legalBasis), d.refusals().stream().map(Refusal::legalBasis))
                .filter(b -> b != null).forEach(bases::add);
        Set<String> catalogs = new LinkedHashSet<>();
        shown.forEach(g -> catalogs.add(g.catalogVersion()));
        List<String> nonAppealable = Stream.concat(
                shown.stream().filter(g -> !g.appealable()).map(g -> g.interventionName() + " (" + g.legalBasis() + ")"),
                d.refusals().stream().filter(r -> !r.appealable()).map(r -> r.description()
                        + (r.legalBasis() == null ? "" : " (" + r.legalBasis() + ")"))).distinct().toList();
        boolean anyAppealable = shown.stream().anyMatch(Grant::appealable)
                || d.refusals().stream().anyMatch(Refusal::appealable);
        String title = previous != null ? "Afgørelse om ændring af din hjælp" : d.grants().isEmpty() ? "Afgørelse om afslag"
                : d.refusals().isEmpty() ? "Afgørelse om hjælp" : "Afgørelse om hjælp og afslag";
        return new LetterView(d.id(), d.createdAt(), "afgoerelse-" + d.id() + ".pdf", title, municipalityName,
                DanishText.date(d.decidedOn()), citizenName, citizenAddress, cprNumber, caseworkerName, d.appliedFor(),
                receivedOn == null ? null : DanishText.date(receivedOn),
                previous == null ? null : "Afgørelsen ændrer afgørelsen af " + DanishText.date(previous.decidedOn())
                        + " (version " + previous.versionNo() + ").",
                List.copyOf(grants), List.copyOf(changed), List.copyOf(unchanged), reduces, refusals,
                minutes(WeeklyTime.of(shown).totalMinutes()), d.reasoning(), List.copyOf(bases),
                List.copyOf(catalogs), anyAppealable, nonAppealable,
                shown.stream().map(g -> ProviderLine.of(g, deliveredBy.get(g.grantKey()))).filter(Objects::nonNull).toList(),
                switchRule, freeChoice, bases.stream().map(LetterView::spelledOut).toList(),
                shown.stream().map(Grant::legalBasisAge).filter(Objects::nonNull).findFirst().orElse(null));
    }

    /** Whether the letter names an RH intervention: the letter then says what RH stands for. */
    public boolean namesRehabilitation() {
        return Stream.of(grants.stream().map(GrantLine::name), changed.stream().map(ChangeLine::name), unchanged.stream())
                .flatMap(x -> x).anyMatch(n -> n != null && n.startsWith("RH "));
    }

    /** A change letter: what changed comes first. */
    /** The same letter for a version made after a complaint: its title says "efter klage". */
    public LetterView afterComplaint() {
        return new LetterView(decisionId, createdAt, fileName, title + " efter klage", municipalityName, decidedOn,
                citizenName, citizenAddress, cprNumber, caseworkerName, appliedFor, receivedOn, changes, grants, changed,
                unchanged, reducesHelp, refusals, weeklyTotal, reasoning, legalBases, catalogVersions, anyAppealable,
                nonAppealable, providers, switchRule, freeChoice, lawsCited, citizenAge);
    }

    public boolean isChange() {
        return changes != null;
    }

    /** The abbreviations the catalogues use, as the citizen reads them: "SEL § 83" → "serviceloven § 83". */
    static String spelledOut(String basis) {
        return Stream.of(basis.split(" / ")).map(b -> b.startsWith("SEL ") ? "serviceloven " + b.substring(4)
                        : b.startsWith("SUL ") ? "sundhedsloven " + b.substring(4)
                        : b.startsWith("Ældreloven ") ? "ældreloven " + b.substring(11) : b)
                .collect(java.util.stream.Collectors.joining(" og "));
    }

    /** Whether a basis cited is Ældreloven: the citizen had reached the folkepension age. */
    public boolean underAeldreloven() {
        return lawsCited.stream().anyMatch(l -> l.contains("ældreloven"));
    }

    /** "ældreloven § 10 og serviceloven § 84 stk. 1". */
    public String lawsCitedText() {
        return DanishText.and(lawsCited);
    }

    /** Whether any grant names a provider or a voucher: the letter then says who delivers each. */
    public boolean providersChosen() {
        return !providers.isEmpty();
    }

    /**
     * Who delivers one grant, in words.
     *
     * @param provider      the provider's name; null for a voucher whose provider the citizen has not found yet
     * @param contact       phone and e-mail, where known
     * @param selectedBy    the municipality selected the provider (seed 000); {@code reason} says why
     * @param voucher       a free-choice voucher (fritvalgsbevis) was issued
     */
    public record ProviderLine(String grantName, String provider, String contact, boolean freeChoice,
                               boolean selectedBy, String reason, boolean voucher) {

        static ProviderLine of(Grant g, Provider delivering) {
            if (g.provider() == null && delivering == null) {
                return null;
            }
            ProviderChoiceKind kind = g.provider() == null ? null : g.provider().kind();
            String contact = delivering == null ? null : Stream.of(delivering.phone() == null ? null : "telefon " + delivering.phone(),
                    delivering.email() == null ? null : "e-mail " + delivering.email())
                    .filter(Objects::nonNull).collect(java.util.stream.Collectors.joining(", "));
            return new ProviderLine(g.interventionName(), delivering == null ? null : delivering.name(),
                    contact == null || contact.isEmpty() ? null : contact, kind == ProviderChoiceKind.FREE_CHOICE,
                    kind == ProviderChoiceKind.SELECTED_BY_MUNICIPALITY,
                    g.provider() == null ? null : g.provider().reason(), kind == ProviderChoiceKind.FREE_CHOICE_VOUCHER);
        }
    }

    /**
     * Whether the letter speaks of time at all: a letter with only grants in money, pools or places (seed 001) shows
     * no minutes and no "visiteret tid".
     */
    public boolean showsTime() {
        return grants.stream().anyMatch(GrantLine::inTime) || !weeklyTotal.startsWith("0 ");
    }

    static String minutes(int minutes) {
        return DanishCount.minutes(minutes) + " om ugen" + (minutes >= 60 ? " (" + WeeklyTime.hoursAndMinutes(minutes) + ")" : "");
    }

    /** One grant in words. {@code criteriaOutcome} is MET, NOT_MET, NOT_SCORED or NONE. */
    public record GrantLine(String name, String legalBasis, String frequency, int minutesPerDelivery, String weekly,
                            String period, String startBy, String goals, String midwayEvaluation,
                            String finalEvaluation, String criteriaOutcome, String criteriaText,
                            String criteriaExplanation, String overrideReason, boolean changed, String endNote,
                            boolean inTime) {

        /** "1 minut", "30 minutter". */
        public String perDelivery() {
            return DanishCount.minutes(minutesPerDelivery);
        }

        static GrantLine of(Grant g, String endNote) {
            String period = "Fra " + DanishText.date(g.start())
                    + (g.end() == null ? " (varig hjælp)" : " til og med " + DanishText.date(g.end()) + " (midlertidig hjælp)");
            return new GrantLine(g.interventionName(), g.legalBasis(), g.frequency(), g.minutesPerDelivery(),
                    minutes(g.weeklyMinutes()), period, g.startBy() == null ? null : DanishText.date(g.startBy()),
                    g.goals(), g.course() == null ? null : DanishText.date(g.course().midwayEvaluation()),
                    g.course() == null ? null : DanishText.date(g.course().finalEvaluation()),
                    g.criteriaOutcome().name(), g.criteriaText(), g.criteriaExplanation(), g.overrideReason(),
                    !g.carriedOver(), endNote, g.inTime());
        }
    }

    public record RefusalLine(String description, String legalBasis, String reason, String criteriaText,
                              String criteriaExplanation) {

        static RefusalLine of(Refusal r) {
            return new RefusalLine(r.description(), r.legalBasis(), r.reason(), r.criteriaText(), r.criteriaExplanation());
        }
    }
}
