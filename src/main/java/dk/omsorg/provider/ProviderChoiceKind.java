package dk.omsorg.provider;

/**
 * How the provider of a grant was chosen.
 * <ul>
 * <li>{@code FREE_CHOICE} — the citizen chose among the approved providers (SEL § 83, frit valg);</li>
 * <li>{@code FREE_CHOICE_VOUCHER} — only one provider is approved, so the citizen got a free-choice
 * voucher (fritvalgsbevis) and finds a provider of their own (seed 003);</li>
 * <li>{@code SELECTED_BY_MUNICIPALITY} — the municipality selected the provider, with a reason (seed 000:
 * "Vi udvælger derfor leverandør til opgaven").</li>
 * </ul>
 */
public enum ProviderChoiceKind {
    FREE_CHOICE,
    FREE_CHOICE_VOUCHER,
    SELECTED_BY_MUNICIPALITY
}
