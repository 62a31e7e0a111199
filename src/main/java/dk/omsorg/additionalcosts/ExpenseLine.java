package dk.omsorg.additionalcosts;

import dk.omsorg.shared.Money;

import java.time.LocalDate;

/**
 * One expense of a § 100 calculation. {@code amount} is per {@code period}; a LEISURE_DRIVING line gives
 * {@code kilometres} per period instead (priced at the state's lowest km rate); a HOLIDAY line gives the extra cost
 * per year for {@code weeks} weeks of holiday starting {@code holidayStart}. DOCUMENTED lines carry the receipt's reference.
 */
public record ExpenseLine(ExpenseKind kind, String text, Money amount, Period period, Evidence evidence,
                          String receiptReference, Integer kilometres, Integer weeks, LocalDate holidayStart) {

    public ExpenseLine(ExpenseKind kind, String text, Money amount, Period period, Evidence evidence,
                       String receiptReference, Integer kilometres, Integer weeks) {
        this(kind, text, amount, period, evidence, receiptReference, kilometres, weeks, null);
    }

    public enum ExpenseKind { MEDICINE, LEISURE_DRIVING, HOLIDAY, OTHER }

    public enum Period { MONTH, YEAR }

    /** Sandsynliggjort (probable) or dokumenteret (documented with a receipt). */
    public enum Evidence { PROBABLE, DOCUMENTED }
}
