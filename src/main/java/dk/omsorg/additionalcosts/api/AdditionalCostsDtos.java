package dk.omsorg.additionalcosts.api;

import dk.omsorg.additionalcosts.AdditionalCosts;
import dk.omsorg.additionalcosts.AdditionalCostsCalculation;
import dk.omsorg.additionalcosts.DeductionLine;
import dk.omsorg.additionalcosts.ExpenseLine;
import dk.omsorg.additionalcosts.StoredCalculation;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The § 100 API's bodies. Amounts in requests are kroner as text ("250,00" or "250.00"), at most two decimals. */
final class AdditionalCostsDtos {

    private AdditionalCostsDtos() {
    }

    record ExpenseDto(ExpenseLine.ExpenseKind kind, String text, String amount, ExpenseLine.Period period,
                      ExpenseLine.Evidence evidence, String receiptReference, Integer kilometres, Integer weeks,
                      LocalDate holidayStart) {
    }

    record DeductionDto(String text, String amount, ExpenseLine.Period period) {
    }

    record CalculationRequest(LocalDate startMonth, UUID grantKey, List<ExpenseDto> expenses, List<DeductionDto> deductions) {

        /** Amounts that are not kroner with at most two decimals are refused by field, before anything is calculated. */
        AdditionalCosts.Request toRequest() {
            List<Violation> errors = new ArrayList<>();
            List<ExpenseLine> lines = new ArrayList<>();
            List<ExpenseDto> es = expenses == null ? List.of() : expenses;
            for (int i = 0; i < es.size(); i++) {
                ExpenseDto e = es.get(i);
                Money amount = e.amount() == null && e.kind() == ExpenseLine.ExpenseKind.LEISURE_DRIVING ? null
                        : money(e.amount(), "expenses[" + i + "].amount", errors);
                lines.add(new ExpenseLine(e.kind(), e.text(), amount, e.period(), e.evidence(), e.receiptReference(),
                        e.kilometres(), e.weeks(), e.holidayStart()));
            }
            List<DeductionLine> ds = new ArrayList<>();
            List<DeductionDto> dd = deductions == null ? List.of() : deductions;
            for (int i = 0; i < dd.size(); i++) {
                DeductionDto d = dd.get(i);
                ds.add(new DeductionLine(d.text(), money(d.amount(), "deductions[" + i + "].amount", errors), d.period()));
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return new AdditionalCosts.Request(startMonth, grantKey, lines, ds);
        }

        private static Money money(String kroner, String field, List<Violation> errors) {
            if (kroner == null || kroner.isBlank()) {
                return null; // the calculator names the missing amount
            }
            try {
                return Money.parse(kroner);
            } catch (IllegalArgumentException | ArithmeticException e) {
                errors.add(new Violation(field, "additionalCosts.amount.invalid"));
                return null;
            }
        }
    }

    record EndRequest(LocalDate conditionsEnd, Integer version) {
    }

    record LineDto(String kind, String text, BigDecimal amount, String period, String evidence, String receiptReference,
                   Integer kilometres, Integer weeks, LocalDate holidayStart, BigDecimal monthlyBeforeCap, BigDecimal monthly, String cap) {
    }

    record CalculationDto(long id, long citizenId, UUID grantKey, LocalDate startMonth, LocalDate conditionsEnd,
                          int version, List<LineDto> expenses, List<LineDto> deductions, BigDecimal monthlyExpenses,
                          BigDecimal monthlyDeductions, BigDecimal monthlyNeed, LocalDate levelValidFrom,
                          BigDecimal minimum, BigDecimal top, String outcome, int band, BigDecimal monthlyAllowance) {

        static CalculationDto of(StoredCalculation s) {
            AdditionalCostsCalculation c = s.calculation();
            return new CalculationDto(s.id(), s.citizenId(), s.grantKey(), s.startMonth(), s.conditionsEnd(), s.version(),
                    c.lines().stream().map(l -> new LineDto(l.expense().kind().name(), l.expense().text(),
                            kr(l.expense().amount()), l.expense().period().name(), l.expense().evidence().name(),
                            l.expense().receiptReference(), l.expense().kilometres(), l.expense().weeks(), l.expense().holidayStart(),
                            kr(l.monthlyBeforeCap()), kr(l.monthly()), l.cap().name())).toList(),
                    c.deductions().stream().map(d -> new LineDto(null, d.deduction().text(), kr(d.deduction().amount()),
                            d.deduction().period().name(), null, null, null, null, null, kr(d.monthly()), kr(d.monthly()),
                            "NONE")).toList(),
                    kr(c.monthlyExpenses()), kr(c.monthlyDeductions()), kr(c.monthlyNeed()), c.level().validFrom(),
                    kr(c.level().minimum()), kr(c.level().top()), c.outcome().name(), c.band(), kr(c.monthlyAllowance()));
        }

        private static BigDecimal kr(Money m) {
            return m == null ? null : m.kroner();
        }
    }
}
