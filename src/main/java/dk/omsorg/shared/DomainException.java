package dk.omsorg.shared;

import java.util.List;

/**
 * A rule a person broke or a thing that is not there. Carries message keys, not texts: the web
 * layer resolves them from {@code messages_da.properties}, so the same rule reads the same in the
 * UI and in the API's problem details.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInputException, NotFoundException, ConflictException {

    private final List<Violation> violations;

    protected DomainException(List<Violation> violations) {
        super(violations.isEmpty() ? "" : violations.get(0).messageKey());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /**
     * One broken rule.
     *
     * @param field      the input field in error, or null when it concerns the whole request
     * @param messageKey key in messages_da.properties
     * @param args       arguments for the message
     */
    public record Violation(String field, String messageKey, Object... args) {
    }
}
