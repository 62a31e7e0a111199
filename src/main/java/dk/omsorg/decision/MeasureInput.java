package dk.omsorg.decision;

import java.math.BigDecimal;

/**
 * What the caseworker gives for a grant not measured in time: the amount in kroner (AMOUNT), the hours or days
 * (POOL), the offer and days a week (PLACE). The period and unit come from the catalogue. Null fields are not given.
 *
 * @param placeProviderId PLACE: the municipality's provider whose offer the place is in; {@code place} is then its
 *                        name. Null when the offer is named as free text because no provider fits
 */
public record MeasureInput(BigDecimal amount, Integer quantity, String place, Integer daysPerWeek, Long placeProviderId) {

    /** Without a provider for the place. */
    public MeasureInput(BigDecimal amount, Integer quantity, String place, Integer daysPerWeek) {
        this(amount, quantity, place, daysPerWeek, null);
    }

    public MeasureInput {
        place = Texts.blankToNull(place);
        // 1250 and 1250.00 are the same amount (a change that repeats it is no change); more decimals stay for the error
        amount = amount != null && amount.scale() < 2 ? amount.setScale(2) : amount;
    }

    /** The same with the place named: the chosen provider's name. */
    MeasureInput withPlace(String name) {
        return new MeasureInput(amount, quantity, name, daysPerWeek, placeProviderId);
    }

    public boolean empty() {
        return amount == null && quantity == null && place == null && daysPerWeek == null && placeProviderId == null;
    }
}
