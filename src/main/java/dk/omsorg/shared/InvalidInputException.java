package dk.omsorg.shared;

import java.util.List;

/** Input that breaks a rule; nothing was stored. Rendered as 400 with the fields in error. */
public final class InvalidInputException extends DomainException {

    public InvalidInputException(String field, String messageKey, Object... args) {
        this(List.of(new Violation(field, messageKey, args)));
    }

    public InvalidInputException(List<Violation> violations) {
        super(violations);
    }
}
