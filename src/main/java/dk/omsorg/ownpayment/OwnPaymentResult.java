package dk.omsorg.ownpayment;

import dk.omsorg.shared.Money;

import java.util.List;

/**
 * A computed monthly own payment with its parts, so a page or a letter can show the calculation.
 *
 * @param expenses        the expense lines counted (an expense past its period, or rent past its date, is left out)
 * @param beforeCap       income − expenses − disposable amount, not below 0
 * @param cappedAtOffer   whether the offer's cost capped the amount
 */
public record OwnPaymentResult(Money income, List<Line> expenses, Money expensesTotal, Money disposableAmount,
                               Money beforeCap, Money offerCost, boolean cappedAtOffer, Money ownPayment) {

    /** A counted expense line: its Danish name and amount. */
    public record Line(String kind, String name, Money amount) {
    }
}
