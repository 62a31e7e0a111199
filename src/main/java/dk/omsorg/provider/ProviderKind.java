package dk.omsorg.provider;

/** Municipal (kommunal) or private provider. */
public enum ProviderKind {
    MUNICIPAL,
    PRIVATE
}
