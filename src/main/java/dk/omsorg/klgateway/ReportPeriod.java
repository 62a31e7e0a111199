package dk.omsorg.klgateway;

import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The period a delivery report covers, first and last day included. At most a year: KL Gateway receives reports
 * continuously, and a longer period is a mistake more often than a wish.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    /** The period as a client typed it ({@code from}, {@code to}: yyyy-mm-dd); every problem by its field, in Danish. */
    public static ReportPeriod parse(String from, String to) {
        List<Violation> violations = new ArrayList<>();
        LocalDate first = day(from, "from", violations);
        LocalDate last = day(to, "to", violations);
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                violations.add(new Violation("to", "klgateway.period.toBeforeFrom", last, first));
            } else if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
                violations.add(new Violation("to", "klgateway.period.tooLong", MAX_DAYS));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new ReportPeriod(first, last);
    }

    private static LocalDate day(String text, String field, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation(field, "klgateway.period." + field + ".required"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "klgateway.period.date.invalid", text.strip()));
            return null;
        }
    }

    /** "2025-10-01/2025-10-31": the audit log's and the file name's reference to the period. */
    public String label() {
        return from + "/" + to;
    }
}
