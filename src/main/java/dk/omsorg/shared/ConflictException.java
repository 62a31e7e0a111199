package dk.omsorg.shared;

import java.util.List;

/** The change builds on a state that no longer holds, e.g. someone else saved in between. */
public final class ConflictException extends DomainException {

    public ConflictException(String messageKey, Object... args) {
        super(List.of(new Violation(null, messageKey, args)));
    }
}
