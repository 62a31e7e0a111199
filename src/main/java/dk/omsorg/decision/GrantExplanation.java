package dk.omsorg.decision;

import java.util.Optional;

/**
 * Another module explains a grant in the decision's letter — the § 100 calculation behind an amount (issue 16: "the
 * letter shows the calculation"). Implemented by the module that owns the explanation, so this module depends on
 * none of them; the letter writes each explanation under the grant.
 */
public interface GrantExplanation {

    /** A Danish sentence or two for the grant in the citizen's letter, or empty when the module has none. */
    Optional<String> explain(Decision decision, Grant grant);
}
