package dk.omsorg.additionalcosts.web;

import dk.omsorg.additionalcosts.AdditionalCosts;
import dk.omsorg.additionalcosts.DeductionLine;
import dk.omsorg.additionalcosts.ExpenseLine;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.Money;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The caseworker's form for a new § 100 calculation, as typed: a start month, up to six expense lines and three
 * deduction lines (a row left empty is no line). Amounts are Danish kroner ("1.500,00"); the calculation itself
 * checks the rest and names the line's field.
 */
public class CalculationForm {

    static final int EXPENSE_ROWS = 6;
    static final int DEDUCTION_ROWS = 3;

    private String startMonth;
    private List<Expense> expenses = new ArrayList<>();
    private List<Deduction> deductions = new ArrayList<>();

    static CalculationForm blank(LocalDate today) {
        CalculationForm form = new CalculationForm();
        form.startMonth = YearMonth.from(today).toString();
        form.fill();
        return form;
    }

    /** Room for the rows the page shows. */
    void fill() {
        while (expenses.size() < EXPENSE_ROWS) {
            expenses.add(new Expense());
        }
        while (deductions.size() < DEDUCTION_ROWS) {
            deductions.add(new Deduction());
        }
    }

    AdditionalCosts.Request toRequest() {
        List<Violation> errors = new ArrayList<>();
        LocalDate start = null;
        try {
            start = startMonth == null || startMonth.isBlank() ? null : YearMonth.parse(startMonth.strip()).atDay(1);
        } catch (DateTimeParseException e) {
            errors.add(new Violation("startMonth", "additionalCosts.web.form.month"));
        }
        List<ExpenseLine> lines = new ArrayList<>();
        for (int i = 0; i < expenses.size(); i++) {
            Expense e = expenses.get(i);
            if (e.empty()) {
                continue;
            }
            String at = "expenses[" + lines.size() + "]";
            Integer km = null;
            if (e.kind == ExpenseLine.ExpenseKind.LEISURE_DRIVING && e.kilometres != null && !e.kilometres.isBlank()) {
                try {
                    km = Integer.valueOf(e.kilometres.strip());
                } catch (NumberFormatException x) {
                    errors.add(new Violation(at + ".kilometres", "additionalCosts.web.form.kmInvalid"));
                }
            }
            Money amount = e.kind == ExpenseLine.ExpenseKind.LEISURE_DRIVING ? null : money(e.amount, at + ".amount", errors);
            lines.add(new ExpenseLine(e.kind, e.text, amount, e.period, e.evidence, blankToNull(e.receiptReference), km, null));
        }
        List<DeductionLine> ds = new ArrayList<>();
        for (Deduction d : deductions) {
            if (d.empty()) {
                continue;
            }
            ds.add(new DeductionLine(d.text, money(d.amount, "deductions[" + ds.size() + "].amount", errors), d.period));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new AdditionalCosts.Request(start, null, lines, ds);
    }

    private static Money money(String kroner, String field, List<Violation> errors) {
        if (kroner == null || kroner.isBlank()) {
            return null; // the calculation names the missing amount
        }
        try {
            return Money.parse(kroner.strip());
        } catch (IllegalArgumentException | ArithmeticException e) {
            errors.add(new Violation(field, "additionalCosts.amount.invalid"));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getStartMonth() { return startMonth; }
    public void setStartMonth(String startMonth) { this.startMonth = startMonth; }
    public List<Expense> getExpenses() { return expenses; }
    public void setExpenses(List<Expense> expenses) { this.expenses = expenses; }
    public List<Deduction> getDeductions() { return deductions; }
    public void setDeductions(List<Deduction> deductions) { this.deductions = deductions; }

    /** One typed expense row. */
    public static class Expense {
        private ExpenseLine.ExpenseKind kind = ExpenseLine.ExpenseKind.OTHER;
        private String text;
        private String amount;
        private String kilometres;
        private ExpenseLine.Period period = ExpenseLine.Period.MONTH;
        private ExpenseLine.Evidence evidence = ExpenseLine.Evidence.PROBABLE;
        private String receiptReference;

        boolean empty() {
            return (text == null || text.isBlank()) && (amount == null || amount.isBlank())
                    && (kilometres == null || kilometres.isBlank());
        }

        public ExpenseLine.ExpenseKind getKind() { return kind; }
        public void setKind(ExpenseLine.ExpenseKind kind) { this.kind = kind; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getAmount() { return amount; }
        public void setAmount(String amount) { this.amount = amount; }
        public String getKilometres() { return kilometres; }
        public void setKilometres(String kilometres) { this.kilometres = kilometres; }
        public ExpenseLine.Period getPeriod() { return period; }
        public void setPeriod(ExpenseLine.Period period) { this.period = period; }
        public ExpenseLine.Evidence getEvidence() { return evidence; }
        public void setEvidence(ExpenseLine.Evidence evidence) { this.evidence = evidence; }
        public String getReceiptReference() { return receiptReference; }
        public void setReceiptReference(String receiptReference) { this.receiptReference = receiptReference; }
    }

    /** One typed deduction row: what others of the same age spend on the same. */
    public static class Deduction {
        private String text;
        private String amount;
        private ExpenseLine.Period period = ExpenseLine.Period.MONTH;

        boolean empty() {
            return (text == null || text.isBlank()) && (amount == null || amount.isBlank());
        }

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getAmount() { return amount; }
        public void setAmount(String amount) { this.amount = amount; }
        public ExpenseLine.Period getPeriod() { return period; }
        public void setPeriod(ExpenseLine.Period period) { this.period = period; }
    }
}
