package dk.omsorg.additionalcosts;

import dk.omsorg.shared.Money;

import java.util.List;

/**
 * The result of a § 100 calculation, shown to the citizen as the letter shows it: each line per month before and after
 * its cap, the deductions, the monthly need, the level used and the outcome.
 *
 * @param band 1-based band number for STANDARD, otherwise 0
 */
public record AdditionalCostsCalculation(List<Line> lines, List<Deduction> deductions, Money monthlyExpenses,
                                         Money monthlyDeductions, Money monthlyNeed, AdditionalCostsPolicy.Level level,
                                         Outcome outcome, int band, Money monthlyAllowance) {

    /** REFUSED below the minimum; STANDARD the band's amount; ACTUAL documented costs above the top. */
    public enum Outcome { REFUSED, STANDARD, ACTUAL }

    /** Which cap cut a line, if any. */
    public enum Cap { NONE, MEDICINE_CEILING, LEISURE_KM, HOLIDAY_WEEKS }

    public record Line(ExpenseLine expense, Money monthlyBeforeCap, Money monthly, Cap cap) {
    }

    public record Deduction(DeductionLine deduction, Money monthly) {
    }
}
