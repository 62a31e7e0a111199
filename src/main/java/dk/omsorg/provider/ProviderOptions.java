package dk.omsorg.provider;

import java.util.List;

/**
 * Who may deliver one grant: the providers approved for its area in the citizen's district on its start
 * day, filtered by the area's {@code deliveredBy}, and whether a free-choice voucher is offered.
 *
 * @param applicable     the area is delivered by providers at all (its {@code deliveredBy} names MUNICIPAL,
 *                       APPROVED_PRIVATE or FREE_CHOICE_VOUCHER)
 * @param freeChoice     the citizen chooses (SEL § 83 free choice); otherwise the municipality selects, with a reason
 * @param voucherOffered at most one provider is approved and the area allows a free-choice voucher (seed 003:
 *                       "I de tilfælde det en mulighed selv at finde en leverandør ved brug af fritvalgsbevis")
 * @param districtMissing the citizen has no district, so no provider can be offered
 */
public record ProviderOptions(String areaCode, String areaName, boolean applicable, boolean freeChoice,
                              List<Provider> providers, boolean voucherOffered, boolean districtMissing) {

    public ProviderOptions {
        providers = List.copyOf(providers);
    }

    public static ProviderOptions none(String areaCode, String areaName) {
        return new ProviderOptions(areaCode, areaName, false, false, List.of(), false, false);
    }

    /** The kinds of choice the caseworker may record for this grant. */
    public List<ProviderChoiceKind> kinds() {
        if (!applicable) {
            return List.of();
        }
        List<ProviderChoiceKind> kinds = new java.util.ArrayList<>();
        if (freeChoice && !providers.isEmpty()) {
            kinds.add(ProviderChoiceKind.FREE_CHOICE);
        }
        if (voucherOffered) {
            kinds.add(ProviderChoiceKind.FREE_CHOICE_VOUCHER);
        }
        kinds.add(ProviderChoiceKind.SELECTED_BY_MUNICIPALITY);
        return kinds;
    }
}
