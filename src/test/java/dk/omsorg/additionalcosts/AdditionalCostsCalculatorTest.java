package dk.omsorg.additionalcosts;

import dk.omsorg.additionalcosts.AdditionalCostsCalculation.Cap;
import dk.omsorg.additionalcosts.AdditionalCostsCalculation.Outcome;
import dk.omsorg.additionalcosts.ExpenseLine.Evidence;
import dk.omsorg.additionalcosts.ExpenseLine.ExpenseKind;
import dk.omsorg.additionalcosts.ExpenseLine.Period;
import dk.omsorg.additionalcosts.internal.AdditionalCostsFiles;
import dk.omsorg.additionalcosts.internal.AdditionalCostsFiles.AdditionalCostsFileException;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The § 100 calculation with Ikast-Brande's own policy file (seed 001's 2022 and 2025 levels), without Spring. */
class AdditionalCostsCalculatorTest {

    static final AdditionalCostsPolicy IKAST = AdditionalCostsFiles.read(
            new ClassPathResource("policy/756-ikast-brande/additional-costs.yaml"));
    static final LocalDate Y2022 = LocalDate.of(2022, 3, 1);
    static final LocalDate Y2025 = LocalDate.of(2025, 3, 1);

    static ExpenseLine other(String kroner, Period period, Evidence evidence) {
        return new ExpenseLine(ExpenseKind.OTHER, "Diætkost", Money.parse(kroner), period, evidence,
                evidence == Evidence.DOCUMENTED ? "Bilag 1" : null, null, null);
    }

    static AdditionalCostsCalculation monthly(LocalDate start, String kroner, Evidence evidence) {
        return AdditionalCostsCalculator.calculate(IKAST, start, List.of(other(kroner, Period.MONTH, evidence)), List.of());
    }

    @ParameterizedTest(name = "{0}: {1} kr./md. → {2} band {3}, {4} kr.")
    @CsvSource({
            // 2022 (seed 001 line 647): minimum 574, bands 574–1.611 → 1.074, 1.612–2.685 → 2.148, top 2.685
            "2022, 573.99, REFUSED, 0, 0.00",
            "2022, 574.00, STANDARD, 1, 1074.00",
            "2022, 1611.00, STANDARD, 1, 1074.00",
            "2022, 1612.00, STANDARD, 2, 2148.00",
            "2022, 2685.00, STANDARD, 2, 2148.00",
            "2022, 3000.50, ACTUAL, 0, 3000.50",
            // 2025 (seed 001 lines 741–755): minimum 630, 630–1.769 → 1.179, 1.769–2.948 → 2.359, top 2.948
            "2025, 629.99, REFUSED, 0, 0.00",
            "2025, 630.00, STANDARD, 1, 1179.00",
            "2025, 1768.99, STANDARD, 1, 1179.00",
            "2025, 1769.00, STANDARD, 2, 2359.00",
            "2025, 2948.00, STANDARD, 2, 2359.00",
            "2025, 3100.00, ACTUAL, 0, 3100.00",
    })
    void bandsOfBothYears(int year, String kroner, Outcome outcome, int band, String allowance) {
        AdditionalCostsCalculation c = monthly(year == 2022 ? Y2022 : Y2025, kroner, Evidence.DOCUMENTED);
        assertThat(c.outcome()).isEqualTo(outcome);
        assertThat(c.band()).isEqualTo(band);
        assertThat(c.monthlyAllowance()).isEqualTo(Money.parse(allowance));
    }

    @Test
    void probableCostsAboveTheTopGiveTheTopBandNotTheActualAmount() {
        AdditionalCostsCalculation c = monthly(Y2025, "4000,00", Evidence.PROBABLE);
        assertThat(c.outcome()).isEqualTo(Outcome.STANDARD);
        assertThat(c.monthlyAllowance()).isEqualTo(Money.parse("2.359,00"));
    }

    @Test
    void deductionForOthersOfTheSameAgeIsSubtractedAndYearlyAmountsRoundHalfUp() {
        // 10.000,00 a year = 833,333… → 833,33; less 2.400 a year (200,00) = 633,33 → band 1 in 2025
        AdditionalCostsCalculation c = AdditionalCostsCalculator.calculate(IKAST, Y2025,
                List.of(other("10.000,00", Period.YEAR, Evidence.PROBABLE)),
                List.of(new DeductionLine("Almindelig kost", Money.parse("2.400,00"), Period.YEAR)));
        assertThat(c.monthlyExpenses()).isEqualTo(Money.parse("833,33"));
        assertThat(c.monthlyDeductions()).isEqualTo(Money.parse("200,00"));
        assertThat(c.monthlyNeed()).isEqualTo(Money.parse("633,33"));
        assertThat(c.monthlyAllowance()).isEqualTo(Money.parse("1.179,00"));
    }

    @Test
    void medicineIsCappedAtTheYearsOwnPaymentCeiling() {
        // ceiling 4.575 kr. a year (seed 001 line 805) → 381,25 a month, whatever is spent
        ExpenseLine medicine = new ExpenseLine(ExpenseKind.MEDICINE, "Medicin", Money.parse("600,00"), Period.MONTH,
                Evidence.DOCUMENTED, "Apoteksbon", null, null);
        AdditionalCostsCalculation c = AdditionalCostsCalculator.calculate(IKAST, Y2025, List.of(medicine), List.of());
        assertThat(c.lines().get(0).monthlyBeforeCap()).isEqualTo(Money.parse("600,00"));
        assertThat(c.lines().get(0).monthly()).isEqualTo(Money.parse("381,25"));
        assertThat(c.lines().get(0).cap()).isEqualTo(Cap.MEDICINE_CEILING);
        assertThat(c.outcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void leisureDrivingIsCappedAt500KmAMonthAndHolidayAtTwoWeeks() {
        ExpenseLine driving = new ExpenseLine(ExpenseKind.LEISURE_DRIVING, "Fritidskørsel", null, Period.MONTH,
                Evidence.PROBABLE, null, 800, null);
        ExpenseLine holiday = new ExpenseLine(ExpenseKind.HOLIDAY, "Ferie med ledsager", Money.parse("6.000,00"),
                Period.YEAR, Evidence.PROBABLE, null, null, 4);
        AdditionalCostsCalculation c = AdditionalCostsCalculator.calculate(IKAST, Y2025, List.of(driving, holiday), List.of());
        assertThat(c.lines().get(0).monthly()).isEqualTo(Money.parse("1.115,00")); // 500 km × 2,23
        assertThat(c.lines().get(0).cap()).isEqualTo(Cap.LEISURE_KM);
        assertThat(c.lines().get(1).monthlyBeforeCap()).isEqualTo(Money.parse("500,00"));
        assertThat(c.lines().get(1).monthly()).isEqualTo(Money.parse("250,00")); // 2 of 4 weeks
        assertThat(c.lines().get(1).cap()).isEqualTo(Cap.HOLIDAY_WEEKS);
    }

    @Test
    void aHolidayMustBeAppliedForAtLeastEightWeeksAhead() {
        LocalDate appliedOn = LocalDate.of(2025, 3, 3);
        ExpenseLine tooSoon = new ExpenseLine(ExpenseKind.HOLIDAY, "Ferie", Money.parse("6.000,00"), Period.YEAR,
                Evidence.PROBABLE, null, null, 2, appliedOn.plusWeeks(8).minusDays(1));
        assertThatThrownBy(() -> AdditionalCostsCalculator.calculate(IKAST, Y2025, appliedOn, List.of(tooSoon), List.of()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("expenses[0].holidayStart", "additionalCosts.holidayStart.tooSoon")));
        ExpenseLine inTime = new ExpenseLine(ExpenseKind.HOLIDAY, "Ferie", Money.parse("6.000,00"), Period.YEAR,
                Evidence.PROBABLE, null, null, 2, appliedOn.plusWeeks(8));
        assertThat(AdditionalCostsCalculator.calculate(IKAST, Y2025, appliedOn, List.of(inTime), List.of()).monthlyNeed())
                .isEqualTo(Money.parse("500,00"));
    }

    @Test
    void badLinesAreRefusedByFieldTogether() {
        ExpenseLine negative = new ExpenseLine(ExpenseKind.OTHER, "Tøj", Money.parse("-10,00"), Period.MONTH,
                Evidence.PROBABLE, null, null, null);
        ExpenseLine noPeriod = new ExpenseLine(ExpenseKind.OTHER, "Tøj", Money.parse("10,00"), null,
                Evidence.PROBABLE, null, null, null);
        ExpenseLine noReceipt = new ExpenseLine(ExpenseKind.OTHER, "Tøj", Money.parse("10,00"), Period.MONTH,
                Evidence.DOCUMENTED, " ", null, null);
        assertThatThrownBy(() -> AdditionalCostsCalculator.calculate(IKAST, Y2025, List.of(negative, noPeriod, noReceipt), List.of()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(Violation::field)
                        .containsExactly("expenses[0].amount", "expenses[1].period", "expenses[2].receiptReference"));
    }

    @Test
    void aBrokenPolicyFileIsRefusedWithFileLineAndField() {
        String yaml = """
                municipality: 756
                source: "x"
                levels:
                  - validFrom: 2025-01-01
                    source: "y"
                    bands:
                      - from: "630,005"
                        standard: "1.179,00"
                    top: "2.948,00"
                medicineCeilings: []
                kmRates: []
                leisureKmPerMonth: 500
                holidayWeeksPerYear: 2
                holidayApplicationWeeks: 8
                """;
        assertThatThrownBy(() -> AdditionalCostsFiles.read(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(AdditionalCostsFileException.class)
                .hasMessageContaining("line 7, field levels[0].bands[0].from")
                .hasMessageContaining("field medicineCeilings");
    }
}
