package dk.omsorg.decision;

import java.math.BigDecimal;

/**
 * What the caseworker gives for a grant not measured in time: the amount in kroner (AMOUNT), the hours or days
 * (POOL), the offer and days a week (PLACE). The period and unit come from the catalogue. Null fields are not given.
 */
public record MeasureInput(BigDecimal amount, Integer quantity, String place, Integer daysPerWeek) {

    public MeasureInput {
        place = Texts.blankToNull(place);
    }

    public boolean empty() {
        return amount == null && quantity == null && place == null && daysPerWeek == null;
    }
}
