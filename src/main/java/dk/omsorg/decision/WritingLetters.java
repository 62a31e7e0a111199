package dk.omsorg.decision;

import dk.omsorg.catalog.Area;
import dk.omsorg.catalog.Catalogs;
import dk.omsorg.catalog.CheckingGrants;
import dk.omsorg.catalog.DanishText;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.decision.internal.DecisionRepository;
import dk.omsorg.decision.internal.LetterRenderer;
import dk.omsorg.decision.internal.LetterView;
import dk.omsorg.inquiry.Inquiry;
import dk.omsorg.municipality.Municipalities;
import dk.omsorg.provider.ChoosingProvider;
import dk.omsorg.provider.Provider;
import dk.omsorg.provider.Providers;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.shared.DanishTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a decision's letter: who delivers each grant, whether free choice and switching are explained (only where the
 * standard gives free choice), why help ends at an age, and the change it makes to the version before.
 */
class WritingLetters {

    private final DecisionRepository decisions;
    private final Catalogs catalogs;
    private final CheckingGrants checkingGrants;
    private final ChoosingProvider choosingProvider;
    private final Providers providers;
    private final Municipalities municipalities;
    private final LetterRenderer letters;
    private final org.springframework.beans.factory.ObjectProvider<GrantExplanation> explanations;

    WritingLetters(DecisionRepository decisions, Catalogs catalogs, CheckingGrants checkingGrants,
                   ChoosingProvider choosingProvider, Providers providers, Municipalities municipalities,
                   LetterRenderer letters, org.springframework.beans.factory.ObjectProvider<GrantExplanation> explanations) {
        this.explanations = explanations;
        this.decisions = decisions;
        this.catalogs = catalogs;
        this.checkingGrants = checkingGrants;
        this.choosingProvider = choosingProvider;
        this.providers = providers;
        this.municipalities = municipalities;
        this.letters = letters;
    }

    /** The letter of {@code decision} (a change letter when {@code previous} is given), rendered and stored. */
    void store(Decision decision, Citizen citizen, CurrentUser user, Inquiry inquiry, Decision previous, Instant now) {
        // the provider delivering each grant when it starts (or today, for a grant already running): after a
        // switch, a changed decision names the new provider
        Map<UUID, Provider> deliveredBy = new java.util.HashMap<>();
        LocalDate today = decision.decidedOn();
        for (Grant g : decision.grants()) {
            providers.deliveringGrant(g.grantKey(), g.start().isAfter(today) ? g.start() : today)
                    .ifPresent(p -> deliveredBy.put(g.grantKey(), p));
        }
        // free choice and switching are explained only where the standard gives free choice; help that ends at an
        // age says so
        boolean freeChoice = false;
        Map<UUID, String> endNotes = new java.util.HashMap<>();
        for (Grant g : decision.grants()) {
            Area area = catalogs.inForce(decision.municipalityId(), g.catalogValidFrom())
                    .flatMap(c -> c.area(g.areaCode())).orElse(null);
            freeChoice |= area == null || area.freeChoice();
            checkingGrants.ageEnd(area, citizen.cprNumber().birthDate()).filter(e -> e.lastDay().equals(g.end()))
                    .ifPresent(e -> endNotes.put(g.grantKey(), "Bevillingen ophører den " + DanishText.date(e.lastDay())
                            + ", " + e.reason() + "."));
            // what other modules say of the grant (the § 100 calculation behind an amount), after the end note
            explanations.orderedStream().map(x -> x.explain(decision, g)).flatMap(java.util.Optional::stream)
                    .forEach(text -> endNotes.merge(g.grantKey(), text, (a, b) -> a + " " + b));
        }
        String switchRule = !freeChoice ? null
                : choosingProvider.settings(decision.municipalityId()).map(s -> s.switchRule().text()).orElse(null);
        LetterView view = LetterView.of(decision, municipalities.byCode(decision.municipalityId()).name(),
                citizen.name(), citizen.address(), citizen.cprNumber().formatted(), user.displayName(),
                inquiry == null ? null : LocalDate.ofInstant(inquiry.receivedAt(), DanishTime.ZONE), previous,
                deliveredBy, switchRule, freeChoice, endNotes);
        if (decisions.afterComplaintId(decision.id()).isPresent()) {
            view = view.afterComplaint();
        }
        decisions.storeLetter(decision.id(), letters.render(view, DecisionAuthorityCheck.approvedFor(),
                user.is(dk.omsorg.security.Role.LEADER)), now);
    }
}
