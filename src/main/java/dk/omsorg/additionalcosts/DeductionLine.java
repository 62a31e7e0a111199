package dk.omsorg.additionalcosts;

import dk.omsorg.shared.Money;

/** What others of the same age and situation spend on the same thing (seed 001 line 769): subtracted per period. */
public record DeductionLine(String text, Money amount, ExpenseLine.Period period) {
}
