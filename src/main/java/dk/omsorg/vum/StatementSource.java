package dk.omsorg.vum;

/** Who gave a statement (udtalelse) to a VUM assessment. */
public enum StatementSource {
    GP, PSYCHOLOGIST, PROVIDER, RELATIVE, OTHER
}
