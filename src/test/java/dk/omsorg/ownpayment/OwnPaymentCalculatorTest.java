package dk.omsorg.ownpayment;

import dk.omsorg.ownpayment.OwnPaymentInput.Expense;
import dk.omsorg.ownpayment.OwnPaymentInput.FormerRent;
import dk.omsorg.ownpayment.OwnPaymentInput.Income;
import dk.omsorg.ownpayment.OwnPaymentInput.OfferPrice;
import dk.omsorg.ownpayment.OwnPaymentPolicy.Level;
import dk.omsorg.ownpayment.internal.OwnPaymentFiles.OwnPaymentFileException;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The § 107 own payment with Ikast-Brande's 2025 figures from its policy file; no Spring, no database. */
class OwnPaymentCalculatorTest {

    private static final Level IKAST_2025 = new OwnPaymentPolicies(new Resource[]{
            new ClassPathResource("policy/756-ikast-brande/own-payment.yaml")})
            .forMunicipality(756).orElseThrow().levelOn(LocalDate.of(2025, 3, 1)).orElseThrow();

    private static final LocalDate START = LocalDate.of(2025, 2, 1);

    private static Money kr(String s) {
        return Money.parse(s);
    }

    /** All five approved expenses at the seed's caps, medicine 312,50 kr. actual: 1.113,50 kr. */
    private static List<Expense> seedExpenses() {
        return List.of(new Expense("MEDICINE", kr("312.50")), new Expense("ANTENNA", kr("230.00")),
                new Expense("PHONE", kr("57.00")), new Expense("DEPOSIT_SAVING", kr("220.00")),
                new Expense("INSURANCE", kr("294.00")));
    }

    private static OfferPrice offer(String housing, String food, String services) {
        return new OfferPrice(kr(housing), kr(food), kr(services));
    }

    @Test
    void seedFiguresGiveIncomeLessApprovedExpensesLessDisposableAmount() {
        // Worked example (seed 001 § 107, 2025): income 14.000,00 (folkepension 12.500,00 + another income 1.500,00);
        // expenses 312,50 + 230 + 57 + 220 + 294 = 1.113,50; disposable 2.137,00;
        // own payment = 14.000,00 − 1.113,50 − 2.137,00 = 10.749,50 — below the offer's 12.000,00, so not capped.
        OwnPaymentInput in = new OwnPaymentInput(START, List.of(new Income("Folkepension", kr("12500.00")),
                new Income("Anden indtægt", kr("1500.00"))), seedExpenses(), null, offer("7000.00", "3500.00", "1500.00"));
        OwnPaymentResult r = OwnPaymentCalculator.compute(IKAST_2025, in, LocalDate.of(2025, 3, 1));
        assertThat(r.disposableAmount()).isEqualTo(kr("2137.00"));
        assertThat(r.expensesTotal()).isEqualTo(kr("1113.50"));
        assertThat(r.ownPayment()).isEqualTo(kr("10749.50"));
        assertThat(r.cappedAtOffer()).isFalse();
    }

    @Test
    void formerRentCountsUntilItsDateThenNot() {
        // 14.000,00 − 1.113,50 − 4.500,00 rent − 2.137,00 = 6.249,50 while the rent runs (to 30 April 2025)
        OwnPaymentInput in = new OwnPaymentInput(START, List.of(new Income("Folkepension", kr("14000.00"))),
                seedExpenses(), new FormerRent(kr("4500.00"), LocalDate.of(2025, 4, 30)), offer("7000.00", "3500.00", "1500.00"));
        assertThat(OwnPaymentCalculator.compute(IKAST_2025, in, LocalDate.of(2025, 4, 1)).ownPayment()).isEqualTo(kr("6249.50"));
        assertThat(OwnPaymentCalculator.compute(IKAST_2025, in, LocalDate.of(2025, 5, 1)).ownPayment()).isEqualTo(kr("10749.50"));
    }

    @Test
    void depositSavingEndsAfterThreeYearsFromTheStart() {
        OwnPaymentInput in = new OwnPaymentInput(START, List.of(new Income("Folkepension", kr("14000.00"))),
                seedExpenses(), null, offer("7000.00", "3500.00", "1500.00"));
        assertThat(OwnPaymentCalculator.compute(IKAST_2025, in, LocalDate.of(2028, 1, 1)).ownPayment()).isEqualTo(kr("10749.50"));
        // February 2028 is the 37th month: the 220 kr. saving no longer counts
        assertThat(OwnPaymentCalculator.compute(IKAST_2025, in, LocalDate.of(2028, 2, 1)).ownPayment()).isEqualTo(kr("10969.50"));
    }

    @Test
    void neverMoreThanTheOffersCost() {
        OwnPaymentInput in = new OwnPaymentInput(START, List.of(new Income("Folkepension", kr("14000.00"))),
                seedExpenses(), null, offer("6000.00", "3000.00", "1000.00"));
        OwnPaymentResult r = OwnPaymentCalculator.compute(IKAST_2025, in, LocalDate.of(2025, 3, 1));
        assertThat(r.beforeCap()).isEqualTo(kr("10749.50"));
        assertThat(r.ownPayment()).isEqualTo(kr("10000.00"));
        assertThat(r.cappedAtOffer()).isTrue();
    }

    @Test
    void neverBelowZero() {
        OwnPaymentInput in = new OwnPaymentInput(START, List.of(new Income("Folkepension", kr("3000.00"))),
                seedExpenses(), null, offer("6000.00", "3000.00", "1000.00"));
        assertThat(OwnPaymentCalculator.compute(IKAST_2025, in, LocalDate.of(2025, 3, 1)).ownPayment()).isEqualTo(Money.ZERO);
    }

    @Test
    void refusesAnUnknownKindANegativeAmountAndAnExpenseAboveItsCap() {
        OwnPaymentInput in = new OwnPaymentInput(START, List.of(new Income("Folkepension", kr("-1.00"))),
                List.of(new Expense("CAR", kr("100.00")), new Expense("ANTENNA", kr("230.01"))), null,
                offer("6000.00", "3000.00", "1000.00"));
        assertThatThrownBy(() -> OwnPaymentCalculator.check(IKAST_2025, in))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.messageKey())
                        .containsExactly("incomes[0].amount ownpayment.amount.negative",
                                "expenses[0].kind ownpayment.expense.unknown",
                                "expenses[1].amount ownpayment.expense.aboveCap"));
    }

    @Test
    void aPolicyFileWithAThreeDecimalCapIsRefusedWithLineAndField() {
        String yaml = """
                municipality: 756
                source: "x"
                levels:
                  - validFrom: 2025-01-01
                    source: "x"
                    disposableAmount: "2137.00"
                    expenses:
                      - kind: ANTENNA
                        name: "Antennebidrag"
                        maxPerMonth: "230.005"
                """;
        Resource file = new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "own-payment.yaml");
        assertThatThrownBy(() -> new OwnPaymentPolicies(new Resource[]{file}))
                .isInstanceOfSatisfying(OwnPaymentFileException.class, e -> assertThat(e.problems())
                        .singleElement().asString().contains("line 10").contains("levels[0].expenses[0].maxPerMonth"));
    }
}
