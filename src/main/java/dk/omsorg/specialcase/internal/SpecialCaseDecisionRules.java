package dk.omsorg.specialcase.internal;

import dk.omsorg.decision.Decision;
import dk.omsorg.decision.Grant;
import dk.omsorg.decision.GrantExplanation;
import dk.omsorg.decision.ProviderChoiceRule;
import dk.omsorg.decision.SpecialCaseLookup;
import dk.omsorg.provider.ProviderChoiceKind;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.web.Messages;
import dk.omsorg.specialcase.SpecialCasePolicies;
import dk.omsorg.specialcase.SpecialCasePolicy;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the special case means for the citizen's decisions (seed 000: "Vi udvælger derfor leverandør til opgaven. Dvs.
 * borger oplyses ikke om frit valg"): while the case is open, a grant of one of the case's interventions may not get
 * free choice or a free-choice voucher — the municipality selects the provider — and the letter says so under the
 * grant. Also the overview's special-case warning. Through the decision module's interfaces, so that module does not
 * depend on this one.
 */
@Component
class SpecialCaseDecisionRules implements ProviderChoiceRule, GrantExplanation, SpecialCaseLookup {

    private final SpecialCaseStore store;
    private final SpecialCasePolicies policies;
    private final CurrentUsers users;
    private final Messages messages;

    SpecialCaseDecisionRules(SpecialCaseStore store, SpecialCasePolicies policies, CurrentUsers users, Messages messages) {
        this.store = store;
        this.policies = policies;
        this.users = users;
        this.messages = messages;
    }

    @Override
    public List<Violation> check(int municipalityId, long citizenId, List<Choice> choices) {
        if (choices.isEmpty() || store.openOf(municipalityId, citizenId).isEmpty()) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        for (Choice c : choices) {
            if (c.kept()) {
                continue;   // the kind of choice was ruled on when it was made
            }
            ProviderChoiceKind kind = c.provider() == null ? null : c.provider().kind();
            if ((kind == ProviderChoiceKind.FREE_CHOICE || kind == ProviderChoiceKind.FREE_CHOICE_VOUCHER)
                    && caseIntervention(municipalityId, c.interventionCode(), c.start())) {
                violations.add(new Violation(c.field() + ".kind", "specialCase.decision.noFreeChoice", c.number(),
                        c.interventionName()));
            }
        }
        return violations;
    }

    @Override
    public Optional<String> explain(Decision decision, Grant grant) {
        if (store.openOf(decision.municipalityId(), decision.citizenId()).isEmpty()
                || !caseIntervention(decision.municipalityId(), grant.interventionCode(), grant.start())) {
            return Optional.empty();
        }
        return Optional.of(messages.text("specialCase.letter.selectedByMunicipality"));
    }

    @Override
    public boolean hasOpenCase(long citizenId) {
        return store.openOf(users.current().municipalityId(), citizenId).isPresent();
    }

    private boolean caseIntervention(int municipalityId, String code, LocalDate day) {
        return code != null && day != null && policies.forMunicipality(municipalityId).flatMap(p -> p.on(day))
                .map((SpecialCasePolicy.Rules r) -> r.caseIntervention(code)).orElse(false);
    }
}
