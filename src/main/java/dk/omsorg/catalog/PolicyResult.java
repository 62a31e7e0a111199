package dk.omsorg.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What one policy says about one rule: {@link Allowed}, or a {@link Finding} that says why not
 * (or what to look at), in Danish and quoting the standard, so a screen or a letter can show it.
 */
public sealed interface PolicyResult permits PolicyResult.Allowed, Finding {

    Allowed ALLOWED = new Allowed();

    static PolicyResult allowed() {
        return ALLOWED;
    }

    default Optional<Finding> finding() {
        return this instanceof Finding f ? Optional.of(f) : Optional.empty();
    }

    static List<Finding> findings(Collection<? extends PolicyResult> results) {
        return results.stream().flatMap(r -> r.finding().stream()).toList();
    }

    /** The rule holds. */
    record Allowed() implements PolicyResult {
    }
}
