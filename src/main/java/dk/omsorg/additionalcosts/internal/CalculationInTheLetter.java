package dk.omsorg.additionalcosts.internal;

import dk.omsorg.additionalcosts.AdditionalCosts;
import dk.omsorg.additionalcosts.AdditionalCostsCalculation;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.Grant;
import dk.omsorg.decision.GrantExplanation;
import dk.omsorg.shared.web.Messages;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The § 100 calculation behind a grant in kroner, written under the grant in the citizen's letter (issue 16: "the
 * letter shows the calculation"): each expense per month after its cap, the deductions, the monthly need and the
 * result by the year's levels — the same calculation the grant's amount was checked against
 * ({@link GrantedAmountFollowsTheCalculation}).
 */
@Component
class CalculationInTheLetter implements GrantExplanation {

    private final AdditionalCosts additionalCosts;
    private final Messages messages;

    CalculationInTheLetter(AdditionalCosts additionalCosts, Messages messages) {
        this.additionalCosts = additionalCosts;
        this.messages = messages;
    }

    @Override
    public Optional<String> explain(Decision decision, Grant grant) {
        if (!GrantedAmountFollowsTheCalculation.additionalCostsAllowance(grant)) {
            return Optional.empty();
        }
        return GrantedAmountFollowsTheCalculation.inForce(additionalCosts.ofCitizen(decision.citizenId()), grant.start())
                .map(stored -> text(stored.calculation()));
    }

    private String text(AdditionalCostsCalculation c) {
        String lines = Stream.concat(
                c.lines().stream().map(l -> l.expense().text() + " " + l.monthly().danish() + " kr."),
                c.deductions().stream().map(d -> messages.text("additionalCosts.web.deduction", d.deduction().text())
                        + " − " + d.monthly().danish() + " kr.")).collect(Collectors.joining("; "));
        String result = switch (c.outcome()) {
            case REFUSED -> messages.text("additionalCosts.web.result.REFUSED", c.level().minimum().danish());
            case STANDARD -> messages.text("additionalCosts.web.result.STANDARD", c.band(), c.monthlyAllowance().danish());
            case ACTUAL -> messages.text("additionalCosts.web.result.ACTUAL", c.monthlyAllowance().danish());
        };
        return messages.text("additionalCosts.letter.calculation", lines, c.monthlyNeed().danish(), result);
    }
}
