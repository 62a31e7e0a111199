package dk.omsorg.decision;

import dk.omsorg.catalog.GrantMeasure;
import dk.omsorg.catalog.GrantMeasure.Kind;
import dk.omsorg.catalog.GrantMeasure.Period;
import dk.omsorg.catalog.GrantMeasure.PoolUnit;
import dk.omsorg.shared.Money;

import java.util.Objects;

/**
 * What a grant gives when it is not measured in time (grantMeasure AMOUNT, POOL or PLACE, seed 001): an amount per
 * month or year, a pool of hours or days per month or 12 months, or a place in an offer. The period and unit are the
 * catalogue's, stored with the grant as the rest of what it rests on. A grant measured in time has none (null).
 *
 * @param amount      AMOUNT: the amount per {@code per}, ≥ 0
 * @param quantity    POOL: hours or days per {@code per}, positive
 * @param place       PLACE: the offer (tilbud) or provider, as the caseworker names it
 * @param daysPerWeek PLACE: days a week (§§ 103, 104); null when not stated
 * @param placeProviderId PLACE: the provider whose offer it is ({@code place} is its name when decided); null when the
 *                        offer was named as free text
 */
public record Measured(Kind kind, Money amount, Integer quantity, Period per, PoolUnit unit, String place,
                       Integer daysPerWeek, Long placeProviderId) {

    /** Not a place at one of the municipality's providers. */
    public Measured(Kind kind, Money amount, Integer quantity, Period per, PoolUnit unit, String place, Integer daysPerWeek) {
        this(kind, amount, quantity, per, unit, place, daysPerWeek, null);
    }

    public Measured {
        Objects.requireNonNull(kind, "kind");
        switch (kind) {
            case TIME -> throw new IllegalArgumentException("A grant measured in time has no Measured");
            case AMOUNT -> require(amount != null && !amount.isNegative() && per != null, "an amount needs kroner and a period");
            case POOL -> require(quantity != null && quantity > 0 && per != null && unit != null, "a pool needs a quantity, unit and period");
            case PLACE -> require(place != null && !place.isBlank(), "a place needs the offer");
        }
    }

    /** The measure the catalogue gave, with the caseworker's figures. */
    static Measured of(GrantMeasure measure, MeasureInput in) {
        return switch (measure.kind()) {
            case TIME -> null;
            case AMOUNT -> new Measured(Kind.AMOUNT, Money.parse(in.amount().toPlainString()), null, measure.period(), null, null, null);
            case POOL -> new Measured(Kind.POOL, null, in.quantity(), measure.period(), measure.unit(), null, null);
            case PLACE -> new Measured(Kind.PLACE, null, null, null, null, in.place(), in.daysPerWeek(), in.placeProviderId());
        };
    }

    /** For the letter, notice and pages: "1.250,00 kr. om måneden", "15 timer om måneden", "Plads: Ørbæklund". */
    public String describe() {
        return switch (kind) {
            case AMOUNT -> amount.danish() + " kr. " + period(per);
            case POOL -> quantity + " " + unit(quantity) + " " + period(per);
            case PLACE -> "Plads: " + place + (daysPerWeek == null ? "" : ", " + daysPerWeek + (daysPerWeek == 1 ? " dag" : " dage") + " om ugen");
            case TIME -> throw new IllegalStateException();
        };
    }

    private String unit(int n) {
        return unit == PoolUnit.HOURS ? (n == 1 ? "time" : "timer") : "døgn";
    }

    private static String period(Period per) {
        return switch (per) {
            case MONTH -> "om måneden";
            case YEAR -> "om året";
            case TWELVE_MONTHS -> "pr. 12 måneder";
        };
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
