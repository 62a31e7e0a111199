package dk.omsorg.pools;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The ledger of a pool as of a day, computed from its terms and the recorded uses and deductions — no Spring,
 * no database. Accruals and expiries are not stored: they follow from the terms, so a changed rule or a
 * back-dated use gives one consistent answer. Each accrual is a lot that lasts {@code lifeMonths}; uses and
 * deductions take from the oldest lot first (seed 001 § 97: "timerne fra de ældste måneder afvikles, før timerne
 * fra indeværende måned kan bruges"); an accrual that would bring the balance above the cap is cut to it. On a day,
 * lots lapse first, then the day's lot accrues, then the day's uses are taken.
 */
public final class PoolLedger {

    /** What a pool gives: {@code quantity} every {@code periodMonths} from {@code startsOn} to {@code endsOn}. */
    public record Terms(LocalDate startsOn, LocalDate endsOn, BigDecimal quantity, int periodMonths, int lifeMonths,
                        BigDecimal cap, BigDecimal savedOnOpen) {
        public Terms {
            Objects.requireNonNull(startsOn);
            Objects.requireNonNull(quantity);
            savedOnOpen = savedOnOpen == null ? BigDecimal.ZERO : savedOnOpen;
        }
    }

    public enum EventKind { USE, DEDUCTION }

    /** A recorded use or deduction; {@code id} orders events of one day (null for one not yet stored). */
    public record Event(Long id, LocalDate on, EventKind kind, BigDecimal quantity, String note) {
    }

    public enum LineKind { SAVED_ON_OPEN, ACCRUAL, USE, DEDUCTION, EXPIRY }

    /** One ledger line; {@code capped} is what an accrual lost to the cap. */
    public record Line(LocalDate on, LineKind kind, BigDecimal quantity, BigDecimal capped, BigDecimal balance,
                       String note, Long eventId) {
    }

    /** Hours or days accrued on {@code accruedOn}, usable before {@code expiresOn}; {@code remaining} as of the day. */
    public record Lot(LocalDate accruedOn, LocalDate expiresOn, BigDecimal quantity, BigDecimal remaining) {
    }

    /** The ledger up to the day; {@code overdrawn} is the first event the balance did not cover, if any. */
    public record Result(LocalDate asOf, List<Line> lines, List<Lot> lots, BigDecimal balance, Event overdrawn) {
        public boolean covered() {
            return overdrawn == null;
        }
    }

    private PoolLedger() {
    }

    public static Result asOf(Terms terms, List<Event> events, LocalDate asOf) {
        List<Event> sorted = events.stream()
                .sorted(Comparator.comparing(Event::on).thenComparing(e -> e.id() == null ? Long.MAX_VALUE : e.id()))
                .toList();
        List<Line> lines = new ArrayList<>();
        List<MutableLot> lots = new ArrayList<>();
        Event overdrawn = null;
        int next = 0;
        LocalDate day = terms.startsOn();
        if (terms.savedOnOpen().signum() > 0 && !day.isAfter(asOf)) {
            lots.add(new MutableLot(day, day.plusMonths(terms.lifeMonths()), terms.savedOnOpen()));
            lines.add(new Line(day, LineKind.SAVED_ON_OPEN, terms.savedOnOpen(), BigDecimal.ZERO, balance(lots), null, null));
        }
        for (int i = 0; ; i++) {
            LocalDate accrual = terms.startsOn().plusMonths((long) i * terms.periodMonths());
            boolean accrues = !accrual.isAfter(asOf) && (terms.endsOn() == null || !accrual.isAfter(terms.endsOn()));
            // events before the next accrual day (or all that are left)
            while (next < sorted.size() && (!accrues || sorted.get(next).on().isBefore(accrual))) {
                Event e = sorted.get(next++);
                if (e.on().isAfter(asOf)) {
                    continue;
                }
                expire(lots, lines, e.on());
                if (!take(lots, e.quantity())) {
                    overdrawn = overdrawn == null ? e : overdrawn;
                    continue;
                }
                lines.add(new Line(e.on(), e.kind() == EventKind.USE ? LineKind.USE : LineKind.DEDUCTION,
                        e.quantity(), BigDecimal.ZERO, balance(lots), e.note(), e.id()));
            }
            if (!accrues) {
                break;
            }
            expire(lots, lines, accrual);
            BigDecimal given = terms.quantity();
            BigDecimal capped = BigDecimal.ZERO;
            if (terms.cap() != null) {
                BigDecimal room = terms.cap().subtract(balance(lots)).max(BigDecimal.ZERO);
                capped = given.subtract(room).max(BigDecimal.ZERO);
                given = given.min(room);
            }
            if (given.signum() > 0) {
                lots.add(new MutableLot(accrual, accrual.plusMonths(terms.lifeMonths()), given));
            }
            lines.add(new Line(accrual, LineKind.ACCRUAL, given, capped, balance(lots), null, null));
        }
        expire(lots, lines, asOf);
        List<Lot> open = lots.stream().filter(l -> l.remaining.signum() > 0)
                .map(l -> new Lot(l.accruedOn, l.expiresOn, l.quantity, l.remaining)).toList();
        return new Result(asOf, List.copyOf(lines), open, balance(lots), overdrawn);
    }

    /** Lots that lapse on or before {@code day} leave the balance; an expiry line for what was left of each. */
    private static void expire(List<MutableLot> lots, List<Line> lines, LocalDate day) {
        for (MutableLot lot : List.copyOf(lots)) {
            if (!lot.expiresOn.isAfter(day)) {
                lots.remove(lot);
                if (lot.remaining.signum() > 0) {
                    lines.add(new Line(lot.expiresOn, LineKind.EXPIRY, lot.remaining, BigDecimal.ZERO, balance(lots),
                            null, null));
                }
            }
        }
    }

    /** Takes {@code quantity} from the oldest lots first; nothing when the lots do not cover it. */
    private static boolean take(List<MutableLot> lots, BigDecimal quantity) {
        if (balance(lots).compareTo(quantity) < 0) {
            return false;
        }
        BigDecimal left = quantity;
        for (MutableLot lot : lots) {
            BigDecimal taken = lot.remaining.min(left);
            lot.remaining = lot.remaining.subtract(taken);
            left = left.subtract(taken);
        }
        return true;
    }

    private static BigDecimal balance(List<MutableLot> lots) {
        return lots.stream().map(l -> l.remaining).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static final class MutableLot {
        final LocalDate accruedOn;
        final LocalDate expiresOn;
        final BigDecimal quantity;
        BigDecimal remaining;

        MutableLot(LocalDate accruedOn, LocalDate expiresOn, BigDecimal quantity) {
            this.accruedOn = accruedOn;
            this.expiresOn = expiresOn;
            this.quantity = quantity;
            this.remaining = quantity;
        }
    }
}
