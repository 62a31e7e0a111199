package dk.omsorg.shared;

import java.util.List;

/** The thing asked for does not exist (or is not visible to this user's municipality). */
public final class NotFoundException extends DomainException {

    public NotFoundException(String messageKey, Object... args) {
        super(List.of(new Violation(null, messageKey, args)));
    }
}
