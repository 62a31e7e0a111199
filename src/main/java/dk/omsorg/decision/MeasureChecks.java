package dk.omsorg.decision;

import dk.omsorg.catalog.GrantMeasure;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InputLimits;
import dk.omsorg.shared.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A grant's fields as its measure asks (seed 001): a grant in money has an amount and no times or minutes, a pool a
 * number of hours or days, a place the offer; a field of another measure is an error by that field, so a § 100 grant
 * is never stored as "1 gang ugentligt, 1 minutter".
 */
final class MeasureChecks {

    /** The longest offer name stored. */
    static final int MAX_PLACE = 200;
    /** Hours or days in one pool period: more than a year's hours is a typing error. */
    static final int MAX_QUANTITY = 8784;

    private MeasureChecks() {
    }

    /** Problems with a grant not in time; empty when its fields fit {@code measure}. */
    static List<Violation> check(String at, int number, GrantInput g, GrantMeasure measure) {
        List<Violation> v = new ArrayList<>();
        String kind = words(measure.kind());
        if (g.times() != null) {
            v.add(new Violation(at + ".times", "decision.grant.measure.noTimes", number, kind));
        }
        if (g.per() != null) {
            v.add(new Violation(at + ".per", "decision.grant.measure.noPer", number, kind));
        }
        if (g.minutesPerDelivery() != null) {
            v.add(new Violation(at + ".minutesPerDelivery", "decision.grant.measure.noMinutes", number, kind));
        }
        if (!g.shifts().isEmpty()) {
            v.add(new Violation(at + ".shifts", "decision.grant.measure.noShifts", number, kind));
        }
        MeasureInput m = g.measure() == null ? new MeasureInput(null, null, null, null) : g.measure();
        boolean amount = measure.kind() == GrantMeasure.Kind.AMOUNT;
        boolean pool = measure.kind() == GrantMeasure.Kind.POOL;
        boolean place = measure.kind() == GrantMeasure.Kind.PLACE;
        if (amount) {
            amount(at + ".amount", number, m.amount()).ifPresent(v::add);
        } else if (m.amount() != null) {
            v.add(new Violation(at + ".amount", "decision.grant.measure.noAmount", number, kind));
        }
        if (pool) {
            if (m.quantity() == null) {
                v.add(new Violation(at + ".quantity", "decision.grant.measure.quantityRequired", number));
            } else if (m.quantity() < 1 || m.quantity() > MAX_QUANTITY) {
                v.add(new Violation(at + ".quantity", "decision.grant.measure.quantityRange", number, m.quantity(), MAX_QUANTITY));
            }
        } else if (m.quantity() != null) {
            v.add(new Violation(at + ".quantity", "decision.grant.measure.noQuantity", number, kind));
        }
        if (place) {
            if (m.place() == null && m.placeProviderId() == null) {
                v.add(new Violation(at + ".place", "decision.grant.measure.placeRequired", number));
            } else if (m.place() == null) {
                // a provider that is not the municipality's: PlaceOffers names it
            } else if (m.place().length() > MAX_PLACE) {
                v.add(new Violation(at + ".place", "decision.grant.measure.placeTooLong", number, MAX_PLACE));
            }
            if (m.daysPerWeek() != null && !measure.daysPerWeek()) {
                v.add(new Violation(at + ".daysPerWeek", "decision.grant.measure.noDaysPerWeek", number));
            } else if (m.daysPerWeek() != null && (m.daysPerWeek() < 1 || m.daysPerWeek() > 7)) {
                v.add(new Violation(at + ".daysPerWeek", "decision.grant.measure.daysPerWeekRange", number, m.daysPerWeek()));
            }
        } else {
            if (m.placeProviderId() != null) {
                v.add(new Violation(at + ".placeProviderId", "decision.grant.measure.noPlace", number, kind));
            } else if (m.place() != null) {
                v.add(new Violation(at + ".place", "decision.grant.measure.noPlace", number, kind));
            }
            if (m.daysPerWeek() != null) {
                v.add(new Violation(at + ".daysPerWeek", "decision.grant.measure.noDaysPerWeek", number));
            }
        }
        return v;
    }

    /** A grant in time given a field of another measure: the first such field. */
    static List<Violation> checkTime(String at, int number, GrantInput g) {
        MeasureInput m = g.measure();
        if (m == null) {
            return List.of();
        }
        if (m.placeProviderId() != null) {
            return List.of(new Violation(at + ".placeProviderId", "decision.grant.measure.timeOnly.place", number));
        }
        String field = m.amount() != null ? "amount" : m.quantity() != null ? "quantity" : m.place() != null ? "place" : "daysPerWeek";
        return List.of(new Violation(at + "." + field, "decision.grant.measure.timeOnly." + field, number));
    }

    private static java.util.Optional<Violation> amount(String at, int number, BigDecimal amount) {
        if (amount == null) {
            return java.util.Optional.of(new Violation(at, "decision.grant.measure.amountRequired", number));
        }
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
                || amount.movePointRight(2).compareTo(BigDecimal.valueOf(InputLimits.MAX_AMOUNT.ore())) > 0) {
            return java.util.Optional.of(new Violation(at, "decision.grant.measure.amount", number,
                    amount.toPlainString(), InputLimits.MAX_AMOUNT.danish()));
        }
        return java.util.Optional.empty();
    }

    /** What the grant is measured in, for the error: "som et beløb". */
    private static String words(GrantMeasure.Kind kind) {
        return switch (kind) {
            case AMOUNT -> "som et beløb";
            case POOL -> "som en pulje af timer eller døgn";
            case PLACE -> "som en plads i et tilbud";
            case TIME -> "i tid";
        };
    }
}
