package dk.omsorg.decision;

import java.math.BigDecimal;

/**
 * What the caseworker gives for a grant not measured in time: the amount in kroner (AMOUNT), the hours or days
 * (POOL), the offer and days a week (PLACE). The period and unit come from the catalogue. Null fields are not given.
 */
public record MeasureInput(BigDecimal amount, Integer quantity, String place, Integer daysPerWeek) {

    public MeasureInput {
        place = Texts.blankToNull(place);
        // 1250 and 1250.00 are the same amount (a change that repeats it is no change); more decimals stay for the error
        amount = amount != null && amount.scale() < 2 ? amount.setScale(2) : amount;
    }

    public boolean empty() {
        return amount == null && quantity == null && place == null && daysPerWeek == null;
    }
}
