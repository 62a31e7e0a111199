package dk.omsorg.supervision;

import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the supervisor asks for: the period (both days included), how many citizens per provider, optionally one
 * provider, and optionally the seed of an earlier draw to repeat it.
 */
public record NewSample(LocalDate from, LocalDate to, Integer perProvider, Long providerId, Long seed) {

    /** The most citizens per provider in one sample. */
    public static final int MAX_PER_PROVIDER = 100;
    /** The longest period, in days (a year, a leap year included). */
    public static final int MAX_DAYS = 366;

    /** The rules, all at once: required fields, to not before from, at most a year, 1–100 per provider. */
    public void validate() {
        List<Violation> violations = new ArrayList<>();
        if (from == null) {
            violations.add(new Violation("from", "supervision.from.required"));
        }
        if (to == null) {
            violations.add(new Violation("to", "supervision.to.required"));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                violations.add(new Violation("to", "supervision.period.order", from, to));
            } else if (from.plusDays(MAX_DAYS).isBefore(to.plusDays(1))) {
                violations.add(new Violation("to", "supervision.period.tooLong", MAX_DAYS));
            }
        }
        if (perProvider == null) {
            violations.add(new Violation("perProvider", "supervision.perProvider.required"));
        } else if (perProvider < 1 || perProvider > MAX_PER_PROVIDER) {
            violations.add(new Violation("perProvider", "supervision.perProvider.range", MAX_PER_PROVIDER));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** From a form's text fields: a field that cannot be read is an error on that field, the others are still checked. */
    public static NewSample parse(String from, String to, String perProvider, String providerId, String seed) {
        List<Violation> violations = new ArrayList<>();
        LocalDate f = date(from, "from", violations);
        LocalDate t = date(to, "to", violations);
        Integer n = null;
        if (perProvider != null && !perProvider.isBlank()) {
            try {
                n = Integer.valueOf(perProvider.strip());
            } catch (NumberFormatException e) {
                violations.add(new Violation("perProvider", "supervision.perProvider.range", MAX_PER_PROVIDER));
            }
        }
        Long provider = number(providerId, "providerId", "supervision.provider.unknown", violations);
        Long s = number(seed, "seed", "supervision.seed.invalid", violations);
        NewSample sample = new NewSample(f, t, n, provider, s);
        try {
            sample.validate();
        } catch (InvalidInputException e) {
            violations.addAll(e.violations().stream()
                    .filter(v -> violations.stream().noneMatch(x -> x.field().equals(v.field()))).toList());
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return sample;
    }

    private static LocalDate date(String text, String field, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "supervision.date.invalid", text.strip()));
            return null;
        }
    }

    private static Long number(String text, String field, String key, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            violations.add(new Violation(field, key));
            return null;
        }
    }
}
