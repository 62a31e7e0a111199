package dk.omsorg.decision;

import dk.omsorg.catalog.DecisionAuthority;

/**
 * A decision the user may not make alone: it is to be saved as a recommendation (indstilling) instead. Thrown by
 * {@link DecisionAuthorityCheck} inside {@link Decisions#make} before anything is stored, so the decision's
 * transaction rolls back, and caught by {@link Recommendations#decide}, which saves the recommendation. Public so
 * that another module changing a decision directly (a reassessment flag's adjustment) can answer it in Danish.
 */
public final class AboveAuthority extends RuntimeException {

    private final transient DecisionAuthority required;

    AboveAuthority(DecisionAuthority required) {
        super("The decision needs the authority of " + required, null, false, false);
        this.required = required;
    }

    DecisionAuthority required() {
        return required;
    }
}
