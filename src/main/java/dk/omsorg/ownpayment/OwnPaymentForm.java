package dk.omsorg.ownpayment;

import dk.omsorg.ownpayment.OwnPaymentInput.Expense;
import dk.omsorg.ownpayment.OwnPaymentInput.FormerRent;
import dk.omsorg.ownpayment.OwnPaymentInput.Income;
import dk.omsorg.ownpayment.OwnPaymentInput.OfferPrice;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The own-payment input as given (API body, page form, stored as JSON): amounts in kroner.
 *
 * @param effectiveFrom the first day the new version applies
 * @param version       the latest version the caller saw (null or 0 for the first); another → 409
 */
public record OwnPaymentForm(LocalDate effectiveFrom, LocalDate stayStart, List<IncomeLine> incomes,
                             List<ExpenseLine> expenses, RentLine formerRent, OfferLine offer, UUID grantKey,
                             Integer version) {

    public record IncomeLine(String kind, BigDecimal amount) {
    }

    public record ExpenseLine(String kind, BigDecimal amount) {
    }

    public record RentLine(BigDecimal amount, LocalDate until) {
    }

    public record OfferLine(BigDecimal housing, BigDecimal food, BigDecimal services) {
    }

    /** The calculation's input; amounts with more than two decimals or missing are field errors, nothing stored. */
    public OwnPaymentInput toInput() {
        List<Violation> problems = new ArrayList<>();
        if (effectiveFrom == null) {
            problems.add(new Violation("effectiveFrom", "ownpayment.required"));
        }
        List<Income> in = new ArrayList<>();
        List<IncomeLine> incomeLines = incomes == null ? List.of() : incomes;
        for (int i = 0; i < incomeLines.size(); i++) {
            IncomeLine l = incomeLines.get(i);
            in.add(new Income(l == null ? null : l.kind(), money(problems, "incomes[" + i + "].amount", l == null ? null : l.amount())));
        }
        List<Expense> ex = new ArrayList<>();
        List<ExpenseLine> expenseLines = expenses == null ? List.of() : expenses;
        for (int i = 0; i < expenseLines.size(); i++) {
            ExpenseLine l = expenseLines.get(i);
            ex.add(new Expense(l == null ? null : l.kind(), money(problems, "expenses[" + i + "].amount", l == null ? null : l.amount())));
        }
        FormerRent rent = formerRent == null || formerRent.amount() == null && formerRent.until() == null ? null
                : new FormerRent(money(problems, "formerRent.amount", formerRent.amount()), formerRent.until());
        OfferPrice price = offer == null ? null : new OfferPrice(money(problems, "offer.housing", offer.housing()),
                money(problems, "offer.food", offer.food()), money(problems, "offer.services", offer.services()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new OwnPaymentInput(stayStart, List.copyOf(in), List.copyOf(ex), rent, price);
    }

    /** Null stays null (the calculator names it as required); three decimals is an error here. */
    private static Money money(List<Violation> problems, String field, BigDecimal kroner) {
        if (kroner == null) {
            return null;
        }
        if (kroner.stripTrailingZeros().scale() > 2) {
            problems.add(new Violation(field, "ownpayment.amount.decimals"));
            return Money.ZERO;
        }
        return new Money(kroner.movePointRight(2).setScale(0).longValueExact());
    }
}
