package dk.omsorg.ownpayment;

import dk.omsorg.shared.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * What a citizen's own payment is computed from, as of one effective date.
 *
 * @param stayStart   the first day of the stay (the 3-year saving period counts from it)
 * @param incomes     the citizen's monthly income lines
 * @param expenses    approved expense lines, monthly, of the policy's kinds
 * @param formerRent  rent still paid for the former home, or null
 * @param offer       the offer's monthly price: housing, food, services
 */
public record OwnPaymentInput(LocalDate stayStart, List<Income> incomes, List<Expense> expenses, FormerRent formerRent,
                              OfferPrice offer) {

    public record Income(String kind, Money amount) {
    }

    public record Expense(String kind, Money amount) {
    }

    /** Rent for the former home, approved for a limited period: up to and including {@code until}. */
    public record FormerRent(Money amount, LocalDate until) {
    }

    public record OfferPrice(Money housing, Money food, Money services) {
        public Money total() {
            return housing.plus(food).plus(services);
        }
    }
}
