package dk.omsorg.journal;

/** Who wrote a note: the authority's staff (myndighed) or a provider's staff (leverandør). */
public enum AuthorKind {
    AUTHORITY,
    PROVIDER
}
