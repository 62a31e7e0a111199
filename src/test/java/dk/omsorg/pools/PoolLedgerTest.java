package dk.omsorg.pools;

import dk.omsorg.pools.PoolLedger.Event;
import dk.omsorg.pools.PoolLedger.EventKind;
import dk.omsorg.pools.PoolLedger.LineKind;
import dk.omsorg.pools.PoolLedger.Result;
import dk.omsorg.pools.PoolLedger.Terms;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pool ledger without Spring: seed 001 § 97 (15 hours a month, 90 saved, 6 months, oldest first) and § 84. */
class PoolLedgerTest {

    static final LocalDate JAN = LocalDate.of(2025, 1, 1);

    static Terms companion(BigDecimal saved) {
        return new Terms(JAN, null, h(15), 1, 6, h(90), saved);
    }

    static BigDecimal h(double hours) {
        return BigDecimal.valueOf(hours).setScale(2);
    }

    static Event use(String on, double hours) {
        return new Event(null, LocalDate.parse(on), EventKind.USE, h(hours), null);
    }

    @Test
    void unusedCompanionHoursAreSavedFromMonthToMonth() {
        Result march = PoolLedger.asOf(companion(null), List.of(), LocalDate.of(2025, 3, 15));
        assertThat(march.balance()).isEqualByComparingTo("45");
        assertThat(march.lines()).extracting(PoolLedger.Line::kind).containsOnly(LineKind.ACCRUAL);
        assertThat(march.lots()).extracting(PoolLedger.Lot::expiresOn)
                .containsExactly(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 8, 1), LocalDate.of(2025, 9, 1));
    }

    @Test
    void savedHoursLapseAfterSixMonthsSoTheBalanceStaysAtNinety() {
        assertThat(PoolLedger.asOf(companion(null), List.of(), LocalDate.of(2025, 6, 30)).balance()).isEqualByComparingTo("90");
        Result july = PoolLedger.asOf(companion(null), List.of(), LocalDate.of(2025, 7, 1));
        assertThat(july.balance()).isEqualByComparingTo("90");
        assertThat(july.lines()).filteredOn(l -> l.kind() == LineKind.EXPIRY).singleElement()
                .satisfies(l -> {
                    assertThat(l.on()).isEqualTo(LocalDate.of(2025, 7, 1));
                    assertThat(l.quantity()).isEqualByComparingTo("15");
                });
        assertThat(july.lots().get(0).accruedOn()).isEqualTo(LocalDate.of(2025, 2, 1));
    }

    @Test
    void anAccrualAboveNinetySavedHoursIsCutToTheCap() {
        Result feb = PoolLedger.asOf(companion(h(75)), List.of(), LocalDate.of(2025, 2, 1));
        assertThat(feb.balance()).isEqualByComparingTo("90");
        assertThat(feb.lines()).filteredOn(l -> l.kind() == LineKind.ACCRUAL).last().satisfies(l -> {
            assertThat(l.quantity()).isEqualByComparingTo("0");
            assertThat(l.capped()).isEqualByComparingTo("15");
        });
    }

    @Test
    void theOldestHoursAreUsedFirst() {
        Result r = PoolLedger.asOf(companion(null), List.of(use("2025-03-10", 20)), LocalDate.of(2025, 3, 31));
        assertThat(r.covered()).isTrue();
        assertThat(r.balance()).isEqualByComparingTo("25");
        // January's 15 are gone, February's lot has 10 left and lapses first
        assertThat(r.lots()).extracting(PoolLedger.Lot::accruedOn, l -> l.remaining().stripTrailingZeros().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 2, 1), "10"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 3, 1), "15"));
        // so less lapses in July than if the newest had been used
        Result july = PoolLedger.asOf(companion(null), List.of(use("2025-03-10", 20)), LocalDate.of(2025, 8, 1));
        assertThat(july.lines()).filteredOn(l -> l.kind() == LineKind.EXPIRY).extracting(l -> l.quantity().intValue())
                .containsExactly(10);
    }

    @Test
    void companionshipFromAnotherOfferIsDeducted() {
        Event deduction = new Event(1L, LocalDate.of(2025, 1, 20), EventKind.DEDUCTION, h(4), "Ledsagelse i dagtilbud");
        Result r = PoolLedger.asOf(companion(null), List.of(deduction), LocalDate.of(2025, 1, 31));
        assertThat(r.balance()).isEqualByComparingTo("11");
        assertThat(r.lines()).extracting(PoolLedger.Line::kind).containsExactly(LineKind.ACCRUAL, LineKind.DEDUCTION);
    }

    @Test
    void aUseBeyondTheBalanceIsNotCovered() {
        Event tooMuch = use("2025-02-10", 31);
        Result r = PoolLedger.asOf(companion(null), List.of(tooMuch), LocalDate.of(2025, 2, 28));
        assertThat(r.overdrawn()).isEqualTo(tooMuch);
        assertThat(r.balance()).isEqualByComparingTo("30");
        // a back-dated use that makes a later one overdraw is caught too
        Result later = PoolLedger.asOf(companion(null), List.of(use("2025-02-10", 30), use("2025-01-05", 1)),
                LocalDate.of(2025, 2, 28));
        assertThat(later.overdrawn().on()).isEqualTo(LocalDate.of(2025, 2, 10));
    }

    @Test
    void reliefHoursArePerTwelveMonthsAndDoNotCarryOver() {
        Terms relief = new Terms(LocalDate.of(2025, 2, 1), null, h(100), 12, 12, null, null);
        List<Event> uses = List.of(use("2025-05-01", 30));
        assertThat(PoolLedger.asOf(relief, uses, LocalDate.of(2026, 1, 31)).balance()).isEqualByComparingTo("70");
        Result next = PoolLedger.asOf(relief, uses, LocalDate.of(2026, 2, 1));
        assertThat(next.balance()).isEqualByComparingTo("100");
        assertThat(next.lines()).filteredOn(l -> l.kind() == LineKind.EXPIRY).singleElement()
                .satisfies(l -> assertThat(l.quantity()).isEqualByComparingTo("70"));
    }

    @Test
    void nothingAccruesAfterThePoolEnds() {
        Terms ended = new Terms(JAN, LocalDate.of(2025, 2, 15), h(15), 1, 6, h(90), null);
        assertThat(PoolLedger.asOf(ended, List.of(), LocalDate.of(2025, 5, 1)).balance()).isEqualByComparingTo("30");
    }
}
