package dk.omsorg.additionalcosts;

import dk.omsorg.additionalcosts.AdditionalCostsCalculation.Cap;
import dk.omsorg.additionalcosts.AdditionalCostsCalculation.Deduction;
import dk.omsorg.additionalcosts.AdditionalCostsCalculation.Line;
import dk.omsorg.additionalcosts.AdditionalCostsCalculation.Outcome;
import dk.omsorg.additionalcosts.AdditionalCostsPolicy.Band;
import dk.omsorg.additionalcosts.AdditionalCostsPolicy.Level;
import dk.omsorg.additionalcosts.ExpenseLine.ExpenseKind;
import dk.omsorg.additionalcosts.ExpenseLine.Evidence;
import dk.omsorg.additionalcosts.ExpenseLine.Period;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InputLimits;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The § 100 calculation (seed 001, "§ 100 Serviceniveau for merudgifter"), pure and without Spring. Every line is
 * brought to a monthly amount in øre; the only rounding is there, once per line, half up to the øre (a yearly amount
 * ÷ 12, km × rate, a holiday cut to the week cap). The monthly need is the lines less the deductions (never below 0);
 * the year's level then gives: below the minimum → refusal; within a band → the band's standard amount; above the
 * top → the documented lines less the deductions if they too are above the top, otherwise the top band's amount.
 */
public final class AdditionalCostsCalculator {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private AdditionalCostsCalculator() {
    }

    /** @throws InvalidInputException naming every field in error (nothing is computed) */
    public static AdditionalCostsCalculation calculate(AdditionalCostsPolicy policy, LocalDate start,
                                                       List<ExpenseLine> expenses, List<DeductionLine> deductions) {
        return calculate(policy, start, null, expenses, deductions);
    }

    /**
     * @param appliedOn the day of the application: a holiday must start at least the policy's
     *                  {@code holidayApplicationWeeks} later (seed 001 line 985); null when recalculating
     */
    public static AdditionalCostsCalculation calculate(AdditionalCostsPolicy policy, LocalDate start, LocalDate appliedOn,
                                                       List<ExpenseLine> expenses, List<DeductionLine> deductions) {
        List<Violation> errors = new ArrayList<>();
        Level level = policy.levelOn(start).orElse(null);
        if (level == null) {
            errors.add(new Violation("startDate", "additionalCosts.noLevel", start));
        }
        if (expenses.isEmpty()) {
            errors.add(new Violation("expenses", "additionalCosts.expenses.required"));
        }
        for (int i = 0; i < expenses.size(); i++) {
            check(policy, start, expenses.get(i), "expenses[" + i + "]", errors);
            holidayAhead(policy, appliedOn, expenses.get(i), "expenses[" + i + "]", errors);
        }
        for (int i = 0; i < deductions.size(); i++) {
            DeductionLine d = deductions.get(i);
            String at = "deductions[" + i + "]";
            text(d.text(), at + ".text", errors);
            amount(d.amount(), at + ".amount", errors);
            if (d.period() == null) {
                errors.add(new Violation(at + ".period", "additionalCosts.period.required"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Line> lines = new ArrayList<>();
        long medicineLeftYearly = policy.medicineCeilingOn(start).map(Money::ore).orElse(0L);
        for (ExpenseLine e : expenses) {
            Line line = switch (e.kind()) {
                case LEISURE_DRIVING -> driving(policy, start, e);
                case HOLIDAY -> holiday(policy, e);
                case MEDICINE -> {
                    long yearly = e.period() == Period.YEAR ? e.amount().ore() : e.amount().ore() * 12;
                    long allowed = Math.min(yearly, medicineLeftYearly);
                    medicineLeftYearly -= allowed;
                    yield new Line(e, monthly(e.amount(), e.period()), perMonth(allowed),
                            allowed < yearly ? Cap.MEDICINE_CEILING : Cap.NONE);
                }
                case OTHER -> new Line(e, monthly(e.amount(), e.period()), monthly(e.amount(), e.period()), Cap.NONE);
            };
            lines.add(line);
        }
        List<Deduction> deducted = deductions.stream().map(d -> new Deduction(d, monthly(d.amount(), d.period()))).toList();
        Money expensesMonthly = lines.stream().map(Line::monthly).reduce(Money.ZERO, Money::plus);
        Money deductionsMonthly = deducted.stream().map(Deduction::monthly).reduce(Money.ZERO, Money::plus);
        Money need = new Money(Math.max(0, expensesMonthly.ore() - deductionsMonthly.ore()));
        Money documented = new Money(Math.max(0, lines.stream().filter(l -> l.expense().evidence() == Evidence.DOCUMENTED)
                .mapToLong(l -> l.monthly().ore()).sum() - deductionsMonthly.ore()));
        List<Band> bands = level.bands();
        if (need.compareTo(level.minimum()) < 0) {
            return new AdditionalCostsCalculation(lines, deducted, expensesMonthly, deductionsMonthly, need, level,
                    Outcome.REFUSED, 0, Money.ZERO);
        }
        if (need.compareTo(level.top()) > 0 && documented.compareTo(level.top()) > 0) {
            return new AdditionalCostsCalculation(lines, deducted, expensesMonthly, deductionsMonthly, need, level,
                    Outcome.ACTUAL, 0, documented);
        }
        int band = bands.size();
        while (band > 1 && need.compareTo(bands.get(band - 1).from()) < 0) {
            band--;
        }
        return new AdditionalCostsCalculation(lines, deducted, expensesMonthly, deductionsMonthly, need, level,
                Outcome.STANDARD, band, bands.get(band - 1).standard());
    }

    private static Line driving(AdditionalCostsPolicy policy, LocalDate start, ExpenseLine e) {
        Money rate = policy.kmRateOn(start).orElseThrow();
        BigDecimal kmMonthly = BigDecimal.valueOf(e.kilometres());
        if (e.period() == Period.YEAR) {
            kmMonthly = kmMonthly.divide(TWELVE, 10, RoundingMode.HALF_UP);
        }
        BigDecimal cap = BigDecimal.valueOf(policy.leisureKmPerMonth());
        BigDecimal rateOre = BigDecimal.valueOf(rate.ore());
        Money before = round(kmMonthly.multiply(rateOre));
        boolean capped = kmMonthly.compareTo(cap) > 0;
        return new Line(e, before, capped ? round(cap.multiply(rateOre)) : before, capped ? Cap.LEISURE_KM : Cap.NONE);
    }

    private static Line holiday(AdditionalCostsPolicy policy, ExpenseLine e) {
        Money before = perMonth(e.amount().ore());
        if (e.weeks() <= policy.holidayWeeksPerYear()) {
            return new Line(e, before, before, Cap.NONE);
        }
        Money capped = round(BigDecimal.valueOf(e.amount().ore()).multiply(BigDecimal.valueOf(policy.holidayWeeksPerYear()))
                .divide(BigDecimal.valueOf(e.weeks() * 12L), 10, RoundingMode.HALF_UP));
        return new Line(e, before, capped, Cap.HOLIDAY_WEEKS);
    }

    private static void check(AdditionalCostsPolicy policy, LocalDate start, ExpenseLine e, String at, List<Violation> errors) {
        if (e.kind() == null) {
            errors.add(new Violation(at + ".kind", "additionalCosts.kind.required"));
        }
        text(e.text(), at + ".text", errors);
        if (e.receiptReference() != null && e.receiptReference().length() > InputLimits.NAME_LENGTH) {
            errors.add(new Violation(at + ".receiptReference", "additionalCosts.text.tooLong", InputLimits.NAME_LENGTH));
        }
        if (e.period() == null) {
            errors.add(new Violation(at + ".period", "additionalCosts.period.required"));
        }
        if (e.evidence() == null) {
            errors.add(new Violation(at + ".evidence", "additionalCosts.evidence.required"));
        } else if (e.evidence() == Evidence.DOCUMENTED && (e.receiptReference() == null || e.receiptReference().isBlank())) {
            errors.add(new Violation(at + ".receiptReference", "additionalCosts.receipt.required"));
        }
        if (e.kind() == ExpenseKind.LEISURE_DRIVING) {
            if (e.kilometres() == null || e.kilometres() <= 0 || e.kilometres() > 100_000) {
                errors.add(new Violation(at + ".kilometres", "additionalCosts.kilometres.invalid"));
            }
            if (policy.kmRateOn(start).isEmpty()) {
                errors.add(new Violation(at + ".kind", "additionalCosts.noKmRate", start));
            }
            return;
        }
        amount(e.amount(), at + ".amount", errors);
        if (e.kind() == ExpenseKind.HOLIDAY) {
            if (e.period() != null && e.period() != Period.YEAR) {
                errors.add(new Violation(at + ".period", "additionalCosts.holiday.yearly"));
            }
            if (e.weeks() == null || e.weeks() <= 0 || e.weeks() > 52) {
                errors.add(new Violation(at + ".weeks", "additionalCosts.weeks.invalid"));
            }
        }
        if (e.kind() == ExpenseKind.MEDICINE && policy.medicineCeilingOn(start).isEmpty()) {
            errors.add(new Violation(at + ".kind", "additionalCosts.noMedicineCeiling", start));
        }
    }

    private static void holidayAhead(AdditionalCostsPolicy policy, LocalDate appliedOn, ExpenseLine e, String at,
                                     List<Violation> errors) {
        if (appliedOn == null || e.kind() != ExpenseKind.HOLIDAY) {
            return;
        }
        LocalDate earliest = appliedOn.plusWeeks(policy.holidayApplicationWeeks());
        if (e.holidayStart() == null) {
            errors.add(new Violation(at + ".holidayStart", "additionalCosts.holidayStart.required"));
        } else if (e.holidayStart().isBefore(earliest)) {
            errors.add(new Violation(at + ".holidayStart", "additionalCosts.holidayStart.tooSoon",
                    policy.holidayApplicationWeeks(), earliest.format(java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy"))));
        }
    }

    private static void text(String text, String field, List<Violation> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new Violation(field, "additionalCosts.text.required"));
        } else if (text.length() > InputLimits.NAME_LENGTH) {
            errors.add(new Violation(field, "additionalCosts.text.tooLong", InputLimits.NAME_LENGTH));
        }
    }

    private static void amount(Money amount, String field, List<Violation> errors) {
        if (amount == null) {
            errors.add(new Violation(field, "additionalCosts.amount.required"));
        } else if (amount.ore() <= 0) {
            errors.add(new Violation(field, "additionalCosts.amount.positive"));
        } else if (amount.compareTo(InputLimits.MAX_AMOUNT) > 0) {
            errors.add(new Violation(field, "input.amount.tooLarge", InputLimits.MAX_AMOUNT.danish()));
        }
    }

    private static Money monthly(Money amount, Period period) {
        return period == Period.YEAR ? perMonth(amount.ore()) : amount;
    }

    /** A yearly amount in øre ÷ 12, half up to the øre. */
    private static Money perMonth(long yearlyOre) {
        return round(BigDecimal.valueOf(yearlyOre).divide(TWELVE, 10, RoundingMode.HALF_UP));
    }

    private static Money round(BigDecimal ore) {
        return new Money(ore.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
}
