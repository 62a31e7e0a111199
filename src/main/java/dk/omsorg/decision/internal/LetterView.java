package dk.omsorg.decision.internal;

import dk.omsorg.catalog.DanishText;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.Grant;
import dk.omsorg.decision.Refusal;
import dk.omsorg.decision.WeeklyTime;
import dk.omsorg.provider.Provider;
import dk.omsorg.provider.ProviderChoiceKind;

import java.time.Instant;
import java.time.LocalDate;
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
 * @param changes          null for a first decision; else "ændrer afgørelsen af …"
 * @param nonAppealable    the parts that cannot be brought before Ankestyrelsen, in words
 * @param lawsCited        the legal bases in force for this decision, spelled out for the citizen
 *                         ("ældreloven § 10", "serviceloven § 83 stk. 1 nr. 1"): the letter and the
 *                         complaint guidance cite these, not the law the standard was written under
 * @param citizenAge       the citizen's age on the decision date when a basis was chosen by age; else null
 */
public record LetterView(long decisionId, Instant createdAt, String fileName, String title, String municipalityName,
                         String decidedOn, String citizenName, String citizenAddress, String cprNumber,
                         String caseworkerName, String appliedFor, String receivedOn, String changes,
                         List<GrantLine> grants, List<RefusalLine> refusals, String weeklyTotal, String reasoning,
                         List<String> legalBases, List<String> catalogVersions, boolean anyAppealable,
                         List<String> nonAppealable, List<ProviderLine> providers, String switchRule,
                         List<String> lawsCited, Integer citizenAge) {

    /**
     * @param previousDecidedOn the decision date of the version this one changes; null for a first decision
     * @param receivedOn        when the application was received; null when not known
     * @param deliveredBy       the provider delivering each grant (by grant key), where it has one
     * @param switchRule        the municipality's rule for switching provider, in its words; null when none
     */
    public static LetterView of(Decision d, String municipalityName, String citizenName, String citizenAddress,
                                String cprNumber, String caseworkerName, LocalDate receivedOn,
                                LocalDate previousDecidedOn, Map<UUID, Provider> deliveredBy, String switchRule) {
        List<GrantLine> grants = d.grants().stream().map(GrantLine::of).toList();
        List<RefusalLine> refusals = d.refusals().stream().map(RefusalLine::of).toList();
        Set<String> bases = new LinkedHashSet<>();
        Stream.concat(d.grants().stream().map(Grant::legalBasis), d.refusals().stream().map(Refusal::legalBasis))
                .filter(b -> b != null).forEach(bases::add);
        Set<String> catalogs = new LinkedHashSet<>();
        d.grants().forEach(g -> catalogs.add(g.catalogVersion()));
        List<String> nonAppealable = Stream.concat(
                d.grants().stream().filter(g -> !g.appealable()).map(g -> g.interventionName() + " (" + g.legalBasis() + ")"),
                d.refusals().stream().filter(r -> !r.appealable()).map(r -> r.description()
                        + (r.legalBasis() == null ? "" : " (" + r.legalBasis() + ")"))).distinct().toList();
        boolean anyAppealable = d.grants().stream().anyMatch(Grant::appealable)
                || d.refusals().stream().anyMatch(Refusal::appealable);
        String title = d.grants().isEmpty() ? "Afgørelse om afslag"
                : d.refusals().isEmpty() ? "Afgørelse om hjælp" : "Afgørelse om hjælp og afslag";
        return new LetterView(d.id(), d.createdAt(), "afgoerelse-" + d.id() + ".pdf", title, municipalityName,
                DanishText.date(d.decidedOn()), citizenName, citizenAddress, cprNumber, caseworkerName, d.appliedFor(),
                receivedOn == null ? null : DanishText.date(receivedOn),
                previousDecidedOn == null ? null : "Afgørelsen ændrer afgørelsen af " + DanishText.date(previousDecidedOn)
                        + " (version " + d.versionNo() + ").",
                grants, refusals, minutes(d.weeklyTime().totalMinutes()), d.reasoning(), List.copyOf(bases),
                List.copyOf(catalogs), anyAppealable, nonAppealable,
                d.grants().stream().map(g -> ProviderLine.of(g, deliveredBy.get(g.grantKey()))).filter(Objects::nonNull).toList(),
                switchRule, bases.stream().map(LetterView::spelledOut).toList(),
                d.grants().stream().map(Grant::legalBasisAge).filter(Objects::nonNull).findFirst().orElse(null));
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

    static String minutes(int minutes) {
        return minutes + " minutter om ugen" + (minutes >= 60 ? " (" + WeeklyTime.hoursAndMinutes(minutes) + ")" : "");
    }

    /** One grant in words. {@code criteriaOutcome} is MET, NOT_MET, NOT_SCORED or NONE. */
    public record GrantLine(String name, String legalBasis, String frequency, int minutesPerDelivery, String weekly,
                            String period, String startBy, String goals, String midwayEvaluation,
                            String finalEvaluation, String criteriaOutcome, String criteriaText,
                            String criteriaExplanation, String overrideReason, boolean changed) {

        static GrantLine of(Grant g) {
            String period = "Fra " + DanishText.date(g.start())
                    + (g.end() == null ? " (varig hjælp)" : " til og med " + DanishText.date(g.end()) + " (midlertidig hjælp)");
            return new GrantLine(g.interventionName(), g.legalBasis(), g.frequency(), g.minutesPerDelivery(),
                    minutes(g.weeklyMinutes()), period, g.startBy() == null ? null : DanishText.date(g.startBy()),
                    g.goals(), g.course() == null ? null : DanishText.date(g.course().midwayEvaluation()),
                    g.course() == null ? null : DanishText.date(g.course().finalEvaluation()),
                    g.criteriaOutcome().name(), g.criteriaText(), g.criteriaExplanation(), g.overrideReason(),
                    !g.carriedOver());
        }
    }

    public record RefusalLine(String description, String legalBasis, String reason, String criteriaText,
                              String criteriaExplanation) {

        static RefusalLine of(Refusal r) {
            return new RefusalLine(r.description(), r.legalBasis(), r.reason(), r.criteriaText(), r.criteriaExplanation());
        }
    }
}
