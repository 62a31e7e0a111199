package dk.omsorg.ownpayment;

import dk.omsorg.ownpayment.OwnPaymentInput.Expense;
import dk.omsorg.ownpayment.OwnPaymentInput.Income;
import dk.omsorg.ownpayment.OwnPaymentPolicy.ExpenseKind;
import dk.omsorg.ownpayment.OwnPaymentPolicy.Level;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The § 107 own payment, pure (no Spring, no database). Seed 001 § 107 "Egenbetaling for opholdet": the citizen keeps
 * the disposable amount and the approved expenses, and may keep paying rent for the former home for a limited period;
 * the rest of the income is the own payment, never below 0 and never more than the offer's cost ("borgere i botilbud
 * skal ikke betale mere end borgere i sammenlignelige lejeboliger").
 */
public final class OwnPaymentCalculator {

    private OwnPaymentCalculator() {
    }

    /** Refuses bad input by field (Danish messages), before anything is stored. */
    public static void check(Level level, OwnPaymentInput in) {
        List<Violation> problems = new ArrayList<>();
        if (in.stayStart() == null) {
            problems.add(new Violation("stayStart", "ownpayment.required"));
        }
        for (int i = 0; i < in.incomes().size(); i++) {
            Income income = in.incomes().get(i);
            if (income.kind() == null || income.kind().isBlank()) {
                problems.add(new Violation("incomes[" + i + "].kind", "ownpayment.required"));
            }
            amount(problems, "incomes[" + i + "].amount", income.amount());
        }
        for (int i = 0; i < in.expenses().size(); i++) {
            Expense expense = in.expenses().get(i);
            String at = "expenses[" + i + "]";
            ExpenseKind kind = expense.kind() == null ? null : level.expenses().get(expense.kind());
            if (kind == null) {
                problems.add(new Violation(at + ".kind", "ownpayment.expense.unknown"));
            }
            if (amount(problems, at + ".amount", expense.amount()) && kind != null && kind.maxPerMonth() != null
                    && expense.amount().compareTo(kind.maxPerMonth()) > 0) {
                // above the cap is refused, documented or not: the seed approves at most the cap
                problems.add(new Violation(at + ".amount", "ownpayment.expense.aboveCap", kind.name(),
                        kind.maxPerMonth().danish()));
            }
        }
        if (in.formerRent() != null) {
            amount(problems, "formerRent.amount", in.formerRent().amount());
            if (in.formerRent().until() == null) {
                problems.add(new Violation("formerRent.until", "ownpayment.required"));
            }
        }
        if (in.offer() == null) {
            problems.add(new Violation("offer", "ownpayment.required"));
        } else {
            amount(problems, "offer.housing", in.offer().housing());
            amount(problems, "offer.food", in.offer().food());
            amount(problems, "offer.services", in.offer().services());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean amount(List<Violation> problems, String field, Money amount) {
        if (amount == null) {
            problems.add(new Violation(field, "ownpayment.required"));
            return false;
        }
        if (amount.isNegative()) {
            problems.add(new Violation(field, "ownpayment.amount.negative"));
            return false;
        }
        return true;
    }

    /** The own payment for the month containing {@code month} (checked input). */
    public static OwnPaymentResult compute(Level level, OwnPaymentInput in, LocalDate month) {
        check(level, in);
        LocalDate first = month.withDayOfMonth(1);
        Money income = Money.ZERO;
        for (Income line : in.incomes()) {
            income = income.plus(line.amount());
        }
        List<OwnPaymentResult.Line> counted = new ArrayList<>();
        Money expenses = Money.ZERO;
        for (Expense line : in.expenses()) {
            ExpenseKind kind = level.expenses().get(line.kind());
            // an expense for a limited period (saving for a deposit: 3 years) counts in the months from the stay's start
            if (kind.months() != null && !first.isBefore(in.stayStart().withDayOfMonth(1).plusMonths(kind.months()))) {
                continue;
            }
            counted.add(new OwnPaymentResult.Line(kind.code(), kind.name(), line.amount()));
            expenses = expenses.plus(line.amount());
        }
        if (in.formerRent() != null && !first.isAfter(in.formerRent().until())) {
            counted.add(new OwnPaymentResult.Line("FORMER_RENT", "Husleje for hidtidig bolig", in.formerRent().amount()));
            expenses = expenses.plus(in.formerRent().amount());
        }
        long left = income.ore() - expenses.ore() - level.disposableAmount().ore();
        Money beforeCap = new Money(Math.max(0, left));
        Money offerCost = in.offer().total();
        boolean capped = beforeCap.compareTo(offerCost) > 0;
        return new OwnPaymentResult(income, List.copyOf(counted), expenses, level.disposableAmount(), beforeCap,
                offerCost, capped, capped ? offerCost : beforeCap);
    }
}
