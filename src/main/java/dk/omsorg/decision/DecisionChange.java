package dk.omsorg.decision;

import java.util.List;

/**
 * A change to a current decision, which becomes a new version of it.
 *
 * @param version         the decision's version as the caseworker loaded it; a stale one is refused
 * @param minorAdjustment only minutes or frequency of existing grants change: saved without a letter
 *                        (seed 003: "med mindre, der er tale om mindre justeringer i den i forvejen
 *                        bevilgede hjælp")
 * @param grants          the changed grants (with their {@code grantKey}) and new ones (without);
 *                        grants not listed carry over unchanged
 */
public record DecisionChange(Integer version, boolean minorAdjustment, String reasoning, boolean override,
                             String overrideReason, List<GrantInput> grants, Long afterComplaintId) {

    /** A change not made after a complaint. */
    public DecisionChange(Integer version, boolean minorAdjustment, String reasoning, boolean override,
                          String overrideReason, List<GrantInput> grants) {
        this(version, minorAdjustment, reasoning, override, overrideReason, grants, null);
    }

    public DecisionChange {
        reasoning = Texts.blankToNull(reasoning);
        overrideReason = Texts.blankToNull(overrideReason);
        grants = grants == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(grants));
    }
}
