package dk.omsorg.additionalcosts;

import dk.omsorg.shared.Money;

/**
 * One expense of a § 100 calculation. {@code amount} is per {@code period}; a LEISURE_DRIVING line gives
 * {@code kilometres} per period instead (priced at the state's lowest km rate); a HOLIDAY line gives the extra cost
 * per year for {@code weeks} weeks of holiday. DOCUMENTED lines carry the receipt's reference.
 */
public record ExpenseLine(ExpenseKind kind, String text, Money amount, Period period, Evidence evidence,
                          String receiptReference, Integer kilometres, Integer weeks) {

    public enum ExpenseKind { MEDICINE, LEISURE_DRIVING, HOLIDAY, OTHER }

    public enum Period { MONTH, YEAR }

    /** Sandsynliggjort (probable) or dokumenteret (documented with a receipt). */
    public enum Evidence { PROBABLE, DOCUMENTED }
}
