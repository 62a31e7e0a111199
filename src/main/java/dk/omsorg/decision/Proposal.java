package dk.omsorg.decision;

/** A grant to check: new or changed ({@code inputIndex} set), or carried over unchanged ({@code carried}). */
record Proposal(Integer inputIndex, GrantInput input, Grant carried) {
}
