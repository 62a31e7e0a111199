package dk.omsorg.provider;

/**
 * The provider chosen for one grant when it is decided.
 *
 * @param providerId null only for a free-choice voucher whose provider the citizen has not found yet
 * @param reason     why the municipality selected the provider; required for
 *                   {@link ProviderChoiceKind#SELECTED_BY_MUNICIPALITY} (seed 000)
 */
public record ProviderChoice(Long providerId, ProviderChoiceKind kind, String reason) {

    public ProviderChoice {
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public boolean voucher() {
        return kind == ProviderChoiceKind.FREE_CHOICE_VOUCHER;
    }

    public boolean selectedByMunicipality() {
        return kind == ProviderChoiceKind.SELECTED_BY_MUNICIPALITY;
    }
}
